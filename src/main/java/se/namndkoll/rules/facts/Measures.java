package se.namndkoll.rules.facts;

import java.time.LocalDate;
import se.namndkoll.model.Dnr;

/**
 * Measures against a deficit decided or proposed: an ärende about a handlingsplan or åtgärder, or
 * a deficit document that states its own measures.
 *
 * @param source the document, for measures stated in a deficit's own document
 */
public record Measures(String namnd, LocalDate meetingDate, String dnr, String source, String text) {

  /** The Dnr as facts are matched by, the same however it is written, or {@code null}. */
  public String dnrKey() {
    return Dnr.keyOf(dnr);
  }
}
