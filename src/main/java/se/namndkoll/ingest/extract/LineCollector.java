package se.namndkoll.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the events of a structured document (text, line breaks, paragraph ends, headings, table
 * rows and cells, pages) into {@link RawLine}s. Shared by the Tika and the HTML readers so that
 * both map structure to lines the same way:
 *
 * <ul>
 *   <li>a line break ({@code <br>}, a {@code \n} in the text) ends the line, even an empty one;
 *   <li>the end of a block ends its line if it has text; the end of a paragraph, heading or table
 *       adds an empty line after it, but never two empty lines in a row and none at the start;
 *   <li>a table row is one line, its cells joined by a tab; line breaks inside a cell become spaces
 *       and a nested table is flattened into its cell;
 *   <li>lines inside a heading are marked as headings;
 *   <li>trailing white space is cut from text lines (not from table rows, where a trailing tab is
 *       an empty cell), and empty lines at the end are dropped.
 * </ul>
 *
 * <p>It counts the characters it takes and throws {@link StopExtraction} past the limit, or when
 * the thread is interrupted. One collector serves one extraction; it is not thread-safe.
 */
final class LineCollector {

  private final long maxCharacters;
  private final List<RawLine> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private final List<String> cells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();

  private boolean pendingText;
  private int page;
  private int pages;
  private int headingDepth;
  private int boldDepth;
  /** The line so far has text in bold, and text not in bold: a line all in bold looks like a heading. */
  private boolean boldText;
  private boolean plainText;
  /** The size of the largest letters of the line so far, in points, where the source gives it. */
  private float size;
  private int rowDepth;
  private long characters;
  private StopExtraction stopped;

  LineCollector(long maxCharacters) {
    this.maxCharacters = maxCharacters;
  }

  /** Starts the next page: lines from here on carry its number (1, 2, ...). */
  void startPage() throws StopExtraction {
    checkStopped();
    flush();
    pages++;
    page = pages;
  }

  /** Text as it comes: a {@code \n}, {@code \r\n} or {@code \r} in it breaks the line. */
  void text(CharSequence text) throws StopExtraction {
    count(text.length());
    StringBuilder target = target();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (rowDepth > 0) {
          space(target);
        } else {
          breakLine();
        }
      } else {
        target.append(c);
        pendingText = true;
        look(c);
      }
    }
  }

  /** Notes whether a letter of the line is bold. */
  private void look(char c) {
    if (rowDepth == 0 && Character.isLetterOrDigit(c)) {
      if (boldDepth > 0) {
        boldText = true;
      } else {
        plainText = true;
      }
    }
  }

  /** The size in points of the text that follows on this line (a PDF's glyphs). */
  void fontSize(float points) {
    size = Math.max(size, points);
  }

  void startBold() {
    boldDepth++;
  }

  void endBold() {
    boldDepth = Math.max(0, boldDepth - 1);
  }

  /**
   * Text whose white space is not significant (HTML outside {@code <pre>}): every run of white
   * space becomes one space, and none is kept at the start of a line or cell.
   */
  void collapsedText(CharSequence text) throws StopExtraction {
    count(text.length());
    StringBuilder target = target();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space(target);
      } else {
        target.append(c);
        pendingText = true;
        look(c);
      }
    }
  }

  /** An explicit line break: ends the line, even an empty one. In a table cell, a space. */
  void breakLine() {
    if (rowDepth > 0) {
      space(cell);
      return;
    }
    emit(line.toString().stripTrailing(), headingDepth > 0);
    line.setLength(0);
    pendingText = false;
  }

  /**
   * A line break that only counts after text: Tika writes the line ends of a PDF, and also the
   * newlines it puts after every block for readability, as the same ignorable white space; the
   * latter come after the line has already ended and must not add empty lines.
   */
  void softBreak() {
    if (rowDepth > 0) {
      space(cell);
    } else if (pendingText) {
      breakLine();
    }
  }

  /** The end (or start) of a block: ends the line if it has text. */
  void endBlock() {
    if (rowDepth > 0) {
      space(cell);
      return;
    }
    flush();
  }

  /** The end of a paragraph: ends the line and adds an empty line after it. */
  void endParagraph() {
    if (rowDepth > 0) {
      space(cell);
      return;
    }
    flush();
    emitEmpty();
  }

  void startHeading() {
    endBlock();
    headingDepth++;
  }

  void endHeading() {
    if (rowDepth > 0) {
      space(cell);
    } else {
      flush();
    }
    headingDepth = Math.max(0, headingDepth - 1);
    if (rowDepth == 0) {
      emitEmpty();
    }
  }

  void startRow() {
    if (rowDepth == 0) {
      flush();
      cells.clear();
      cell.setLength(0);
    } else {
      space(cell);
    }
    rowDepth++;
  }

  void startCell() {
    if (rowDepth > 1) {
      space(cell);
    }
  }

  void endCell() {
    if (rowDepth == 1) {
      cells.add(cell.toString().strip());
      cell.setLength(0);
    } else if (rowDepth > 1) {
      space(cell);
    }
  }

  void endRow() {
    if (rowDepth == 0) {
      return;
    }
    rowDepth--;
    if (rowDepth > 0) {
      space(cell);
      return;
    }
    if (!cell.toString().isBlank()) {
      cells.add(cell.toString().strip());
    }
    cell.setLength(0);
    if (!cells.isEmpty()) {
      emit(String.join("\t", cells), false);
    }
    cells.clear();
    pendingText = false;
  }

  /** Pages started so far; 0 when the source gave none. */
  int pages() {
    return pages;
  }

  /** The lines so far, ended: the open line is emitted and trailing empty lines dropped. */
  List<RawLine> finish() {
    while (rowDepth > 0) {
      endRow();
    }
    flush();
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).text().isEmpty()) {
      end--;
    }
    return List.copyOf(lines.subList(0, end));
  }

  /** The stop thrown earlier, if any: a parser may have caught and swallowed it. */
  StopExtraction stopped() {
    return stopped;
  }

  /**
   * What a parser's failure means for the user: the collector's own stop (a limit, an interrupt)
   * where there was one, which the parser may have wrapped, else the parser's reason.
   */
  ExtractionFailure failure(Throwable parserFailure, DocumentType type) {
    return stopped != null
        ? new ExtractionFailure(stopped.reason(), parserFailure)
        : new ExtractionFailure(TikaFailures.reason(parserFailure, type), parserFailure);
  }

  /** The lines read, ended; or the stop, where a parser swallowed it and finished as if done. */
  List<RawLine> finishUnlessStopped() {
    if (stopped != null) {
      throw new ExtractionFailure(stopped.reason(), stopped);
    }
    return finish();
  }

  private StringBuilder target() {
    return rowDepth > 0 ? cell : line;
  }

  private void flush() {
    if (pendingText || line.length() > 0) {
      emit(line.toString().stripTrailing(), headingDepth > 0);
    }
    line.setLength(0);
    pendingText = false;
  }

  private void emit(String text, boolean heading) {
    if (text.isEmpty()) {
      emitEmpty();
    } else {
      // a line all in bold is marked like a heading: a hint of how it looks, not of what it is
      lines.add(new RawLine(text, page, heading || boldText && !plainText, size));
    }
    boldText = false;
    plainText = false;
    size = 0;
  }

  private void emitEmpty() {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
      lines.add(new RawLine("", page, false));
    }
  }

  private static void space(StringBuilder target) {
    int n = target.length();
    if (n > 0 && target.charAt(n - 1) != ' ') {
      target.append(' ');
    }
  }

  private void count(int length) throws StopExtraction {
    checkStopped();
    characters += length;
    if (characters > maxCharacters) {
      stopped =
          new StopExtraction(
              "too much text: the text passed the limit of "
                  + Sizes.count(maxCharacters)
                  + " characters");
      throw stopped;
    }
  }

  private void checkStopped() throws StopExtraction {
    if (stopped != null) {
      throw stopped;
    }
    if (Thread.currentThread().isInterrupted()) {
      stopped = new StopExtraction("stopped: the extraction was interrupted");
      throw stopped;
    }
  }
}
