package se.namndkoll.index;

/**
 * A record of the archive as a meeting's page lists it: a meeting's agenda or an ärende, with the
 * file it was read from.
 *
 * @param type {@code meeting} (a document's agenda) or {@code arende}
 * @param docKind the kind of document it was read from ("kallelse", "protokoll" …)
 * @param fileId the id of that file in the archive (what {@link ArchiveSearch#file} takes)
 * @param text a meeting's agenda, one item a line; {@code null} for an ärende
 */
public record ArchiveEntry(String id, String type, String docKind, String fileId, String source, String title,
    String dnr, String paragraph, String kind, Integer page, boolean sekretess, String text) {

  /** The id the archive gives the file at this path, as it was ingested (or as a finding names it). */
  public static String fileIdOfPath(String path) {
    return DocumentIndexer.shortHash(IngestService.key(java.nio.file.Path.of(path)));
  }

  /** The file id of a record's id: records of one file share its id before the dash. */
  public static String fileIdOf(String id) {
    int dash = id.indexOf('-');
    return dash < 0 ? id : id.substring(0, dash);
  }
}
