package se.namndkoll.ingest.extract;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's cache of resources that builds its simple TrueType fonts as {@link
 * DeferredTrueTypeFont}s: the first time a page asks for such a font, the font comes from here
 * instead of PDFBox's factory, and later pages get the same one. Every other font, and every other
 * resource, is built and kept as PDFBox does.
 */
final class DeferredFontCache extends DefaultResourceCache {

  @Override
  public PDFont getFont(COSObject indirect) {
    PDFont font = super.getFont(indirect);
    if (font == null) {
      font = DeferredTrueTypeFont.of(indirect.getObject());
      if (font != null) {
        put(indirect, font);
      }
    }
    return font;
  }
}
