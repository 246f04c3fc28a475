package se.namndkoll.model;

/**
 * What reading one file gave: its document, or the reason it could not be read. The sweep, the
 * ingest and the archive all speak of a file this way; a file that could not be read is a finding
 * (INGEST-FAILED), never the end of a run.
 */
public sealed interface Reading {

  /** The file as given. */
  String source();

  /** The file was read into a document. */
  record Parsed(String source, Document document) implements Reading {

    public Parsed(Document document) {
      this(document.source(), document);
    }
  }

  /**
   * The file could not be read.
   *
   * @param reason why, in one line and without the file's name ("encrypted PDF, no password given")
   */
  record Unreadable(String source, String reason) implements Reading {}
}
