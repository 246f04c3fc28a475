package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import se.namndkoll.model.ScannedPages;

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

  /** Scans are rendered at this resolution for OCR. */
  static final int OCR_DPI = 300;
  /** OCR of one page stops after this long. */
  static final Duration OCR_PAGE_LIMIT = Duration.ofSeconds(30);
  /**
   * OCR of one file stops after this long, and as long again as {@link #OCR_PAGE_BUDGET} for each
   * scanned page, beyond the file's own time limit; later pages stay unread.
   */
  static final Duration OCR_FILE_LIMIT = Duration.ofSeconds(45);
  /** A scanned page's share of its file's OCR time: three times what a page takes on two busy cores. */
  static final Duration OCR_PAGE_BUDGET = Duration.ofSeconds(6);
  /** A page whose images cover this share of it, or more, is a scan. */
  static final double SCAN_COVERAGE = 0.5;
  /** OCR's reading replaces a poor layer when its share of Swedish words is higher by this much. */
  static final double BETTER_BY = 0.1;

  private final boolean deferFonts;
  private final TesseractOcr ocr;

  PdfReader() {
    this(true, TesseractOcr.standard());
  }

  /**
   * A reader; {@code deferFonts} false builds every font as PDFBox does, which a test compares
   * with the deferred fonts ({@link DeferredFontCache}).
   */
  PdfReader(boolean deferFonts) {
    this(deferFonts, TesseractOcr.standard());
  }

  PdfReader(boolean deferFonts, TesseractOcr ocr) {
    this.deferFonts = deferFonts;
    this.ocr = ocr;
  }

  ExtractedText read(Path file, DetectedType type, long maxCharacters) {
    LineCollector lines = new LineCollector(maxCharacters);
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (deferFonts) {
        pdf.setResourceCache(new DeferredFontCache());
      }
      int pageCount = pdf.getNumberOfPages();
      PageText stripper = new PageText(lines);
      stripper.writeText(pdf, Writer.nullWriter());
      List<RawLine> result = lines.finishUnlessStopped();
      int pages = Math.max(pageCount, lines.pages());
      Map<Integer, List<RawLine>> byPage = byPage(result);
      List<Integer> imageOnly = imageOnlyPages(pdf, byPage);
      List<Integer> poorLayer = poorLayerPages(pdf, byPage);
      if (imageOnly.isEmpty() && poorLayer.isEmpty()) {
        return new ExtractedText(type.mediaTypeName(), pages, result);
      }
      return scans(pdf, imageOnly, poorLayer, byPage, type, pages);
    } catch (Stopped e) {
      throw new ExtractionFailure(e.stop.reason(), e.stop);
    } catch (IOException | RuntimeException e) {
      throw lines.failure(e, type.documentType());
    }
  }

  private static Map<Integer, List<RawLine>> byPage(List<RawLine> lines) {
    Map<Integer, List<RawLine>> byPage = new TreeMap<>();
    for (RawLine l : lines) {
      byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
    }
    return byPage;
  }

  /** Pages that give no text but show an image: scans without a text layer. */
  private static List<Integer> imageOnlyPages(PDDocument pdf, Map<Integer, List<RawLine>> byPage) {
    List<Integer> out = new ArrayList<>();
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      List<RawLine> lines = byPage.getOrDefault(p, List.of());
      if (lines.stream().allMatch(l -> l.text().isBlank()) && showsImage(pdf.getPage(p - 1).getResources(), 0)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Scans under a text layer too poor to trust: pages mostly covered by an image whose words are
   * mostly not Swedish ({@link TextLayerQuality}), as a publisher's OCR leaves them.
   */
  private static List<Integer> poorLayerPages(PDDocument pdf, Map<Integer, List<RawLine>> byPage) {
    List<Integer> out = new ArrayList<>();
    for (Map.Entry<Integer, List<RawLine>> e : byPage.entrySet()) {
      int p = e.getKey();
      if (p < 1 || p > pdf.getNumberOfPages()) {
        continue;
      }
      PDPage page = pdf.getPage(p - 1);
      PDRectangle box = page.getCropBox();
      // an image that could cover half the page at screen resolution: a logo cannot, a scan does
      double halfPageAtScreen = box.getWidth() * box.getHeight() / 2.0;
      if (largestImage(page.getResources(), 0) >= halfPageAtScreen
          && PageImages.coverage(page) >= SCAN_COVERAGE && quality(e.getValue()).poor()) {
        out.add(p);
      }
    }
    return out;
  }


  private static TextLayerQuality quality(List<RawLine> lines) {
    return TextLayerQuality.of(lines.stream().map(RawLine::text).toList());
  }

  private static boolean showsImage(PDResources resources, int depth) {
    return largestImage(resources, depth) > 0;
  }

  /** The pixels of the largest image the resources hold, in forms too; 0 when there is none. */
  private static long largestImage(PDResources resources, int depth) {
    if (resources == null || depth > 2) {
      return 0;
    }
    long largest = 0;
    for (COSName name : resources.getXObjectNames()) {
      try {
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDImageXObject image) {
          largest = Math.max(largest, Math.max(1, (long) image.getWidth() * image.getHeight()));
        } else if (x instanceof PDFormXObject form) {
          largest = Math.max(largest, largestImage(form.getResources(), depth + 1));
        }
      } catch (IOException | RuntimeException e) {
        // an object that cannot be read shows nothing here
      }
    }
    return largest;
  }


  /**
   * The text with the scanned pages recognised by OCR where Tesseract is there, each page's lines
   * in its place; pages not recognised are named with why. A poor layer is replaced only where OCR
   * reads the page better; where OCR cannot run, it is kept and its page named as not read.
   */
  private ExtractedText scans(PDDocument pdf, List<Integer> imageOnly, List<Integer> poorLayer,
      Map<Integer, List<RawLine>> byPage, DetectedType type, int pages) {
    List<Integer> scanned = new ArrayList<>(imageOnly);
    scanned.addAll(poorLayer);
    scanned.sort(null);
    String why = ocr.unavailable();
    if (why != null) {
      return new ExtractedText(type.mediaTypeName(), pages, lines(byPage), List.of(),
          new ScannedPages(List.of(), 0, scanned, why, poorLayer, List.of()));
    }
    Duration budget = OCR_FILE_LIMIT.plus(OCR_PAGE_BUDGET.multipliedBy(scanned.size()));
    TimeLimitedRunner.grant(budget);
    ScanReader.Result read = new ScanReader(ocr, OCR_DPI, OCR_PAGE_LIMIT, budget).read(pdf, scanned);
    Map<Integer, Double> recognised = new TreeMap<>();
    double confidence = 0;
    int words = 0;
    for (Map.Entry<Integer, TesseractOcr.Page> e : read.recognised().entrySet()) {
      int p = e.getKey();
      TesseractOcr.Page page = e.getValue();
      if (poorLayer.contains(p)
          && TextLayerQuality.of(page.lines()).share() < quality(byPage.get(p)).share() + BETTER_BY) {
        continue;
      }
      recognised.put(p, page.confidence());
      confidence += page.confidence() * page.words();
      words += page.words();
      byPage.put(p, page.lines().stream().map(t -> new RawLine(t, p, false, 0f)).toList());
    }
    return new ExtractedText(type.mediaTypeName(), pages, lines(byPage), List.of(),
        new ScannedPages(List.copyOf(recognised.keySet()), words == 0 ? 0 : confidence / words, read.unread(),
            read.reason(), poorLayer, List.copyOf(recognised.values())));
  }

  private static List<RawLine> lines(Map<Integer, List<RawLine>> byPage) {
    List<RawLine> out = new ArrayList<>();
    byPage.values().forEach(out::addAll);
    return out;
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
