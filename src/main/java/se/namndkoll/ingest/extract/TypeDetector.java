package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Finds what a file is from its content, with Tika; the name is only a hint. The content decides,
 * except where the name only makes it more precise (text that a {@code .md} name makes markdown, an
 * HTML fragment without {@code <html>} in a {@code .html} file, a generic OLE container in a {@code
 * .doc} file), and where a text name ({@code .txt}, {@code .md}) keeps a text file with HTML tags
 * in it (text converted from a web page) a text file, read line by line. A name that promises a
 * binary document (PDF, Word...) while the content is text or unrecognised bytes is reported as
 * "not a PDF": a download that saved a server's error page as {@code x.pdf} must not be read as the
 * document.
 */
final class TypeDetector {

  /** Tika's type for a Microsoft Office file encrypted with a password. */
  private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

  /** What every PDF starts with; Tika's own magic for PDF looks for the same. */
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private static final DetectedType PDF = new DetectedType(MediaType.application("pdf"), DocumentType.PDF);

  DetectedType detect(Path file) {
    if (namedAndMadeAsPdf(file)) {
      return PDF;
    }
    Detector detector = TikaRuntime.detector();
    MediaType byContent = byContent(detector, file);
    MediaType byName = byName(detector, file);
    MediaType type = refine(byContent, byName);

    if (type.equals(OOXML_PROTECTED)) {
      String label = DocumentType.of(byName).map(DocumentType::label).orElse("Office document");
      throw new ExtractionFailure("encrypted " + label + ", no password given");
    }
    Optional<DocumentType> named = DocumentType.of(byName).filter(t -> !t.isText());
    Optional<DocumentType> found = DocumentType.of(type);
    if (named.isPresent() && found.map(DocumentType::isText).orElse(true)) {
      throw new ExtractionFailure(
          "not a " + named.get().label() + ": the content is " + type.getBaseType());
    }
    return found
        .map(t -> new DetectedType(type, t))
        .orElseThrow(() -> new ExtractionFailure("unsupported type " + type.getBaseType()));
  }

  /**
   * True for a {@code .pdf} file that starts as a PDF does: what Tika would find, without running
   * its hundreds of content patterns (a tenth of the time a PDF of a few pages takes to read).
   */
  private static boolean namedAndMadeAsPdf(Path file) {
    Path name = file.getFileName();
    if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      return false;
    }
    byte[] start = new byte[PDF_MAGIC.length];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(start, 0, start.length) == start.length && Arrays.equals(start, PDF_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static MediaType refine(MediaType byContent, MediaType byName) {
    if (byContent.equals(MediaType.OCTET_STREAM) || byName.equals(MediaType.OCTET_STREAM)) {
      return byContent;
    }
    if (DocumentType.of(byName).filter(t -> t == DocumentType.TEXT).isPresent()
        && DocumentType.of(byContent).filter(t -> t == DocumentType.HTML).isPresent()) {
      return byName;
    }
    MediaTypeRegistry registry = TikaRuntime.registry();
    return registry.isSpecializationOf(byName, byContent) ? byName : byContent;
  }

  private static MediaType byContent(Detector detector, Path file) {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return detector.detect(in, new Metadata());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MediaType byName(Detector detector, Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return MediaType.OCTET_STREAM;
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name.toString());
    try {
      return detector.detect(null, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
