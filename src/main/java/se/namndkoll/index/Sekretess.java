package se.namndkoll.index;

import java.util.ArrayList;
import java.util.List;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.Line;

/**
 * What may be kept of a document in the archive: the content of an ärende covered by secrecy
 * (Offentlighets- och sekretesslagen) is never indexed or stored, only its title and Dnr.
 */
final class Sekretess {

  private Sekretess() {}

  static Document withoutSecrets(Document d) {
    if (d.arenden().stream().noneMatch(Arende::sekretess)) {
      return d;
    }
    List<Arende> arenden = new ArrayList<>();
    List<int[]> secret = new ArrayList<>();
    for (Arende a : d.arenden()) {
      if (!a.sekretess()) {
        arenden.add(a);
        continue;
      }
      Integer from = a.location().lineStart();
      Integer to = a.location().lineEnd();
      if (from != null && to != null) {
        // the title's lines stay: the title is public, the rest is not
        secret.add(new int[] {from, to});
      }
      arenden.add(new Arende(a.dnr(), a.dnrSource(), a.title(), a.kind(), true, a.standing(), a.namnd(), a.agendaNo(),
          a.paragraph(), a.handlaggare(), a.date(), List.of(), List.of(), List.of(), null, a.signatories(), List.of(),
          a.location()));
    }
    List<Line> lines = new ArrayList<>(d.lines().size());
    for (Line l : d.lines()) {
      boolean inside = secret.stream().anyMatch(r -> l.lineNo() >= r[0] && l.lastLineNo() <= r[1]);
      boolean isTitle = d.arenden().stream().anyMatch(a -> a.sekretess() && l.text().contains(a.title()) && !a.title().isEmpty());
      lines.add(inside && !isTitle ? new Line("", l.lineNo(), l.lastLineNo(), l.page(), false) : l);
    }
    return new Document(d.source(), d.mediaType(), d.pageCount(), d.kind(), d.meetings(), d.agenda(), arenden,
        d.delegation(), d.anmalningar(), d.tables(), d.statements(), lines);
  }
}
