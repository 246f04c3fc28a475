package se.namndkoll.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * What an (X)HTML element means for the lines: the one mapping both the Tika reader (over Tika's
 * XHTML) and the HTML reader (over Jsoup's tree) use.
 */
final class BlockMarkup {

  /** Blocks whose end adds an empty line after them. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "table", "ul", "ol", "dl", "blockquote", "pre");

  /** Blocks that start and end a line, with no empty line after them. */
  private static final Set<String> BLOCKS =
      Set.of(
          "div",
          "li",
          "dt",
          "dd",
          "section",
          "article",
          "main",
          "aside",
          "header",
          "footer",
          "address",
          "figure",
          "figcaption",
          "caption",
          "form",
          "fieldset",
          "legend",
          "details",
          "summary",
          "center",
          "hr",
          "body",
          "thead",
          "tbody",
          "tfoot");

  private BlockMarkup() {}

  static boolean isHeading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  static void open(String tag, LineCollector lines) {
    String t = tag.toLowerCase(Locale.ROOT);
    if (isHeading(t)) {
      lines.startHeading();
    } else if (t.equals("b") || t.equals("strong")) {
      lines.startBold();
    } else if (t.equals("tr")) {
      lines.startRow();
    } else if (t.equals("td") || t.equals("th")) {
      lines.startCell();
    } else if (PARAGRAPHS.contains(t) || BLOCKS.contains(t)) {
      lines.endBlock();
    }
  }

  static void close(String tag, LineCollector lines) {
    String t = tag.toLowerCase(Locale.ROOT);
    if (isHeading(t)) {
      lines.endHeading();
    } else if (t.equals("b") || t.equals("strong")) {
      lines.endBold();
    } else if (t.equals("br")) {
      lines.breakLine();
    } else if (t.equals("tr")) {
      lines.endRow();
    } else if (t.equals("td") || t.equals("th")) {
      lines.endCell();
    } else if (PARAGRAPHS.contains(t)) {
      lines.endParagraph();
    } else if (BLOCKS.contains(t)) {
      lines.endBlock();
    }
  }
}
