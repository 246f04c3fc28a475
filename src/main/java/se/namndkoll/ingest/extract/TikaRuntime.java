package se.namndkoll.ingest.extract;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * The Tika objects, each built once per JVM on first use (holder idiom: lazy and thread-safe). The
 * detector (Tika's MIME database, about 0.4 s) is needed for every file; the parser only for PDF
 * and office files.
 *
 * <p>The parser is an {@link AutoDetectParser} over the parsers for the formats namndkoll reads,
 * not Tika's full set: cheaper to build, and no parser for some other format (or one that runs an
 * external program such as Tesseract) can be reached by a crafted file.
 */
final class TikaRuntime {

  private TikaRuntime() {}

  static Detector detector() {
    return DetectorHolder.DETECTOR;
  }

  static MediaTypeRegistry registry() {
    return DetectorHolder.REGISTRY;
  }

  static Parser parser() {
    return ParserHolder.PARSER;
  }

  /**
   * Builds the detector and the parser on a background thread, so that a one-shot command that
   * will read documents gets them while the rest of the program starts.
   */
  static void warmUpInBackground() {
    Thread t = new Thread(() -> {
      try {
        parser();
        new PDDocument().close();
      } catch (RuntimeException | IOException | LinkageError e) {
        // a failure here shows again, with its message, when a document is read
      }
    }, "namndkoll-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static final class DetectorHolder {
    static final MediaTypeRegistry REGISTRY =
        MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    static final Detector DETECTOR = new DefaultDetector();
  }

  private static final class ParserHolder {
    static final Parser PARSER =
        new AutoDetectParser(
            DetectorHolder.DETECTOR,
            new PDFParser(),
            new OOXMLParser(),
            new OfficeParser(),
            new OpenDocumentParser(),
            new RTFParser());
  }
}
