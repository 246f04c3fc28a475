package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * PDFs written with PDFBox for the tests and the benchmark. Text is set in the standard Helvetica
 * with WinAnsiEncoding, which has å, ä and ö and needs no font file on the machine; or, as Word and
 * LibreOffice export it, in an embedded subset of a TrueType font (Liberation Sans, which ships
 * inside PDFBox).
 */
public final class PdfFixtures {

  private static final float FONT_SIZE = 11;
  private static final float LEADING = 14;
  private static final float LEFT = 60;
  private static final float TOP = 780;
  private static final String BUNDLED_TTF =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private PdfFixtures() {}

  /** A PDF with one page per list of lines. */
  public static Path write(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      addPages(document, pages, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      document.save(file.toFile());
    }
    return file;
  }

  /** A PDF with one page per list of lines, in an embedded font subset. */
  public static Path writeWithEmbeddedFont(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument document = new PDDocument();
        InputStream ttf = PDDocument.class.getResourceAsStream(BUNDLED_TTF)) {
      addPages(document, pages, PDType0Font.load(document, ttf, true));
      document.save(file.toFile());
    }
    return file;
  }

  /**
   * A PDF with one page per list of lines in a simple TrueType font, embedded whole with
   * WinAnsiEncoding and its widths in the font dictionary, as Acrobat's PDFMaker writes the fonts of
   * a Word document.
   */
  public static Path writeWithSimpleTrueTypeFont(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument document = new PDDocument();
        InputStream ttf = PDDocument.class.getResourceAsStream(BUNDLED_TTF)) {
      addPages(document, pages, PDTrueTypeFont.load(document, ttf, WinAnsiEncoding.INSTANCE));
      document.save(file.toFile());
    }
    return file;
  }

  /** A PDF that opens only with the user password. */
  public static Path writeEncrypted(Path file, List<List<String>> pages, String userPassword)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      addPages(document, pages, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy(
              "ägare-" + userPassword, userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(file.toFile());
    }
    return file;
  }

  private static void addPages(PDDocument document, List<List<String>> pages, PDFont font)
      throws IOException {
    for (List<String> lines : pages) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, FONT_SIZE);
        content.setLeading(LEADING);
        content.newLineAtOffset(LEFT, TOP);
        for (String line : lines) {
          content.showText(line);
          content.newLine();
        }
        content.endText();
      }
    }
  }

  /**
   * Text set where a layout program sets it: each run at its own place, in its own size, bold or
   * not; runs on one baseline make one line, and no space is drawn between runs.
   */
  public record Run(float x, float y, float size, boolean bold, String text) {}

  /** A one-page PDF of runs placed on the page. */
  public static Path writeRuns(Path file, List<Run> runs) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        for (Run run : runs) {
          content.beginText();
          content.setFont(run.bold() ? bold : regular, run.size());
          content.newLineAtOffset(run.x(), run.y());
          content.showText(run.text());
          content.endText();
        }
      }
      document.save(file.toFile());
    }
    return file;
  }
}
