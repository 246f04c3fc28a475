package se.namndkoll.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.namndkoll.ingest.vocabulary.AgendaWords;
import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Roles;
import se.namndkoll.model.SectionKind;

/**
 * Values that cannot be what their field asks for, found in the data before a draft is filled: a
 * name (kommun, förvaltning, nämnd, a person) that is a heading or the title of a standing agenda
 * item ("Information från förvaltningen", taken from a protocol for the förvaltning's name), and a
 * text that starts with the heading the template writes above it ("Kultur- och fritidsnämndens
 * beslut" as the first line of the beslut). The rules judge the document; these judge what went
 * into it, and stop the draft as the rules' errors do.
 */
final class FieldChecks {

  /** Fields that hold a name. */
  private static final List<String> NAMES = List.of("kommun", "forvaltning", "namnd", "handlaggare.namn",
      "ordforande", "forvaltningschef", "justerare", "sekreterare");

  /** Fields of running text, and the section whose heading the template writes above each. */
  private static final Map<String, SectionKind> TEXTS = Map.of("beslut", SectionKind.BESLUT, "arendet",
      SectionKind.ARENDET, "sammanfattning", SectionKind.SAMMANFATTNING, "barnkonsekvensanalys",
      SectionKind.BARNKONSEKVENSANALYS, "samverkan", SectionKind.SAMVERKAN);

  private FieldChecks() {}

  /** What is wrong with the values, one line each in Swedish; empty when nothing is. */
  static List<String> problems(FieldValues values) {
    List<String> out = new ArrayList<>();
    for (String field : NAMES) {
      Optional<String> value = values.text(field);
      if (value.isEmpty()) {
        continue;
      }
      String v = value.get().strip();
      if (Headings.section(v).isPresent() || Headings.decision(v).isPresent()) {
        out.add(field + ": \u201d" + v + "\u201d är en rubrik, inte ett namn");
      } else if (AgendaWords.isStandingTitle(v)) {
        out.add(field + ": \u201d" + v + "\u201d är rubriken på en stående punkt på dagordningen, inte ett namn");
      } else if (Roles.isRole(v)) {
        out.add(field + ": \u201d" + v + "\u201d är en roll, inte ett namn");
      }
    }
    TEXTS.forEach((field, kind) -> values.text(field).flatMap(FieldChecks::firstLine).ifPresent(first -> {
      boolean ownHeading = kind == SectionKind.BESLUT
          ? Headings.decision(first).isPresent() || Headings.section(first).filter(m -> m.kinds().contains(kind)).isPresent()
          : Headings.section(first).filter(m -> m.kinds().contains(kind) && m.inline().isEmpty()).isPresent();
      if (ownHeading) {
        out.add(field + ": texten börjar med rubriken \u201d" + first + "\u201d, som mallen redan skriver");
      }
    }));
    out.sort(null);
    return out;
  }

  private static Optional<String> firstLine(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
  }
}
