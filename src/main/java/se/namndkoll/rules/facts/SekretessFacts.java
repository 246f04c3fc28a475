package se.namndkoll.rules.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Location;
import se.namndkoll.model.Sekretess;

/**
 * The {@link SekretessAssumed} facts: what the reader took as secret by what the text says, not by
 * a mark; once per ärende, or once for the document.
 */
final class SekretessFacts {

  private final Placement placement;

  SekretessFacts(Placement placement) {
    this.placement = placement;
  }

  void add(Placed p, List<Object> out) {
    Sekretess said = p.doc().sekretess();
    if (said.statements().isEmpty()) {
      return;
    }
    Location first = said.statements().get(0);
    if (said.whole()) {
      out.add(new SekretessAssumed(p.about(p.namnd(), null, null, first.pageStart(), first.lineStart(),
          "Rad " + first.lineStart() + " säger att något i handlingen omfattas av sekretess"), true));
      return;
    }
    Set<Arende> told = new HashSet<>();
    for (Location at : said.statements()) {
      Arende a = at.lineStart() == null ? null : Arenden.at(p.doc().arenden(), at.lineStart());
      if (a != null && told.add(a)) {
        out.add(new SekretessAssumed(p.about(placement.namndOf(a, p), a.dnrNormalised(), a.title(), at.pageStart(),
            at.lineStart(), Evidence.quote(a.title())), false));
      }
    }
  }
}
