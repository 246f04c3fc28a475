package se.namndkoll.web;

import java.util.List;
import se.namndkoll.index.ArchiveEntry;

/**
 * One file of a meeting as its page shows it: the document, its agenda's items, its ärenden.
 *
 * @param agenda the agenda's items, one a line, or empty where the file has none
 */
public record MeetingFile(String fileId, String name, String docKind, Integer agendaPage, List<String> agenda,
    List<ArchiveEntry> arenden) {

  static MeetingFile of(String fileId, List<ArchiveEntry> entries) {
    ArchiveEntry agenda = entries.stream().filter(e -> "meeting".equals(e.type())).findFirst().orElse(null);
    List<ArchiveEntry> arenden = entries.stream().filter(e -> "arende".equals(e.type())).toList();
    String source = entries.get(0).source();
    String name = source == null ? fileId : ArendePage.fileName(source);
    List<String> items = agenda == null || agenda.text() == null ? List.of()
        : agenda.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return new MeetingFile(fileId, name, entries.get(0).docKind(), agenda == null ? null : agenda.page(), items, arenden);
  }

  /** The link to the file, at its agenda's page where it has one. */
  public String sourceUrl() {
    return Links.source(fileId, agendaPage);
  }
}
