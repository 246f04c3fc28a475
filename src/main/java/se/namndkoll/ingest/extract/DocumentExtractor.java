package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Extracts the text of one file, line by line: PDF through PDFBox (with how its lines look), Word
 * (DOCX, DOC), OpenDocument, RTF and other office files through Tika; HTML through Jsoup; plain text and markdown exactly as in the file.
 *
 * <p>Order of work: the file is checked (exists, a regular readable file, within the size limit,
 * not empty) before a byte of it is read; a zip container is checked for a zip bomb before a parser
 * sees it; the type is detected from the content; a PDF is checked for being complete; then the
 * reader for the type runs on a worker thread under the time limit, counting characters against the
 * character limit.
 *
 * <p>Every bad input ends in an {@link UnreadableFileException} with one line: the file as given,
 * a colon, the reason ("corpus/x.pdf: encrypted PDF, no password given"). The cause, for a log, is
 * attached.
 *
 * <p>Thread-safe: one instance serves any number of threads at once. The Tika parser (about a
 * second to build) is built on first use of an office file and shared.
 */
public final class DocumentExtractor {

  private final ExtractionLimits limits;
  private final TimeLimitedRunner runner = new TimeLimitedRunner();
  private final TypeDetector detector = new TypeDetector();
  private final ZipBombGuard zipGuard;
  private final PdfReader pdf = new PdfReader();
  private final TikaReader tika = new TikaReader();
  private final HtmlReader html = new HtmlReader();
  private final TextFileReader text = new TextFileReader();

  public DocumentExtractor(ExtractionLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.zipGuard = new ZipBombGuard(limits.maxCompressionRatio());
  }

  public DocumentExtractor() {
    this(ExtractionLimits.defaults());
  }

  /** Starts building the extraction machinery in the background (it costs about a second). */
  public static void warmUp() {
    TikaRuntime.warmUpInBackground();
  }

  public ExtractionLimits limits() {
    return limits;
  }

  /**
   * The text of the file.
   *
   * @throws UnreadableFileException the file is missing, unreadable, too large, empty, of a type not
   *     read, encrypted, corrupt, a zip bomb, or its extraction passed a limit
   */
  public ExtractedText extract(Path file) {
    Objects.requireNonNull(file, "file");
    Path copy = null;
    try {
      long size = FileChecks.check(file, limits.maxFileBytes());
      copy = NameCopies.copyIfNameIsLost(file);
      Path readable = copy == null ? file : copy;
      ExtractedText text = runner.run(() -> extractChecked(readable, size), limits.timeout());
      return copy == null ? text : text.withNote(NameCopies.NOTE);
    } catch (ExtractionFailure e) {
      throw new UnreadableFileException(file, e.reason(), e);
    } catch (UncheckedIOException e) {
      throw new UnreadableFileException(file, ioReason(e.getCause()), e);
    } catch (RuntimeException e) {
      throw new UnreadableFileException(file, "unreadable (" + TikaFailures.shortReason(e) + ")", e);
    } finally {
      NameCopies.delete(copy);
    }
  }

  private ExtractedText extractChecked(Path file, long size) {
    byte[] head = FileChecks.head(file, size);
    if (ZipBombGuard.isZip(head)) {
      zipGuard.check(file);
    }
    DetectedType type = detector.detect(file);
    if (type.documentType() == DocumentType.PDF) {
      PdfEndCheck.check(file);
    }
    ExtractedText extracted =
        switch (type.documentType().reader()) {
          case PDF -> pdf.read(file, type, limits.maxCharacters());
          case TIKA -> tika.read(file, type, limits.maxCharacters());
          case HTML -> html.read(file, type, limits.maxCharacters());
          case TEXT -> text.read(file, type, limits.maxCharacters());
        };
    requireText(extracted, type);
    return extracted;
  }

  private static void requireText(ExtractedText extracted, DetectedType type) {
    boolean hasText = extracted.lines().stream().map(RawLine::text).anyMatch(t -> !t.isBlank());
    if (hasText) {
      return;
    }
    if (type.documentType() == DocumentType.PDF) {
      int pages = extracted.pageCount();
      throw new ExtractionFailure(
          "no text found in "
              + pages
              + (pages == 1 ? " page" : " pages")
              + " (scanned images? text recognition, OCR, is not done)");
    }
    if (type.documentType() == DocumentType.TEXT) {
      throw new ExtractionFailure("empty file");
    }
    throw new ExtractionFailure("no text found in the " + type.documentType().label());
  }

  private static String ioReason(IOException e) {
    if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
      return FileProblems.file(e);
    }
    return "cannot read the file (" + TikaFailures.shortReason(e) + ")";
  }
}
