package se.namndkoll.model;

/**
 * An item of a kallelse's ärendelista or a protocol's föredragningslista.
 *
 * @param no the item number, {@code null} for an item the list gives no number (a table row whose
 *     number cell is empty)
 * @param title the title as written, without "(sekretess)"
 * @param dnr the item's registry number, {@code null} when the agenda gives none
 * @param sekretess marked as covered by secrecy
 * @param standing a standing item (upprop, information, övriga frågor) rather than an ärende
 * @param documentsLater the list says the item's documents come later ("handlingar senare", "delas
 *     ut på sammanträdet")
 */
public record AgendaItem(
    Integer no, String title, Dnr dnr, boolean sekretess, boolean standing, boolean documentsLater,
    Location location) {

  /** An item whose documents come with the package, as most do. */
  public AgendaItem(Integer no, String title, Dnr dnr, boolean sekretess, boolean standing, Location location) {
    this(no, title, dnr, sekretess, standing, false, location);
  }
}
