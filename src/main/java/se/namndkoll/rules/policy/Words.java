package se.namndkoll.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import se.namndkoll.text.RequiredText;

/**
 * A list of the policy's patterns, matched as one: the patterns joined into a single alternation
 * and matched against lower-cased text, so that a sweep over millions of lines reads each line
 * once and without case-folding every character.
 */
public final class Words {

  private final List<String> sources;
  private final Pattern combined;
  private final List<Pattern> each;
  /** For each pattern, the pieces of text of which every match of it contains one. */
  private final List<RequiredText> required;

  private Words(List<String> sources, Pattern combined, List<Pattern> each, List<RequiredText> required) {
    this.sources = List.copyOf(sources);
    this.combined = combined;
    this.each = each;
    this.required = required;
  }

  /**
   * The patterns as written; each must compile on its own.
   *
   * @throws PatternSyntaxException naming the first pattern that does not compile
   */
  public static Words of(List<String> sources) {
    StringBuilder alternation = new StringBuilder();
    List<Pattern> each = new ArrayList<>();
    List<RequiredText> required = new ArrayList<>();
    for (String s : sources) {
      String lower = lower(s);
      each.add(Pattern.compile(lower));
      required.add(RequiredText.literal(lower));
      alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(lower).append(')');
    }
    return new Words(sources, sources.isEmpty() ? null : Pattern.compile(alternation.toString()), each, required);
  }

  public List<String> sources() {
    return sources;
  }

  /** True when any pattern occurs in the text. */
  public boolean find(String text) {
    return text != null && findLower(lowered(text));
  }

  /** As {@link #find}, for text already in lower case. */
  public boolean findLower(String lower) {
    return combined != null && !lower.isEmpty() && mayOccur(lower) && combined.matcher(lower).find();
  }

  /**
   * False when no pattern can occur in the lower-cased text: none of their required pieces is
   * there (true where a pattern has no such piece).
   */
  public boolean mayOccur(String lower) {
    for (RequiredText r : required) {
      if (r.mayMatch(lower)) {
        return true;
      }
    }
    return false;
  }

  /** True when any pattern matches at the start of the text. */
  public boolean startsWith(String text) {
    return combined != null && text != null && combined.matcher(lowered(text)).lookingAt();
  }

  /** How many times the patterns occur in the text, each pattern counted on its own. */
  public int count(String text) {
    return text == null ? 0 : countLower(lowered(text));
  }

  /** As {@link #count}, for text already in lower case. */
  public int countLower(String lower) {
    if (combined == null || lower.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < each.size(); i++) {
      if (!required.get(i).mayMatch(lower)) {
        continue;
      }
      Matcher m = each.get(i).matcher(lower);
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  /** The text with every occurrence blanked out, lower-cased. */
  public String remove(String text) {
    return removeLower(lowered(text));
  }

  /** As {@link #remove}, for text already in lower case. */
  public String removeLower(String lower) {
    return combined == null || !mayOccur(lower) ? lower : combined.matcher(lower).replaceAll(" ");
  }

  /** The first occurrence, as the text writes it, or {@code null}. */
  public String first(String text) {
    return text == null ? null : first(text, lowered(text));
  }

  /** As {@link #first(String)}, given the text's lower case too. */
  public String first(String text, String lower) {
    if (combined == null || text.isEmpty() || !mayOccur(lower)) {
      return null;
    }
    Matcher m = combined.matcher(lower);
    if (!m.find()) {
      return null;
    }
    return lower.length() == text.length() ? text.substring(m.start(), m.end()) : m.group();
  }

  private static String lowered(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }

  /** A pattern's letters in lower case, its escapes (\b, \S, \p{Lu}) left as they are. */
  static String lower(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char next = pattern.charAt(i + 1);
        sb.append(c).append(next);
        i++;
        if ((next == 'p' || next == 'P') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
          int close = pattern.indexOf('}', i);
          if (close > 0) {
            sb.append(pattern, i + 1, close + 1);
            i = close;
          }
        }
      } else {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
