package se.namndkoll.ingest.extract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Scans made in the tests: a PDF's pages rendered to images and put into a PDF of images only, as a
 * scanner gives them, straight or with the slight skew and specks of a real one; and a scan with a
 * publisher's poor OCR layer over the images.
 */
public final class ScanFixtures {

  /**
   * How a page is scanned.
   *
   * @param dpi the resolution of the image
   * @param skewDegrees how far the sheet lay turned on the glass, clockwise
   * @param specks the share of pixels flipped to black or white, as dust and toner give them
   * @param seed where the specks fall
   */
  public record Scan(int dpi, double skewDegrees, double specks, long seed) {
    public static Scan straight(int dpi) {
      return new Scan(dpi, 0, 0, 0);
    }
  }

  private ScanFixtures() {}

  /** Why scans cannot be read by OCR on this machine, as the program says it; {@code null} when they can. */
  public static String ocrUnavailable() {
    return TesseractOcr.standard().unavailable();
  }

  /** The PDF as a scanner gives it: each page an image at the resolution, no text layer. */
  public static Path imageOnly(Path pdf, Path out, int dpi) throws IOException {
    return imageOnly(pdf, out, Scan.straight(dpi));
  }

  /** The PDF scanned as described: each page an image, no text layer. */
  public static Path imageOnly(Path pdf, Path out, Scan scan) throws IOException {
    return scanned(pdf, out, scan, false);
  }

  /**
   * The PDF scanned at the resolution with an invisible text layer a poor OCR put over each image:
   * letters and digits taken for others ("l(" for K, "rn" for m, a for ä, O for 0, $ for §), as scans
   * published by kommuner often carry.
   */
  public static Path withPoorTextLayer(Path pdf, Path out, int dpi) throws IOException {
    return scanned(pdf, out, Scan.straight(dpi), true);
  }

  private static Path scanned(Path pdf, Path out, Scan how, boolean poorLayer) throws IOException {
    try (PDDocument source = Loader.loadPDF(pdf.toFile()); PDDocument scan = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      PDFTextStripper text = new PDFTextStripper();
      Random random = new Random(how.seed());
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        PDRectangle box = source.getPage(i).getMediaBox();
        BufferedImage image = sheet(renderer.renderImageWithDPI(i, how.dpi(), ImageType.GRAY), how, random);
        PDPage page = new PDPage(box);
        scan.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(scan, image);
        try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
          content.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
          if (poorLayer) {
            text.setStartPage(i + 1);
            text.setEndPage(i + 1);
            invisibleLines(content, box, misread(text.getText(source)).lines().toList());
          }
        }
      }
      scan.save(out.toFile());
    }
    return out;
  }

  /** The page turned by the skew on a white sheet, with specks. */
  private static BufferedImage sheet(BufferedImage page, Scan how, Random random) {
    if (how.skewDegrees() == 0 && how.specks() == 0) {
      return page;
    }
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(how.skewDegrees()),
        page.getWidth() / 2.0, page.getHeight() / 2.0), null);
    g.dispose();
    long flips = Math.round(how.specks() * out.getWidth() * out.getHeight());
    for (long n = 0; n < flips; n++) {
      int x = random.nextInt(out.getWidth());
      int y = random.nextInt(out.getHeight());
      out.setRGB(x, y, random.nextBoolean() ? 0xFF000000 : 0xFFFFFFFF);
    }
    return out;
  }

  private static String misread(String text) {
    return text.replace("K", "l(").replace("m", "rn").replace("ä", "a").replace("ö", "o").replace("0", "O")
        .replace("§", "$");
  }

  private static void invisibleLines(PDPageContentStream content, PDRectangle box, List<String> lines)
      throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    content.beginText();
    content.setRenderingMode(RenderingMode.NEITHER);
    content.setFont(font, 10);
    content.newLineAtOffset(40, box.getHeight() - 40);
    for (String line : lines) {
      StringBuilder shown = new StringBuilder();
      line.codePoints().filter(c -> (c >= 32 && c < 127) || (c >= 160 && c < 256)).forEach(shown::appendCodePoint);
      content.showText(shown.toString());
      content.newLineAtOffset(0, -12);
    }
    content.endText();
  }
}
