package se.namndkoll.ingest.segment;

import java.time.LocalDate;
import se.namndkoll.model.Dnr;

/**
 * What stands above an ärende's decision heading: the header block (Handläggare, Datum, Instans,
 * Dnr, § number) and the title.
 *
 * @param start the first line of the head (header block or title)
 * @param title the title, empty when none stands above the decision
 * @param titleStart the title's first line, or the decision line when there is no title
 * @param hasHeader a header block with a Dnr, § number or Handläggare stands above the title
 * @param marker a document-type line ("Tjänsteskrivelse", "Alternativt förslag"), or null
 */
record Head(
    int start,
    String title,
    int titleStart,
    boolean hasHeader,
    Dnr dnr,
    String paragraph,
    String handlaggare,
    LocalDate date,
    String instans,
    String marker) {}
