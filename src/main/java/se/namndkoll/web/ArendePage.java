package se.namndkoll.web;

import java.util.List;
import se.namndkoll.index.ArchiveEntry;
import se.namndkoll.index.SearchHit;
import se.namndkoll.index.ShownArende;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Section;
import se.namndkoll.report.Kinds;

/**
 * An ärende's page: its head, its sections (none for a sekretess ärende: only its title and Dnr),
 * the meeting it belongs to, its source document at its page, and its history (the same Dnr at
 * other meetings).
 */
public record ArendePage(String id, String title, String dnr, String paragraph, String kind, String namnd,
    String date, boolean sekretess, List<Section> sections, String sourceName, String sourceUrl, String meetingUrl,
    List<SearchHit> history) {

  static ArendePage of(ShownArende shown, List<SearchHit> history) {
    Arende a = shown.arende();
    Integer page = a.location() == null ? null : a.location().pageStart();
    return new ArendePage(shown.id(), a.title(), a.dnr() == null ? null : a.dnr().full(), a.paragraph(),
        a.kind() == null ? null : Kinds.swedish(a.kind().id()), shown.namnd(), shown.meetingDate(), a.sekretess(),
        a.sekretess() ? List.of() : a.sections(), fileName(shown.source()),
        Links.source(ArchiveEntry.fileIdOf(shown.id()), page), Links.meeting(shown.namnd(), shown.meetingDate()),
        history);
  }

  /** The findings page for the ärende's nämnd. */
  public String findingsUrl() {
    return FindingsFilter.url(new FindingsFilter(namnd, null, null));
  }

  /** A path's last part: the pages name a file, never where it lies on the server. */
  static String fileName(String source) {
    if (source == null) {
      return null;
    }
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }
}
