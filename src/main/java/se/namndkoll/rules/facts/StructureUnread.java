package se.namndkoll.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.SectionKind;

/**
 * A document whose structure the reader could not find with confidence, and what it could not
 * find: a protocol or skrivelse with no ärende in it, a protocol whose paragraphs show no section
 * headings. The rules that need that structure are silent there; this says so, once.
 *
 * @param what what was not found, in Swedish
 */
public record StructureUnread(String source, String namnd, LocalDate meetingDate, String what) implements DocumentWide {

  /** Paragraphs fewer than this say nothing of whether a protocol's headings were read. */
  static final int MIN_PARAGRAPHS = 3;

  /** What of the document's structure was not read, if anything. */
  static Optional<StructureUnread> of(Document d, String namnd, LocalDate meetingDate) {
    List<String> missing = new ArrayList<>();
    boolean decisionDocument = d.kind() == DocumentKind.PROTOKOLL || d.kind() == DocumentKind.PROTOKOLLSUTDRAG
        || d.kind() == DocumentKind.SKRIVELSE;
    if (decisionDocument && d.arenden().isEmpty()) {
      missing.add("inga ärenden (varken paragrafer eller beslutsrubriker)");
    }
    List<Arende> paragraphs = d.arenden().stream()
        .filter(a -> a.kind() == ArendeKind.PROTOKOLLSPARAGRAF && !a.standing() && !a.sekretess()).toList();
    // a paragraph's first section opens at its title or decision; any further one at a heading
    boolean anyHeading = paragraphs.stream().anyMatch(a -> a.sections().stream()
        .filter(s -> s.kind() != SectionKind.SIGNATURES).count() >= 2);
    if (paragraphs.size() >= MIN_PARAGRAPHS && !anyHeading) {
      missing.add("inga avsnittsrubriker i paragraferna");
    }
    return missing.isEmpty() ? Optional.empty()
        : Optional.of(new StructureUnread(d.source(), namnd, meetingDate, String.join("; ", missing)));
  }

  @Override
  public String evidence() {
    return what;
  }
}
