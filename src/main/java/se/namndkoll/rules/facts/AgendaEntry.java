package se.namndkoll.rules.facts;

import java.time.LocalDate;

/**
 * An item of a meeting's ärendelista.
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
    int no,
    boolean standing,
    boolean sekretess,
    boolean hasDocument)
    implements Subject {}
