package se.namndkoll.report;

/**
 * Names and lines as printed for people: a control character (a newline, a tab, an escape) in a
 * file name would split a line of output or move the cursor, so a name that holds one is printed in
 * double quotes with C-style escapes ({@code "ny\nrad.pdf"}); any other name is printed as it is.
 */
public final class Shown {

  private Shown() {}

  /** The name as it is, or quoted and escaped when it holds a control character. */
  public static String name(Object name) {
    String s = String.valueOf(name);
    if (!hasControl(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 8).append('"');
    s.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else {
        escape(out, c);
      }
    });
    return out.append('"').toString();
  }

  /** A line with its control characters escaped (no quotes), so that it stays one line. */
  public static String line(String line) {
    if (line == null || !hasControl(line)) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 8);
    line.codePoints().forEach(c -> escape(out, c));
    return out.toString();
  }

  /** Whether the text holds a character that a terminal does not print as itself. */
  public static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isControl(int c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }

  private static void escape(StringBuilder out, int c) {
    if (!isControl(c)) {
      out.appendCodePoint(c);
      return;
    }
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append(c <= 0xFF ? String.format("\\x%02x", c) : String.format("\\u%04x", c));
    }
  }
}
