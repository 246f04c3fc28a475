package se.namndkoll.ingest.extract;

/**
 * One line of text as an extractor read it, before normalisation.
 *
 * @param text the text, tabs kept between table cells
 * @param page the 1-based page, or 0 where the source has no pages
 * @param heading the source marked the line as a heading (Word heading style, HTML h1-h6), or the
 *     line is all in bold
 * @param size the size of its largest letters in points, where the source says (a PDF), else 0
 */
public record RawLine(String text, int page, boolean heading, float size) {

  public RawLine {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
  }

  public RawLine(String text, int page, boolean heading) {
    this(text, page, heading, 0f);
  }

  public static RawLine of(String text, int page) {
    return new RawLine(text, page, false);
  }
}
