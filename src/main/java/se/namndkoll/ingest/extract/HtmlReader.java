package se.namndkoll.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML page with Jsoup, which keeps what Tika's HTML handler flattens: headings ({@code
 * h1}-{@code h6} give heading lines) and table cells (one line per {@code <tr>}, cells joined by a
 * tab). Block elements map to lines as in {@link BlockMarkup}; white space is collapsed as a
 * browser would, except in {@code <pre>}.
 *
 * <p>Skipped: {@code <head>}, scripts, styles, {@code <noscript>}, {@code <template>}, {@code
 * <nav>} (menus), embedded objects and form controls, and elements marked {@code hidden}. Kept:
 * {@code <header>} and {@code <footer>}. A municipal page's header or footer is often site
 * furniture, but it can also carry the nämnd, the date or the contact of a document; dropping text
 * silently is worse than noise the normaliser can recognise.
 *
 * <p>Charset: a byte order mark, then the page's {@code <meta>} charset, then UTF-8 (Jsoup); when
 * that default fails on bytes that are not UTF-8, Windows-1252. HTML has no pages: page 0 on every
 * line, page count 0.
 */
final class HtmlReader {

  private static final Set<String> SKIPPED =
      Set.of(
          "head",
          "script",
          "style",
          "noscript",
          "template",
          "nav",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "select",
          "button",
          "textarea");

  ExtractedText read(Path file, DetectedType type, long maxCharacters) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Document document = parse(bytes);
    LineCollector lines = new LineCollector(maxCharacters);
    NodeTraversor.filter(new LineFilter(lines), document.body());
    ExtractedText text = new ExtractedText(type.mediaTypeName(), 0, lines.finishUnlessStopped());
    if (document.charset().equals(StandardCharsets.UTF_8) && !TextDecoding.isUtf8(bytes)) {
      String note = TextDecoding.read(bytes).note();
      return note == null ? text : text.withNote(note);
    }
    return text;
  }

  /**
   * The page in the character set it declares; without a declaration, UTF-8 where most of its
   * bytes above ASCII are (an odd byte becomes U+FFFD), Windows-1252 otherwise.
   */
  private static Document parse(byte[] bytes) {
    try {
      Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
      if (document.charset().equals(StandardCharsets.UTF_8)
          && !TextDecoding.hasBom(bytes)
          && !TextDecoding.mostlyUtf8(bytes)) {
        document =
            Jsoup.parse(new ByteArrayInputStream(bytes), TextDecoding.WINDOWS_1252.name(), "");
      }
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Walks the body and feeds the collector; a stop ends the walk. */
  private static final class LineFilter implements NodeFilter {
    private final LineCollector lines;
    private int preDepth;

    LineFilter(LineCollector lines) {
      this.lines = lines;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (lines.stopped() != null) {
        return FilterResult.STOP;
      }
      try {
        if (node instanceof TextNode text) {
          if (preDepth > 0) {
            lines.text(text.getWholeText());
          } else {
            lines.collapsedText(text.getWholeText());
          }
        } else if (node instanceof Element element) {
          String tag = element.normalName();
          if (SKIPPED.contains(tag) || element.hasAttr("hidden")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (tag.equals("pre")) {
            preDepth++;
          }
          BlockMarkup.open(tag, lines);
          if (tag.equals("li") && element.parent() != null && element.parent().normalName().equals("ol")) {
            lines.collapsedText(ordinal(element) + ". ");
          }
        }
      } catch (StopExtraction e) {
        return FilterResult.STOP;
      }
      return FilterResult.CONTINUE;
    }

    /** The number a browser shows for an item of an ordered list. */
    private static int ordinal(Element li) {
      int start = 1;
      String attr = li.parent().attr("start");
      if (attr.matches("-?\\d{1,6}")) {
        start = Integer.parseInt(attr);
      }
      int before = 0;
      for (Element sibling = li.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
        if (sibling.normalName().equals("li")) {
          before++;
        }
      }
      return start + before;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("pre")) {
          preDepth--;
        }
        BlockMarkup.close(tag, lines);
      }
      return lines.stopped() != null ? FilterResult.STOP : FilterResult.CONTINUE;
    }
  }
}
