package se.namndkoll.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain text every match of a regular expression contains, read from the expression: a cheap
 * {@code contains} tells most lines apart from those worth matching. {@code "\\bsekretess enligt
 * (?:osl|\\d+ kap\\.)"} needs {@code "sekretess enligt "}; {@code "\\[(?:bilaga|datum)[^\\]]*\\]"}
 * needs {@code "["}, one of {@code "bilaga"} and {@code "datum"}, and {@code "]"}; {@code
 * "barn|unga"} needs {@code "barn"} or {@code "unga"}.
 *
 * <p>Read are literal letters and escaped signs outside character classes, groups (capturing, not
 * capturing, named) and alternations at any depth; a part that is optional ({@code ?}, {@code *},
 * <code>{0,n}</code>) or that this reading does not know (classes, lookaround, back references,
 * quoting) needs nothing, and an expression with a way through that needs nothing may match
 * anything.
 *
 * <p>For expressions matched without regard to case the pieces are folded ({@link #of}, {@link
 * #fold}) and a text is asked in its folded form too; {@link #literal} keeps them as written.
 */
public final class RequiredText {

  private static final RequiredText ANYTHING = new RequiredText(null);
  private static final String META = "()[]{}|?*+.^$\\";

  /**
   * The ways through the expression, each a list of what it needs: from each set, one piece.
   * {@code null} when the expression may match anything.
   */
  private final List<List<Set<String>>> ways;

  private RequiredText(List<List<Set<String>>> ways) {
    this.ways = ways;
  }

  /** What every match of the expression, matched without regard to case, needs; folded. */
  public static RequiredText of(String expression) {
    return read(expression, true);
  }

  /**
   * What every match of the expression needs, as the expression writes it: for an expression
   * matched with regard to case (one written in lower case for lower-cased text).
   */
  public static RequiredText literal(String expression) {
    return read(expression, false);
  }

  private static RequiredText read(String expression, boolean folded) {
    try {
      Reader reader = new Reader(expression);
      List<List<Set<String>>> found = reader.alternatives();
      if (found == null || !reader.atEnd()) {
        return ANYTHING;
      }
      List<List<Set<String>>> ways = new ArrayList<>();
      for (List<Set<String>> way : found) {
        List<Set<String>> needs = new ArrayList<>();
        for (Set<String> need : way) {
          Set<String> pieces = new LinkedHashSet<>();
          for (String p : need) {
            pieces.add(folded ? fold(p) : p);
          }
          needs.add(Set.copyOf(pieces));
        }
        ways.add(List.copyOf(needs));
      }
      return new RequiredText(List.copyOf(ways));
    } catch (RuntimeException e) {
      // an expression this reading cannot follow: it may match anything
      return ANYTHING;
    }
  }

  /** What every match of any of the expressions needs: the ways through each, together. */
  public static RequiredText ofAny(List<String> expressions) {
    List<List<Set<String>>> all = new ArrayList<>();
    for (String e : expressions) {
      RequiredText r = of(e);
      if (r.ways == null) {
        return ANYTHING;
      }
      all.addAll(r.ways);
    }
    return all.isEmpty() ? ANYTHING : new RequiredText(List.copyOf(all));
  }

  /**
   * The text as it is compared: upper case, then lower case, so that letters the expression's
   * case-insensitive matching takes as the same ("ß" and "SS" aside) are the same here.
   */
  public static String fold(String text) {
    return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** False when the folded text lacks what every way through the expression needs. */
  public boolean mayMatch(String folded) {
    if (ways == null) {
      return true;
    }
    for (List<Set<String>> way : ways) {
      if (holdsAll(folded, way)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsAll(String folded, List<Set<String>> needs) {
    for (Set<String> need : needs) {
      boolean found = false;
      for (String piece : need) {
        if (folded.contains(piece)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ways through the expression, each the sets of pieces it needs one of; empty when the
   * expression may match anything.
   */
  public List<List<Set<String>>> ways() {
    return ways == null ? List.of() : ways;
  }

  /** Walks an expression once, from left to right. */
  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return i == s.length();
    }

    /** Branches up to the end or a closing parenthesis: each branch's needs, or null if one has none. */
    List<List<Set<String>>> alternatives() {
      List<List<Set<String>>> ways = new ArrayList<>();
      boolean every = true;
      while (true) {
        List<Set<String>> branch = branch();
        if (branch.isEmpty()) {
          every = false;
        } else {
          ways.add(branch);
        }
        if (i < s.length() && s.charAt(i) == '|') {
          i++;
          continue;
        }
        return every ? ways : null;
      }
    }

    /** One branch: every literal run and every group it cannot do without. */
    private List<Set<String>> branch() {
      List<Set<String>> needs = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '|' || c == ')') {
          break;
        }
        if (c == '(') {
          end(needs, run);
          List<List<Set<String>>> group = group();
          if (!optional()) {
            skipQuantifier();
            addGroup(needs, group);
          }
          continue;
        }
        if (c == '[') {
          skipClass();
          end(needs, run);
          skipQuantifier();
          continue;
        }
        int literal = literal();
        if (literal < 0) {
          end(needs, run);
          skipQuantifier();
          continue;
        }
        // a literal character: optional ends the run without it, repeated ends the run after it
        if (optional()) {
          end(needs, run);
        } else if (repeated()) {
          run.append((char) literal);
          end(needs, run);
        } else {
          run.append((char) literal);
        }
      }
      end(needs, run);
      return needs;
    }

    private static void end(List<Set<String>> needs, StringBuilder run) {
      if (run.length() > 0) {
        needs.add(Set.of(run.toString()));
        run.setLength(0);
      }
    }

    /**
     * A group the branch cannot do without: a group of one way adds all it needs; of several ways,
     * it needs one of each way's best piece.
     */
    private static void addGroup(List<Set<String>> needs, List<List<Set<String>>> group) {
      if (group == null || group.isEmpty()) {
        return;
      }
      if (group.size() == 1) {
        needs.addAll(group.get(0));
        return;
      }
      Set<String> any = new LinkedHashSet<>();
      for (List<Set<String>> way : group) {
        any.addAll(best(way));
      }
      needs.add(any);
    }

    /** Of a way's needs, the one whose shortest piece is longest. */
    private static Set<String> best(List<Set<String>> way) {
      Set<String> best = way.get(0);
      for (Set<String> need : way) {
        if (shortest(need) > shortest(best)) {
          best = need;
        }
      }
      return best;
    }

    /** A group from its opening parenthesis past its closing one: its ways, or null. */
    private List<List<Set<String>>> group() {
      i++;
      boolean counts = true;
      if (s.startsWith("?", i)) {
        if (s.startsWith("?:", i)) {
          i += 2;
        } else if (s.startsWith("?<", i) && i + 2 < s.length() && Character.isLetter(s.charAt(i + 2))) {
          i = s.indexOf('>', i) + 1;
        } else {
          // lookaround, flags, atomic groups: nothing they match is required here
          counts = false;
          i = s.startsWith("?<", i) ? i + 3 : i + 2;
        }
      }
      List<List<Set<String>>> inner = alternatives();
      if (i >= s.length() || s.charAt(i) != ')') {
        throw new IllegalArgumentException("unclosed group");
      }
      i++;
      return counts ? inner : null;
    }

    /** The literal character at {@code i}, moving past it; -1 (and moved past) for anything else. */
    private int literal() {
      char c = s.charAt(i);
      if (c == '\\') {
        if (i + 1 >= s.length()) {
          throw new IllegalArgumentException("trailing backslash");
        }
        char next = s.charAt(i + 1);
        i += 2;
        if (META.indexOf(next) >= 0 || next == '-' || next == '/' || next == '"' || next == '\'' || next == ' '
            || next == '<' || next == '>' || next == '&' || next == '#' || next == '%' || next == '!' || next == ',') {
          return next;
        }
        if (next == 'p' || next == 'P' || next == 'x' || next == 'N') {
          if (i < s.length() && s.charAt(i) == '{') {
            i = s.indexOf('}', i) + 1;
          } else if (next == 'x') {
            i += 2;
          } else {
            i++;
          }
        } else if (next == 'u') {
          i += 4;
        } else if (next == 'Q' || next == 'k' || Character.isDigit(next)) {
          throw new IllegalArgumentException("quoting or back reference");
        }
        return -1;
      }
      i++;
      return c == '.' || c == '^' || c == '$' ? -1 : c;
    }

    private void skipClass() {
      i++;
      if (i < s.length() && s.charAt(i) == '^') {
        i++;
      }
      if (i < s.length() && s.charAt(i) == ']') {
        i++;
      }
      int depth = 1;
      while (i < s.length() && depth > 0) {
        char c = s.charAt(i);
        if (c == '\\') {
          i += 2;
          continue;
        }
        if (c == '[') {
          depth++;
        } else if (c == ']') {
          depth--;
        }
        i++;
      }
      if (depth > 0) {
        throw new IllegalArgumentException("unclosed class");
      }
    }

    /** True, moving past it, when a quantifier that allows none follows. */
    private boolean optional() {
      if (i >= s.length()) {
        return false;
      }
      char c = s.charAt(i);
      boolean none = c == '?' || c == '*' || c == '{' && s.startsWith("{0", i);
      if (none) {
        skipQuantifier();
      }
      return none;
    }

    /** True, moving past it, when a quantifier that asks for one or more follows. */
    private boolean repeated() {
      if (i >= s.length() || s.charAt(i) != '+' && s.charAt(i) != '{') {
        return false;
      }
      skipQuantifier();
      return true;
    }

    private void skipQuantifier() {
      if (i >= s.length()) {
        return;
      }
      char c = s.charAt(i);
      if (c == '{') {
        int close = s.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed quantifier");
        }
        i = close + 1;
      } else if (c == '?' || c == '*' || c == '+') {
        i++;
      } else {
        return;
      }
      if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
        i++;
      }
    }

    private static int shortest(Set<String> pieces) {
      int min = Integer.MAX_VALUE;
      for (String p : pieces) {
        min = Math.min(min, p.length());
      }
      return min;
    }
  }
}
