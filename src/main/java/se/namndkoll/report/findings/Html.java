package se.namndkoll.report.findings;

/** Escaping for HTML text and attribute values, and for SVG inside HTML. */
final class Html {

  private Html() {}

  /** The text with {@code & < > " '} as entities and control characters other than line breaks dropped. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n', '\t' -> sb.append(c);
        case '\r' -> { }
        default -> {
          if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && c != '\uFFFE' && c != '\uFFFF') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
