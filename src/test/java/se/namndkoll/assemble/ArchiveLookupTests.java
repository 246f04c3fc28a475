package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.DocumentReader;

/** An utdrag's fields taken from where the protocol states them, never from an agenda title or a heading. */
class ArchiveLookupTests {

  private static final DocumentReader READER = DocumentReader.standard();
  private static final ArchiveLookup ARCHIVE = ArchiveLookup.of(List.of(
      READER.read(Path.of("corpus/ifn-2026-03-10-protokoll.docx"))));

  @Test
  void theForvaltningIsNeverAnAgendaTitle() {
    Map<String, Object> values = ARCHIVE.utdrag("IFN 2026-00021", LocalDate.of(2026, 3, 10));

    assertThat(values.get("forvaltning")).as(values.toString()).isNotEqualTo("Information från förvaltningen");
    if (values.containsKey("forvaltning")) {
      assertThat((String) values.get("forvaltning")).doesNotContain(" från ").endsWith("förvaltningen");
    }
  }

  @Test
  void theBeslutStartsWithTheDecisionNotItsHeading() {
    Map<String, Object> values = ARCHIVE.utdrag("IFN 2026-00021", LocalDate.of(2026, 3, 10));

    String beslut = (String) values.get("beslut");
    assertThat(beslut).isNotBlank();
    assertThat(beslut.lines().findFirst().orElseThrow()).doesNotEndWith("nämndens beslut")
        .doesNotEndWith("beslut:").isNotEqualTo("Beslut");
  }

  @Test
  void anUtdragMadeFromAnArchivedUtdragDoesNotRepeatTheDecisionHeading(@TempDir Path dir) {
    Map<String, Object> example = Yamls.read(Path.of("templates/examples/utdrag.yaml"));
    Path first = dir.resolve("utdrag.docx");
    new Assembler(READER, DraftChecks.asCompliance())
        .assemble(DocxTemplate.at(Path.of("templates/utdrag.docx")), example, "utdrag.yaml", first, false);
    Map<String, Object> again = ArchiveLookup.of(List.of(READER.read(first)))
        .utdrag((String) example.get("dnr"), LocalDate.parse((String) example.get("sammantradesdatum")));

    assertThat(((String) again.get("beslut")).replaceAll("\\s+", " "))
        .isEqualTo(((String) example.get("beslut")).replaceAll("\\s+", " ").strip());
    assertThat(FieldChecks.problems(FieldValues.of(again))).isEmpty();
  }

  @Test
  void aDecisionThatTheProtocolGivesUnderItsHeadingIsTakenWithoutIt() {
    assertThat(ArchiveLookup.withoutDecisionHeading("Kultur- och fritidsnämndens beslut\nNämnden godkänner rapporten."))
        .isEqualTo("Nämnden godkänner rapporten.");
    assertThat(ArchiveLookup.withoutDecisionHeading("Nämnden godkänner rapporten.\nBeslutet gäller från i dag."))
        .isEqualTo("Nämnden godkänner rapporten.\nBeslutet gäller från i dag.");
  }

  @Test
  void theWizardOffersKommunForvaltningAndTheDnrOfTheNamndChosen() {
    ArchiveLookup archive = ArchiveLookup.of(List.of(READER.read(Path.of("corpus/ifn-2026-03-10-protokoll.docx")),
        READER.read(Path.of("corpus/von-2026-04-15-protokoll.html"))));
    Map<String, List<String>> offered = new HashMap<>();

    Wizard.skrivelse((prompt, completions, def) -> {
      offered.put(prompt, completions);
      return prompt.equals("Nämnd") ? "Vård- och omsorgsnämnden" : "";
    }, archive, LocalDate.of(2026, 5, 1));

    assertThat(offered.get("Kommun")).containsExactly("Norrvik kommun");
    assertThat(offered.get("Förvaltning")).contains("Individ- och familjeomsorgsförvaltningen",
        "Vård- och omsorgsförvaltningen").doesNotContain("Information från förvaltningen");
    assertThat(offered.get("Dnr")).isNotEmpty().allMatch(d -> d.startsWith("VON "));
  }
}
