package se.namndkoll.rules.facts;


/**
 * An item of a meeting's ärendelista.
 *
 * @param no the item's number, {@code null} where the list gives none
 *
 * @param documentsLater the list says the item's documents come later
 * @param hasDocument the meeting's package (its kallelse, its other files) holds the item's
 *     decision document
 */
public record AgendaEntry(
    About about,
    Integer no,
    boolean standing,
    boolean sekretess,
    boolean hasDocument,
    boolean documentsLater)
    implements AboutFact {

  /** What the finding says is missing, and what the list says of it. */
  public String missing() {
    return point() + " på ärendelistan har ingen handling i utskicket"
        + (documentsLater ? "; enligt listan kommer den senare." : ".");
  }

  /** How a message names the item: "Punkt 3", or "Punkten ”Val av justerare”" where it has no number. */
  public String point() {
    return no == null ? "Punkten ”" + title() + "”" : "Punkt " + no;
  }
}
