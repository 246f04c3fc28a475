package se.namndkoll.ingest.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * How much of a page its images cover, as drawn: a scanned page is one image over the whole sheet,
 * where a typed page shows at most a logo. Only images are measured; paths and text are passed over.
 */
final class PageImages extends PDFGraphicsStreamEngine {

  private double area;

  private PageImages(PDPage page) {
    super(page);
  }

  /** The share of the page's area its images cover, 0–1 (overlaps counted twice, capped at 1). */
  static double coverage(PDPage page) {
    PDRectangle box = page.getCropBox();
    double pageArea = (double) box.getWidth() * box.getHeight();
    if (pageArea <= 0) {
      return 0;
    }
    PageImages images = new PageImages(page);
    try {
      images.processPage(page);
    } catch (IOException | RuntimeException e) {
      // what was drawn before the page's content failed counts
    }
    return Math.min(1, images.area / pageArea);
  }

  @Override
  public void drawImage(PDImage pdImage) {
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    area += Math.abs((double) m.getScaleX() * m.getScaleY() - (double) m.getShearX() * m.getShearY());
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {}

  @Override
  public void lineTo(float x, float y) {}

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float();
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {}

  @Override
  public void strokePath() {}

  @Override
  public void fillPath(int windingRule) {}

  @Override
  public void fillAndStrokePath(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}

  @Override
  public void showTextString(byte[] string) {}

  @Override
  public void showTextStrings(COSArray array) {}
}
