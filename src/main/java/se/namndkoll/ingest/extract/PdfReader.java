package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF with PDFBox's text stripper, keeping how the text looks on the page, which Tika's XHTML
 * drops: the size of each line's letters, runs in a bold font, and the gaps between columns.
 *
 * <ul>
 *   <li>Pages and paragraphs as PDFBox finds them (the same as Tika's PDF parser gives): lines carry
 *       page numbers 1..n, a paragraph's end adds an empty line.
 *   <li>Text in content-stream order, not sorted by position (which keeps a page's columns apart).
 *   <li>A jump along the line wider than {@link #COLUMN_GAP_EM} times the letters' size, where no
 *       space is drawn, is a gap between a table's columns and becomes a tab, as a table row of a
 *       Word or HTML file gives; a word space, even a wide one in justified text, stays a space.
 *       "110 692" in a column of figures has its space drawn, so it stays one cell.
 *   <li>A run whose font is bold (by its name or its descriptor's weight) counts as bold, so a line
 *       all in bold is marked like a heading; every line carries the size of its largest letters,
 *       and the normaliser compares it with the document's body text.
 * </ul>
 *
 * <p>A page whose content cannot be read is skipped and the rest of the document read, as Tika
 * does. The character limit and the time limit stop the parse through the {@link LineCollector}.
 * An encrypted PDF with no empty user password fails with PDFBox's password exception, which
 * {@link TikaFailures} names.
 */
final class PdfReader {

  /** A gap of this many times the font size, where no space is drawn, separates columns. */
  static final float COLUMN_GAP_EM = 1.0f;

  private final boolean deferFonts;

  PdfReader() {
    this(true);
  }

  /**
   * A reader; {@code deferFonts} false builds every font as PDFBox does, which a test compares
   * with the deferred fonts ({@link DeferredFontCache}).
   */
  PdfReader(boolean deferFonts) {
    this.deferFonts = deferFonts;
  }

  ExtractedText read(Path file, DetectedType type, long maxCharacters) {
    LineCollector lines = new LineCollector(maxCharacters);
    int pageCount;
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (deferFonts) {
        pdf.setResourceCache(new DeferredFontCache());
      }
      pageCount = pdf.getNumberOfPages();
      PageText stripper = new PageText(lines);
      stripper.writeText(pdf, Writer.nullWriter());
    } catch (Stopped e) {
      throw new ExtractionFailure(e.stop.reason(), e.stop);
    } catch (IOException | RuntimeException e) {
      throw lines.failure(e, type.documentType());
    }
    List<RawLine> result = lines.finishUnlessStopped();
    return new ExtractedText(type.mediaTypeName(), Math.max(pageCount, lines.pages()), result);
  }

  /** The collector's stop, carried through PDFBox's {@code IOException}-only callbacks. */
  private static final class Stopped extends IOException {
    private final StopExtraction stop;

    Stopped(StopExtraction stop) {
      super(stop.reason());
      this.stop = stop;
    }
  }

  /** Writes what PDFBox finds into the collector instead of a text stream. */
  private static final class PageText extends PDFTextStripper {

    private final LineCollector lines;
    private boolean separatorPending;
    private float lastEnd = Float.NaN;
    private float lastSize;
    private boolean inBold;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();

    PageText(LineCollector lines) {
      this.lines = lines;
      setSortByPosition(false);
      setShouldSeparateByBeads(true);
      setSuppressDuplicateOverlappingText(false);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      try {
        super.processPage(page);
      } catch (Stopped e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        if (lines.stopped() != null) {
          throw new Stopped(lines.stopped());
        }
        // a page whose content cannot be read: the rest of the document still is
      }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      endBold();
      try {
        lines.startPage();
      } catch (StopExtraction e) {
        throw new Stopped(e);
      }
      lastEnd = Float.NaN;
      separatorPending = false;
    }

    @Override
    protected void writeParagraphEnd() {
      endBold();
      lines.endParagraph();
      lastEnd = Float.NaN;
      separatorPending = false;
    }

    @Override
    protected void writeParagraphStart() {
      // a paragraph starts where the previous one ended
    }

    @Override
    protected void writePageStart() {
      // the page was started in startPage
    }

    @Override
    protected void writePageEnd() {
      endBold();
    }

    @Override
    protected void writeLineSeparator() {
      endBold();
      lines.softBreak();
      lastEnd = Float.NaN;
      separatorPending = false;
    }

    @Override
    protected void writeWordSeparator() {
      separatorPending = true;
    }

    @Override
    protected void writeString(String text) throws IOException {
      put(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (positions.isEmpty()) {
        put(text);
        return;
      }
      TextPosition first = positions.get(0);
      TextPosition last = positions.get(positions.size() - 1);
      float size = first.getFontSizeInPt();
      if (separatorPending) {
        float gap = first.getXDirAdj() - lastEnd;
        boolean column = !Float.isNaN(lastEnd) && gap >= COLUMN_GAP_EM * Math.max(size, lastSize) && size > 0;
        put(column ? "\t" : getWordSeparator());
        separatorPending = false;
      }
      if (hasLetters(text)) {
        lines.fontSize(size);
      }
      if (text.length() != positions.size()) {
        // letters joined or split on the way (ligatures, normalised forms): the first one's font
        setBold(bold(first.getFont()));
        put(text);
      } else {
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
          boolean runBold = bold(positions.get(from).getFont());
          if (i == text.length() || bold(positions.get(i).getFont()) != runBold) {
            setBold(runBold);
            put(text.substring(from, i));
            from = i;
          }
        }
      }
      lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
      lastSize = size;
    }

    private void put(String text) throws Stopped {
      try {
        lines.text(text);
      } catch (StopExtraction e) {
        throw new Stopped(e);
      }
    }

    private boolean bold(PDFont font) {
      return font != null && boldFonts.computeIfAbsent(font, PageText::isBold);
    }

    private void setBold(boolean bold) {
      if (bold != inBold) {
        if (bold) {
          lines.startBold();
        } else {
          lines.endBold();
        }
        inBold = bold;
      }
    }

    private void endBold() {
      if (inBold) {
        lines.endBold();
        inBold = false;
      }
    }

    private static boolean hasLetters(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** Bold by the font's name (…-Bold, …,Bold, Black, Heavy, Semibold) or its stated weight. */
    static boolean isBold(PDFont font) {
      if (font == null) {
        return false;
      }
      String name = font.getName();
      if (name != null) {
        String n = name.toLowerCase(Locale.ROOT);
        int plus = n.indexOf('+');
        n = plus >= 0 ? n.substring(plus + 1) : n;
        if (n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("semibold")
            || n.contains("demi")) {
          return true;
        }
      }
      PDFontDescriptor descriptor = font.getFontDescriptor();
      return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }
  }
}
