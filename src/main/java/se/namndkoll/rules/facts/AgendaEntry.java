package se.namndkoll.rules.facts;

import java.time.LocalDate;

/**
 * An item of a meeting's ärendelista.
 *
 * @param no the item's number, {@code null} where the list gives none
 *
 * @param hasDocument the meeting's package (its kallelse, its other files) holds the item's
 *     decision document
 */
public record AgendaEntry(
    String source,
    String namnd,
    LocalDate meetingDate,
    String dnr,
    String title,
    Integer page,
    Integer line,
    String evidence,
    Integer no,
    boolean standing,
    boolean sekretess,
    boolean hasDocument)
    implements Subject {

  /** How a message names the item: "Punkt 3", or "Punkten ”Val av justerare”" where it has no number. */
  public String point() {
    return no == null ? "Punkten ”" + title + "”" : "Punkt " + no;
  }
}
