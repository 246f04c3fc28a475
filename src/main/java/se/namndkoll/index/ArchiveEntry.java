package se.namndkoll.index;

import java.util.List;

/**
 * A record of the archive as a meeting's page lists it: a meeting's agenda or an ärende, with the
 * file it was read from.
 *
 * @param type {@code meeting} (a document's agenda) or {@code arende}
 * @param docKind the kind of document it was read from ("kallelse", "protokoll" …)
 * @param fileId the id of that file in the archive (what {@link ArchiveSearch#file} takes)
 * @param text a meeting's agenda, one item a line; {@code null} for an ärende
 * @param namnd the nämnd of the meeting (or of the ärende, where the document has no meeting)
 * @param meetingDate the meeting's day (YYYY-MM-DD), or {@code null}
 */
public record ArchiveEntry(String id, String type, String docKind, String fileId, String source, String title,
    String dnr, String paragraph, String kind, Integer page, boolean sekretess, String text, String namnd,
    String meetingDate) {

  /** One page of a listing, and how many there are in all. */
  public record Slice(List<ArchiveEntry> entries, long total) {}

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
