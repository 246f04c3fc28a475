package se.namndkoll.ingest.segment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads Swedish amounts: "1 234", "-8 014", "−2,5", "827,4". Where a table was flattened into one
 * line of space-separated figures ("133 257 134 429"), splits it into the given number of values.
 */
final class Numbers {

  private static final Pattern CELL =
      Pattern.compile("^[-−–]?\\s?\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:[.,]\\d+)?\\s*(?:tkr|mkr|mnkr|kr|%)?$|^[-−–]?\\d+(?:[.,]\\d+)?\\s*(?:tkr|mkr|mnkr|kr|%)?$");
  private static final Pattern TOKEN = Pattern.compile("^[-−–]?\\d+(?:,\\d+)?$");

  private Numbers() {}

  /** The amount in a table cell, if the cell holds one. */
  static Optional<BigDecimal> cell(String text) {
    String t = text.strip();
    if (t.isEmpty() || !CELL.matcher(t).matches()) {
      return Optional.empty();
    }
    return parse(t.replaceAll("\\s*(?:tkr|mkr|mnkr|kr|%)$", ""));
  }

  static Optional<BigDecimal> parse(String text) {
    String t = text.replace('−', '-').replace('–', '-').replaceAll("[\\s\\u00a0]", "").replace(',', '.');
    if (t.isEmpty() || t.equals("-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** True when the text is one amount and nothing else. */
  static boolean isSingle(String text) {
    return cell(text).isPresent();
  }

  /**
   * Splits space-separated figures into exactly {@code columns} values, each a head of one to
   * three digits followed by groups of three; among the ways to split, the one whose values have
   * the most even size wins, and of those the one read greedily from the left. Fewer values than columns are aligned right. Empty when the figures
   * cannot be read.
   */
  static Optional<List<BigDecimal>> split(String figures, int columns) {
    List<String> tokens = new ArrayList<>();
    for (String raw : figures.strip().split("[ \\u00a0]+")) {
      String t = raw.replace('−', '-').replace('–', '-');
      if (t.equals("-") ) {
        tokens.add("-");
        continue;
      }
      if (!TOKEN.matcher(t).matches()) {
        return Optional.empty();
      }
      tokens.add(t);
    }
    tokens = mergeLoneSigns(tokens);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    // of the ways to read the figures as up to `columns` values, the most even wins, and at a tie
    // the one with more values ("801 350 801 350 827 350" in four columns is three values)
    List<List<String>> chosen = null;
    double chosenSpread = Double.MAX_VALUE;
    for (int n = Math.min(columns, tokens.size()); n >= 1; n--) {
      List<List<String>> best = best(tokens, 0, n, new HashMap<>());
      if (best != null && spread(best) < chosenSpread) {
        chosen = best;
        chosenSpread = spread(best);
      }
    }
    if (chosen == null) {
      return Optional.empty();
    }
    List<BigDecimal> values = new ArrayList<>();
    for (int pad = chosen.size(); pad < columns; pad++) {
      values.add(null);
    }
    for (List<String> group : chosen) {
      values.add(parse(String.join("", group)).orElseThrow());
    }
    return Optional.of(values);
  }

  private static List<String> mergeLoneSigns(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).equals("-") && i + 1 < tokens.size()) {
        out.add("-" + tokens.get(++i));
      } else if (!tokens.get(i).equals("-")) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  private static List<List<String>> best(List<String> tokens, int from, int n, Map<String, List<List<String>>> memo) {
    String key = from + ":" + n;
    if (memo.containsKey(key)) {
      return memo.get(key);
    }
    List<List<String>> result = null;
    if (n == 0) {
      result = from == tokens.size() ? new ArrayList<>() : null;
    } else if (from < tokens.size() && isHead(tokens.get(from))) {
      double bestSpread = Double.MAX_VALUE;
      int end = from + 1;
      while (true) {
        List<List<String>> rest = best(tokens, end, n - 1, memo);
        if (rest != null) {
          List<List<String>> candidate = new ArrayList<>();
          candidate.add(tokens.subList(from, end));
          candidate.addAll(rest);
          double spread = spread(candidate);
          // at a tie the longer first value wins: a group of three digits belongs to the figure
          // before it ("-98 650 450" is -98 650 and 450, not -98 and 650 450)
          if (spread <= bestSpread) {
            bestSpread = spread;
            result = candidate;
          }
        }
        if (end >= tokens.size() || !takesGroups(tokens.get(from)) || !isGroup(tokens.get(end))
            || isDecimal(tokens.get(end - 1))) {
          break;
        }
        end++;
      }
    }
    memo.put(key, result);
    return result;
  }

  /** A value's first token: any figure; only one of one to three digits takes groups after it. */
  private static boolean isHead(String t) {
    return !t.isEmpty();
  }

  private static boolean takesGroups(String t) {
    String digits = t.replace("-", "").split(",")[0];
    return digits.length() <= 3 && !t.contains(",");
  }

  private static boolean isGroup(String t) {
    return t.matches("\\d{3}(?:,\\d+)?");
  }

  private static boolean isDecimal(String t) {
    return t.contains(",");
  }

  private static double spread(List<List<String>> groups) {
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (List<String> g : groups) {
      min = Math.min(min, g.size());
      max = Math.max(max, g.size());
    }
    return max - min;
  }
}
