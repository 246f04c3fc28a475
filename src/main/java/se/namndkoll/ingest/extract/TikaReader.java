package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * PDF and office files with Tika, through {@link XhtmlLineHandler}.
 *
 * <p>Pages: a PDF gives one {@code <div class="page">} per page, so its lines carry page numbers
 * 1..n and the page count is the number of pages. Office formats give no pages: their lines carry
 * page 0, and the page count is the one the file's metadata states (what Word counted when it last
 * saved, {@code xmpTPg:NPages} / {@code meta:page-count}), or 0.
 *
 * <p>PDF settings: text in content-stream order (no sorting by position, Tika's default, which
 * keeps columns apart), no inline images, no OCR, no annotations, bookmarks or form fields (text
 * that is not on the page). Office settings: headers and footers kept (page furniture is the
 * normaliser's), deleted text and macros left out; DOCX and PPTX are read by Tika's streaming (SAX)
 * extractors, because the default DOM ones hold the whole document XML in memory: a 60 MB {@code
 * document.xml}, which compresses below any zip bomb ratio, exhausts a 512 MB heap long before the
 * character limit stops the parse. Embedded documents (an Excel sheet inside a Word file, a file
 * attached to a PDF) are not read.
 */
final class TikaReader {

  private static final EmbeddedDocumentExtractor NO_EMBEDDED =
      new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
          return false;
        }

        @Override
        public void parseEmbedded(
            InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
          // never called: shouldParseEmbedded says no
        }
      };

  ExtractedText read(Path file, DetectedType type, long maxCharacters) {
    LineCollector lines = new LineCollector(maxCharacters);
    Metadata metadata = new Metadata();
    Path name = file.getFileName();
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.toString());
    }
    try (TikaInputStream in = TikaInputStream.get(file)) {
      TikaRuntime.parser().parse(in, new XhtmlLineHandler(lines), metadata, context());
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      throw lines.failure(e, type.documentType());
    }
    List<RawLine> result = lines.finishUnlessStopped();
    int pages = lines.pages() > 0 ? lines.pages() : statedPages(metadata);
    return new ExtractedText(type.mediaTypeName(), pages, result);
  }

  private static int statedPages(Metadata metadata) {
    for (String value :
        new String[] {metadata.get(PagedText.N_PAGES), metadata.get(Office.PAGE_COUNT)}) {
      if (value != null) {
        try {
          return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
          // not a number: try the next, else no count
        }
      }
    }
    return 0;
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdfConfig());
    context.set(OfficeParserConfig.class, officeConfig());
    context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
    return context;
  }

  private static PDFParserConfig pdfConfig() {
    PDFParserConfig config = new PDFParserConfig();
    config.setSortByPosition(false);
    config.setExtractInlineImages(false);
    config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    config.setExtractAnnotationText(false);
    config.setExtractBookmarksText(false);
    config.setExtractAcroFormContent(false);
    config.setExtractActions(false);
    config.setExtractFontNames(false);
    return config;
  }

  private static OfficeParserConfig officeConfig() {
    OfficeParserConfig config = new OfficeParserConfig();
    config.setIncludeHeadersAndFooters(true);
    config.setIncludeDeletedContent(false);
    config.setIncludeMoveFromContent(false);
    config.setExtractMacros(false);
    config.setUseSAXDocxExtractor(true);
    config.setUseSAXPptxExtractor(true);
    return config;
  }
}
