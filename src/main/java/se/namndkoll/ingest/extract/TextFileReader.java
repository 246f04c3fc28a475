package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text file (plain, markdown, CSV) line by line, exactly: line {@code i} of the result is line
 * {@code i} of the file, so that labels given by line number stay true. Lines end at {@code \n},
 * {@code \r\n} or {@code \r}; a final line terminator does not start another line. Nothing is
 * trimmed and markdown markers stay.
 *
 * <p>A form feed ({@code \f}) starts a new page, as in text from {@code pdftotext}: it is removed
 * from the text but does not end the line. A line's page is the page of its first character (an
 * empty line: the page where it ends). Form feeds after the last text, as {@code pdftotext} writes
 * at the end, start no page. With form feeds the pages run 1..n; without any, every line has page 0
 * and the page count is 0.
 *
 * <p>Markdown converted from PDF marks its pages with a comment line of its own ({@code <!-- sida 3
 * -->}, {@code <!-- page 3 -->}); where a text without form feeds has two or more such markers,
 * each starts its page, and the marker line is left empty.
 */
final class TextFileReader {

  private static final char FORM_FEED = '\f';

  ExtractedText read(Path file, DetectedType type, long maxCharacters) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TextDecoding.Decoded decoded = TextDecoding.read(bytes);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new ExtractionFailure("empty file");
    }
    if (text.length() > maxCharacters) {
      throw new ExtractionFailure(
          "too much text: the text passed the limit of "
              + Sizes.count(maxCharacters)
              + " characters");
    }
    List<RawLine> lines = withoutFrontMatter(lines(text));
    List<RawLine> marked = text.indexOf(FORM_FEED) < 0 && text.contains("<!--") ? pagedByMarkers(lines) : null;
    List<String> notes = decoded.note() == null ? List.of() : List.of(decoded.note());
    return marked != null
        ? new ExtractedText(type.mediaTypeName(), marked.get(marked.size() - 1).page(), marked, notes)
        : new ExtractedText(type.mediaTypeName(), pageCount(text), lines, notes);
  }

  private static final int FRONT_MATTER_LINES = 80;

  /**
   * Markdown's front matter (a first line "---", settings, a closing "---") is the converter's
   * metadata, not the document: its lines are left empty.
   */
  static List<RawLine> withoutFrontMatter(List<RawLine> lines) {
    if (lines.isEmpty() || !lines.get(0).text().strip().equals("---")) {
      return lines;
    }
    for (int i = 1; i < Math.min(lines.size(), FRONT_MATTER_LINES); i++) {
      if (lines.get(i).text().strip().equals("---")) {
        List<RawLine> out = new ArrayList<>(lines);
        for (int k = 0; k <= i; k++) {
          out.set(k, new RawLine("", lines.get(k).page(), false));
        }
        return out;
      }
    }
    return lines;
  }

  private static final Pattern PAGE_MARKER =
      Pattern.compile("^\\s*<!--\\s*(?:sida|page|sid|s\\.)\\s*(\\d{1,4})\\s*-->\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** The lines paged by their page-marker comments, or {@code null} where there are fewer than two. */
  static List<RawLine> pagedByMarkers(List<RawLine> lines) {
    int markers = 0;
    for (RawLine l : lines) {
      if (l.text().indexOf("<!--") >= 0 && PAGE_MARKER.matcher(l.text()).matches()) {
        markers++;
      }
    }
    if (markers < 2) {
      return null;
    }
    List<RawLine> out = new ArrayList<>(lines.size());
    int page = 1;
    for (RawLine l : lines) {
      Matcher m = l.text().indexOf("<!--") >= 0 ? PAGE_MARKER.matcher(l.text()) : null;
      if (m != null && m.matches()) {
        page = Math.max(page, Integer.parseInt(m.group(1)));
        out.add(new RawLine("", page, false));
      } else {
        out.add(new RawLine(l.text(), page, l.heading()));
      }
    }
    return out;
  }

  static List<RawLine> lines(String text) {
    boolean paged = text.indexOf(FORM_FEED) >= 0;
    int lastText = lastNonWhitespace(text);
    List<RawLine> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int page = paged ? 1 : 0;
    int linePage = -1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new RawLine(line.toString(), linePage < 0 ? page : linePage, false));
        line.setLength(0);
        linePage = -1;
        i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
        continue;
      }
      if (c == FORM_FEED) {
        if (i < lastText) {
          page++;
        }
      } else {
        if (linePage < 0) {
          linePage = page;
        }
        line.append(c);
      }
      i++;
    }
    if (i > 0 && !endsWithTerminator(text)) {
      lines.add(new RawLine(line.toString(), linePage < 0 ? page : linePage, false));
    }
    return lines;
  }

  static int pageCount(String text) {
    if (text.indexOf(FORM_FEED) < 0) {
      return 0;
    }
    int lastText = lastNonWhitespace(text);
    int pages = 1;
    for (int i = 0; i < lastText; i++) {
      if (text.charAt(i) == FORM_FEED) {
        pages++;
      }
    }
    return pages;
  }

  private static boolean endsWithTerminator(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '\n' || last == '\r';
  }

  private static int lastNonWhitespace(String text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }
}
