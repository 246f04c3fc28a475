package se.namndkoll.rules.facts;

import java.util.List;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Location;

/** The {@link AgendaEntry} facts: each item of a kallelse's ärendelista, and whether its package holds its document. */
final class AgendaFacts {

  private AgendaFacts() {}

  static void add(Placed p, Packages packages, List<Object> out) {
    Document d = p.doc();
    if (d.agenda().isEmpty() || d.kind() != DocumentKind.KALLELSE) {
      return;
    }
    for (AgendaItem item : d.agenda()) {
      boolean has = false;
      for (Arende a : d.arenden()) {
        if (a.agendaNo() != null && a.agendaNo().equals(item.no()) || item.dnr() != null && item.dnr().sameAs(a.dnr())) {
          has = true;
          break;
        }
      }
      if (!has && item.dnr() != null && !item.dnr().isShort()) {
        has = packages.elsewhere(p, item.dnr());
      }
      Location loc = item.location() == null ? Location.UNKNOWN : item.location();
      String evidence = Evidence.quote((item.no() == null ? "" : item.no() + ". ") + item.title()
          + (item.dnr() == null ? "" : ", Dnr " + item.dnr().full()));
      About about = p.about(p.namnd(), item.dnr() == null ? null : item.dnr().normalised(), item.title(),
          loc.pageStart(), loc.lineStart(), evidence);
      out.add(new AgendaEntry(about, item.no(), item.standing(), item.sekretess(), has, item.documentsLater()));
    }
  }
}
