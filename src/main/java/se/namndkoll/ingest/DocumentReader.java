package se.namndkoll.ingest;

import java.nio.file.Path;
import java.util.List;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.extract.DocumentExtractor;
import se.namndkoll.ingest.extract.ExtractedText;
import se.namndkoll.ingest.extract.Extractor;
import se.namndkoll.ingest.extract.UnreadableFileException;
import se.namndkoll.ingest.normalise.Normaliser;
import se.namndkoll.ingest.segment.Segmenter;
import se.namndkoll.model.Document;
import se.namndkoll.model.Line;
import se.namndkoll.model.Reading;

/**
 * Reads one file into the document model: extract its text, normalise it, segment it. The one
 * entry point of the ingest step; safe to use from several threads.
 */
public final class DocumentReader {

  private final Extractor extractor;
  private final Normaliser normaliser = new Normaliser();
  private final Segmenter segmenter = new Segmenter();

  public DocumentReader(Extractor extractor) {
    this.extractor = extractor;
  }

  /** Reads every supported type with the default limits. */
  public static DocumentReader standard() {
    return new DocumentReader(new DocumentExtractor()::extract);
  }

  /** The document in the file; a file that cannot be read is a NamndkollException naming it. */
  public Document read(Path file) {
    return read(file, file.toString());
  }

  /** The document in the file, named as the user knows it (standard input read into a file). */
  public Document read(Path file, String source) {
    ExtractedText text = extractor.extract(file);
    return read(source, text);
  }

  /**
   * The document in the file, or why it cannot be read: what a run over many files wants, where one
   * bad file is a finding and never the end of the run.
   */
  public Reading reading(Path file) {
    try {
      return new Reading.Parsed(read(file));
    } catch (UnreadableFileException e) {
      return new Reading.Unreadable(file.toString(), e.reason());
    } catch (NamndkollException e) {
      return new Reading.Unreadable(file.toString(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Reading.Unreadable(file.toString(), "unreadable: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse("")));
    }
  }

  /** The document in text already extracted. */
  public Document read(String source, ExtractedText text) {
    List<Line> lines = normaliser.normalise(text);
    return segmenter.segment(source, text.mediaType(), text.pageCount(), lines).withNotes(text.notes())
        .withScanned(text.scanned());
  }
}
