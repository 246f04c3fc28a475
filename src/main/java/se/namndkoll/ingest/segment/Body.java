package se.namndkoll.ingest.segment;

import java.time.LocalDate;
import java.util.List;
import se.namndkoll.model.Section;
import se.namndkoll.model.Signatory;

/**
 * The body of a decision document, from its decision heading to its last line.
 *
 * @param end the last line of the decision document (signatures included)
 * @param closed the document visibly ended: with signatures, or with its closing lists
 */
record Body(
    List<Section> sections,
    List<String> beslutsunderlag,
    List<String> expedierasTill,
    LocalDate samverkanDate,
    List<Signatory> signatories,
    int end,
    boolean closed) {}
