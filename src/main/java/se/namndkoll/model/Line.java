package se.namndkoll.model;

/**
 * One line of a document's normalised text, with the source line (1-based) and page it came from.
 *
 * @param text the cleaned text, trimmed; empty for a blank line
 * @param lineNo the first source line the text came from
 * @param lastLineNo the last source line (a line joined from a broken sentence spans several)
 * @param page the 1-based page, or 0 where the source has no pages
 * @param heading true where the source marked the line as a heading (a Word heading style, an
 *     HTML h1-h6); a hint, most documents use bold body text instead
 */
public record Line(String text, int lineNo, int lastLineNo, int page, boolean heading) {

  public Line {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
  }

  public boolean isBlank() {
    return text.isEmpty();
  }

  public Location location() {
    return new Location(page > 0 ? page : null, page > 0 ? page : null, lineNo, lastLineNo);
  }
}
