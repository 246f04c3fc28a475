package se.namndkoll.ingest.extract;

import java.io.IOException;
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

  DetectedType detect(Path file) {
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
