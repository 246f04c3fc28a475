package se.namndkoll.rules.facts;

import java.time.LocalDate;
import se.namndkoll.model.Dnr;

/**
 * The eight fields every fact a finding can point at shares: the document, the nämnd and meeting,
 * the ärende (Dnr and title), the place and a short quote.
 *
 * @param source the document's file
 * @param namnd the nämnd, one spelling per sweep, or {@code null}
 * @param meetingDate the meeting the document belongs to, or {@code null}
 * @param dnr the ärende's Dnr as shown to users ({@link Dnr#normalised}), or {@code null}
 * @param title the ärende's title, or {@code null}
 * @param page the page, or {@code null}
 * @param line the line, or {@code null}
 * @param evidence a short quote from the document, never with a personnummer in clear
 */
public record About(
    String source, String namnd, LocalDate meetingDate, String dnr, String title, Integer page, Integer line,
    String evidence) {

  /** The Dnr as facts are matched by ({@link Dnr#key}), or {@code null}. */
  public String dnrKey() {
    return Dnr.keyOf(dnr);
  }
}
