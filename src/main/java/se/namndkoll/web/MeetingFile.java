package se.namndkoll.web;

import java.util.List;
import java.util.Map;
import se.namndkoll.index.ArchiveEntry;
import se.namndkoll.report.Kinds;

/**
 * One file of a meeting as its page shows it: the document, its agenda's items, its ärenden.
 *
 * @param agenda the agenda's items, one a line, or empty where the file has none
 */
public record MeetingFile(String fileId, String name, String docKind, Integer agendaPage, List<AgendaLine> agenda,
    List<ArchiveEntry> arenden) {

  /** An item of the agenda, with the page of the ärende it names where the meeting's files hold one. */
  public record AgendaLine(String text, String url) {}

  /** The document's kind as a heading writes it ("Protokoll"). */
  public String label() {
    String kind = Kinds.swedish(docKind);
    return kind == null || kind.isEmpty() ? "Handling" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }

  /** Protocols first, then notices, then the rest. */
  int order() {
    return "protokoll".equals(docKind) ? 0 : "kallelse".equals(docKind) ? 1 : 2;
  }

  static MeetingFile of(String fileId, List<ArchiveEntry> entries, Map<String, String> arendeByTitle) {
    ArchiveEntry agenda = entries.stream().filter(e -> "meeting".equals(e.type())).findFirst().orElse(null);
    List<ArchiveEntry> arenden = entries.stream().filter(e -> "arende".equals(e.type())).toList();
    String source = entries.get(0).source();
    String name = source == null ? fileId : ArendePage.fileName(source);
    List<AgendaLine> items = agenda == null || agenda.text() == null ? List.of()
        : agenda.text().lines().map(String::strip).filter(l -> !l.isEmpty())
            .map(l -> new AgendaLine(l, link(l, arendeByTitle))).toList();
    return new MeetingFile(fileId, name, entries.get(0).docKind(), agenda == null ? null : agenda.page(), items, arenden);
  }

  /** The ärende an agenda line names: the longest title of the meeting's ärenden it starts with, after its number. */
  private static String link(String line, Map<String, String> arendeByTitle) {
    String text = line.replaceFirst("^\\d+[.)]?\\s*", "");
    String best = null;
    for (String title : arendeByTitle.keySet()) {
      if (text.startsWith(title) && (best == null || title.length() > best.length())) {
        best = title;
      }
    }
    return best == null ? null : Links.arende(arendeByTitle.get(best));
  }

  /** The link to the file, at its agenda's page where it has one. */
  public String sourceUrl() {
    return Links.source(fileId, agendaPage);
  }
}
