package se.namndkoll.ingest.extract;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A scanned page cleaned of specks before OCR: dark spots of a few pixels standing alone, as dust
 * on the glass and toner give them, which Tesseract takes for full stops and commas and which split
 * the words around them. A spot is kept when it is as large as the dot of an i at the page's
 * resolution or touches anything larger.
 */
final class Despeckle {

  /** Pixels darker than this are ink. */
  private static final int DARK = 160;

  private Despeckle() {}

  /**
   * The page, in 8-bit grey, with every dark spot of at most {@code maxArea} pixels made white. The
   * image is changed in place and returned.
   */
  static BufferedImage clean(BufferedImage gray, int maxArea) {
    BufferedImage image = gray.getType() == BufferedImage.TYPE_BYTE_GRAY ? gray : toGray(gray);
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    boolean[] seen = new boolean[w * h];
    int[] spot = new int[maxArea + 1];
    int[] stack = new int[w * h > 1 << 20 ? 1 << 20 : w * h];
    for (int start = 0; start < px.length; start++) {
      if (seen[start] || (px[start] & 0xFF) >= DARK) {
        continue;
      }
      // walk the spot, 8-connected, remembering its first pixels; stop remembering past maxArea
      int size = 0;
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      boolean large = false;
      while (top > 0) {
        int i = stack[--top];
        if (size <= maxArea) {
          spot[Math.min(size, maxArea)] = i;
        }
        size++;
        int x = i % w;
        int y = i / w;
        for (int dy = -1; dy <= 1; dy++) {
          int ny = y + dy;
          if (ny < 0 || ny >= h) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            if (nx < 0 || nx >= w || (dx == 0 && dy == 0)) {
              continue;
            }
            int n = ny * w + nx;
            if (!seen[n] && (px[n] & 0xFF) < DARK) {
              seen[n] = true;
              if (top < stack.length) {
                stack[top++] = n;
              } else {
                large = true;
              }
            }
          }
        }
      }
      if (!large && size <= maxArea) {
        for (int k = 0; k < size; k++) {
          px[spot[k]] = (byte) 0xFF;
        }
      }
    }
    return image;
  }

  private static BufferedImage toGray(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    out.getGraphics().drawImage(image, 0, 0, null);
    return out;
  }
}
