package se.namndkoll.ingest.extract;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's cache of resources that builds its simple TrueType fonts as {@link
 * DeferredTrueTypeFont}s, and keeps every font for as long as the document is read.
 *
 * <p>The first time a page asks for a simple TrueType font, the font comes from here instead of
 * PDFBox's factory. PDFBox's text stripper lets go of a page's fonts when the page is done (to
 * bound the memory of very long documents), so the next page that uses a font builds it again, up
 * to three times before PDFBox keeps it: here a font is built once per document, which is read
 * and closed in one go. Every other resource is built and kept as PDFBox does.
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

  /** Fonts stay: a document's fonts are few, and building one again costs more than keeping it. */
  @Override
  public PDFont removeFont(COSObject indirect) {
    return null;
  }
}
