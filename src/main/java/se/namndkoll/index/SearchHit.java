package se.namndkoll.index;

/**
 * One hit: enough to show it without opening its file.
 *
 * @param snippet the text around the words found, each found passage between {@link #MARK_START}
 *     and {@link #MARK_END}; {@link #plainSnippet()}, {@link #htmlSnippet()} and
 *     {@link #snippet(String, String)} write it for a reader
 * @param paragraph the protocol paragraph of the ärende ("§ 16"), or {@code null} where it has none
 *     (or the index was made before paragraphs were stored)
 * @param ocr true where the ärende was read, in part, from scanned pages by OCR: its text may hold
 *     misreads
 */
public record SearchHit(
    String id,
    String namnd,
    String meetingDate,
    String dnr,
    String title,
    String kind,
    String source,
    Integer page,
    float score,
    String snippet,
    String paragraph,
    boolean ocr) {

  /** Where a found passage starts and ends in {@link #snippet()}: characters of Unicode's private use area. */
  public static final String MARK_START = "\uE000";
  public static final String MARK_END = "\uE001";

  /** The snippet without marks. */
  public String plainSnippet() {
    return snippet(x -> x, "", "");
  }

  /** The snippet as HTML: the text escaped, each found passage in {@code <em>}. */
  public String htmlSnippet() {
    return snippet(SearchHit::escape, "<em>", "</em>");
  }

  /** The snippet with each found passage between the strings given (a terminal's bold and reset). */
  public String snippet(String start, String end) {
    return snippet(x -> x, start, end);
  }

  private String snippet(java.util.function.UnaryOperator<String> text, String start, String end) {
    if (snippet == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    boolean open = false;
    int last = 0;
    for (int i = 0; i < snippet.length(); i++) {
      char c = snippet.charAt(i);
      if (c == MARK_START.charAt(0) || c == MARK_END.charAt(0)) {
        sb.append(text.apply(snippet.substring(last, i)));
        if (c == MARK_START.charAt(0) && !open) {
          sb.append(start);
          open = true;
        } else if (c == MARK_END.charAt(0) && open) {
          sb.append(end);
          open = false;
        }
        last = i + 1;
      }
    }
    sb.append(text.apply(snippet.substring(last)));
    if (open) {
      sb.append(end);
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
