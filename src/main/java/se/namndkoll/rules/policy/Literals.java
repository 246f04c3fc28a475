package se.namndkoll.rules.policy;

/**
 * The longest piece of plain text every match of a pattern must contain, read from the pattern:
 * its literal characters at the top level, outside groups, classes and optional parts. A cheap
 * {@code contains} on it tells most lines apart from those worth matching.
 */
final class Literals {

  private static final String META = "()[]{}|?*+.^$";

  private Literals() {}

  /** The required piece, or {@code null} when the pattern has none that is sure (an alternation at the top). */
  static String required(String pattern) {
    String best = "";
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char next = pattern.charAt(i + 1);
        i++;
        if (depth == 0 && META.indexOf(next) >= 0 || depth == 0 && next == '\\' || depth == 0 && next == '-') {
          run.append(next);
          if (optionalAfter(pattern, i)) {
            run.setLength(Math.max(0, run.length() - 1));
            best = longer(best, run);
            run.setLength(0);
          }
          continue;
        }
        if (next == 'p' || next == 'P') {
          int close = pattern.indexOf('}', i);
          i = close > 0 ? close : i;
        }
        best = longer(best, run);
        run.setLength(0);
        continue;
      }
      if (c == '(') {
        depth++;
        best = longer(best, run);
        run.setLength(0);
        continue;
      }
      if (c == ')') {
        depth--;
        continue;
      }
      if (c == '[') {
        int close = pattern.indexOf(']', i + 2);
        i = close > 0 ? close : pattern.length();
        best = longer(best, run);
        run.setLength(0);
        continue;
      }
      if (depth > 0) {
        continue;
      }
      if (c == '|') {
        return null;
      }
      if (META.indexOf(c) >= 0) {
        if (c == '?' || c == '*' || c == '{') {
          run.setLength(Math.max(0, run.length() - 1));
        }
        best = longer(best, run);
        run.setLength(0);
        if (c == '{') {
          int close = pattern.indexOf('}', i);
          i = close > 0 ? close : i;
        }
        continue;
      }
      run.append(c);
      if (optionalAfter(pattern, i)) {
        run.setLength(run.length() - 1);
        best = longer(best, run);
        run.setLength(0);
      }
    }
    if (depth != 0) {
      return null;
    }
    best = longer(best, run);
    return best.isEmpty() ? null : best;
  }

  private static boolean optionalAfter(String pattern, int i) {
    if (i + 1 >= pattern.length()) {
      return false;
    }
    char q = pattern.charAt(i + 1);
    return q == '?' || q == '*' || q == '{' && pattern.startsWith("{0", i + 1);
  }

  private static String longer(String best, StringBuilder run) {
    return run.length() > best.length() ? run.toString() : best;
  }
}
