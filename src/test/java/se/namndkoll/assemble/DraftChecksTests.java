package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/** The rules packed into the program, on small drafts as the parser reads them. */
class DraftChecksTests {

  private static final DocumentReader READER = DocumentReader.standard();

  @TempDir Path dir;

  private List<Finding> check(String... lines) throws Exception {
    Path file = dir.resolve("utkast.txt");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    return DraftChecks.asCompliance().check(List.of(READER.read(file)), List.of());
  }

  private static final String[] HEAD = {"Dnr KFN 2026-00042 3.4.1.0", "", "Simskola för elever", "",
      "Kultur- och fritidsnämndens beslut", "Kultur- och fritidsnämnden beslutar att erbjuda simskola för elever.", "",
      "Ärendet i sin helhet", "Skolans elever i årskurs 2 och 3 ska lära sig simma under skoldagen.", ""};

  private static String[] with(String... tail) {
    String[] all = new String[HEAD.length + tail.length];
    System.arraycopy(HEAD, 0, all, 0, HEAD.length);
    System.arraycopy(tail, 0, all, HEAD.length, tail.length);
    return all;
  }

  @Test
  void aShallowAnalysisOfAMatterConcerningChildrenIsAWarning() throws Exception {
    List<Finding> findings = check(with("Barnkonsekvensanalys", "Ej aktuellt.", "", "Samverkan",
        "Samverkat i FSG 2026-04-14.", "", "Beslutsunderlag", "1. Tjänsteskrivelse", "", "Beslutet expedieras till",
        "1. Barn- och utbildningsnämnden", "", "Gunnel Forsberg", "Ordförande"));

    assertThat(findings).extracting(Finding::rule, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("BKA-SHALLOW", Severity.WARNING));
  }

  @Test
  void aPersonnummerWithAValidCheckDigitIsAnErrorAndOneWithoutIsNot() throws Exception {
    List<Finding> findings = check(with("Barnkonsekvensanalys",
        "Eleven 120315-2382 och eleven 120315-2384 berörs; barnets bästa har vägts enligt artikel 3 och barnen har hörts.",
        "", "Samverkan", "Samverkat i FSG 2026-04-14.", "", "Beslutsunderlag", "1. Tjänsteskrivelse", "",
        "Beslutet expedieras till", "1. Barn- och utbildningsnämnden", "", "Gunnel Forsberg", "Ordförande"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("PERSONNUMMER-EXPOSED");
      assertThat(f.evidence()).contains("120315-XXXX").doesNotContain("2382");
    });
  }

  @Test
  void aSweepDoesNotAskADnrOfAnAgendaItemOnlyADraftDoes() throws Exception {
    Path file = dir.resolve("kallelse.txt");
    Files.writeString(file, String.join("\n", "Kallelse", "",
        "Ledamöter och ersättare i Kultur- och fritidsnämnden kallas till sammanträde tisdagen den 12 maj 2026 "
            + "kl. 14.00 i rummet Tallen.", "", "Ärendelista", "", "1. Upprop och val av justerare", "Dnr 801",
        "2. Föreningsbidrag 2026"), StandardCharsets.UTF_8);

    assertThat(se.namndkoll.rules.RulesCompliance.bundled().check(List.of(READER.read(file)), List.of()))
        .extracting(Finding::rule).doesNotContain("DNR-MISSING");
  }

  @Test
  void aKallelseItemWithoutDnrAndNoDelegationItemAreFound() throws Exception {
    List<Finding> findings = check("Kallelse", "",
        "Ledamöter och ersättare i Kultur- och fritidsnämnden kallas till sammanträde tisdagen den 12 maj 2026 "
            + "kl. 14.00 i rummet Tallen.", "", "Ärendelista", "", "1. Upprop och val av justerare", "Dnr 801",
        "2. Simskola för elever", "Dnr KFN 2026-00042 3.4.1.0", "3. Föreningsbidrag 2026");

    assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::rule, Finding::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("DNR-MISSING", "Punkt 3 på ärendelistan saknar diarienummer."),
            org.assertj.core.groups.Tuple.tuple("DELEGATION-REPORT-MISSING",
                "Sammanträdet 2026-05-12 har ingen punkt för anmälan av delegationsbeslut."));
    // an agenda item without Dnr stops the kallelse; a missing delegation item is only a warning
    assertThat(findings).filteredOn(Assembler::blocks).extracting(Finding::rule).containsExactly("DNR-MISSING");
  }
}
