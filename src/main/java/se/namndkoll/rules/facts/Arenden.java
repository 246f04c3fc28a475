package se.namndkoll.rules.facts;

import java.util.List;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.Location;

/** The ärende a place in a document belongs to. */
final class Arenden {

  private Arenden() {}

  /** The ärende whose own lines hold the place, or {@code null}. */
  static Arende at(Document d, Location loc) {
    if (loc.lineStart() == null) {
      return null;
    }
    for (Arende a : d.arenden()) {
      Location at = a.location();
      if (at != null && at.lineStart() != null && at.lineEnd() != null
          && at.lineStart() <= loc.lineStart() && loc.lineStart() <= at.lineEnd()) {
        return a;
      }
    }
    return null;
  }

  /** The last ärende whose lines or attachments hold the line, or {@code null}. */
  static Arende at(List<Arende> arenden, int line) {
    Arende best = null;
    for (Arende a : arenden) {
      Location loc = a.location();
      if (loc != null && loc.lineStart() != null && loc.lineStart() <= line) {
        if (loc.lineEnd() == null || line <= loc.lineEnd()) {
          best = a;
        } else if (a.attachments().stream().anyMatch(x -> x.location() != null && x.location().lineStart() != null
            && x.location().lineStart() <= line && (x.location().lineEnd() == null || line <= x.location().lineEnd()))) {
          best = a;
        }
      }
    }
    return best;
  }
}
