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
 */
public record AgendaItem(
    Integer no, String title, Dnr dnr, boolean sekretess, boolean standing, Location location) {}
