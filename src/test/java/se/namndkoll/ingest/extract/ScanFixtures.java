package se.namndkoll.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Scans made in the tests: a PDF's pages rendered to images and put into a PDF of images only. */
public final class ScanFixtures {

  private ScanFixtures() {}

  /** Why scans cannot be read by OCR on this machine, as the program says it; {@code null} when they can. */
  public static String ocrUnavailable() {
    return TesseractOcr.standard().unavailable();
  }

  /** The PDF as a scanner gives it: each page an image at the resolution, no text layer. */
  public static Path imageOnly(Path pdf, Path out, int dpi) throws IOException {
    try (PDDocument source = Loader.loadPDF(pdf.toFile()); PDDocument scan = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        PDRectangle box = source.getPage(i).getMediaBox();
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        PDPage page = new PDPage(box);
        scan.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(scan, image);
        try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
          content.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
        }
      }
      scan.save(out.toFile());
    }
    return out;
  }
}
