package se.namndkoll.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.index.IngestService;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Personnummer;
import se.namndkoll.model.Severity;
import se.namndkoll.rules.RulesCompliance;
import se.namndkoll.testing.SecretFixtures;

/**
 * The sweep judges documents as the archive keeps them: no finding quotes a secret ärende or shows a
 * personnummer in clear, a personnummer published in a public list is found from the files and from
 * the archive alike, and what was taken as secret by its text is said once, as info.
 */
class SweepSekretessTests {

  @TempDir static Path dir;
  private static List<Finding> fromFiles;
  private static List<Finding> fromArchive;

  @BeforeAll
  static void sweep() {
    Path docs = dir.resolve("docs");
    SecretFixtures.write(docs);
    new IngestService(DocumentReader.standard()).ingest(List.of(docs), dir.resolve("index"), false, 2,
        new IngestService.Listener() {});
    CheckService service = new CheckService(DocumentReader.standard(), new RulesCompliance(Path.of("rules")));
    fromFiles = service.check(request(List.of(docs)), ZonedDateTime.now()).findings();
    fromArchive = service.check(request(List.of()), ZonedDateTime.now()).findings();
  }

  private static CheckRequest request(List<Path> paths) {
    return new CheckRequest(paths, dir.resolve("index"), null, null, null, Set.of(), Severity.INFO, null, null);
  }

  private static List<Finding> of(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void aPersonnummerInAPublicListIsFoundMaskedFromTheFilesAndFromTheArchiveAlike() {
    List<Finding> exposed = of(fromFiles, "PERSONNUMMER-EXPOSED");
    assertThat(exposed).extracting(Finding::dnr).contains("2026-00043", "2026-00043");
    assertThat(exposed).filteredOn(f -> "2026-00043".equals(f.dnr())).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("19790521-XXXX"))
        .anySatisfy(m -> assertThat(m).contains("480229-XXXX"));
    assertThat(of(fromArchive, "PERSONNUMMER-EXPOSED")).extracting(Finding::fingerprint)
        .containsExactlyInAnyOrderElementsOf(exposed.stream().map(Finding::fingerprint).toList());
  }

  @Test
  void aPersonnummerPrintedInASecretAgendaItemIsFoundWithoutItsBirthDate() {
    assertThat(of(fromFiles, "PERSONNUMMER-EXPOSED")).filteredOn(f -> f.source().endsWith("kallelse.txt"))
        .singleElement().satisfies(f -> {
          assertThat(f.message()).contains("XXXXXXXX-XXXX");
          assertThat(f.evidence()).doesNotContain("19850312");
        });
  }

  @Test
  void noFindingQuotesASecretArendeOrShowsAPersonnummer() {
    for (List<Finding> findings : List.of(fromFiles, fromArchive)) {
      assertThat(findings).isNotEmpty().allSatisfy(f -> {
        String shown = String.join(" | ", String.valueOf(f.title()), String.valueOf(f.evidence()), f.message(), f.source());
        assertThat(Personnummer.find(shown)).as(shown).isEmpty();
        for (String word : SecretFixtures.SECRET_WORDS) {
          assertThat(shown).as(shown).doesNotContainIgnoringCase(word);
        }
      });
    }
  }

  @Test
  void whatItsTextAloneMadeSecretIsSaidOnceAsInfo() {
    for (List<Finding> findings : List.of(fromFiles, fromArchive)) {
      List<Finding> assumed = of(findings, "SEKRETESS-ASSUMED");
      assertThat(assumed).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
      assertThat(assumed).extracting(Finding::dnr).containsExactlyInAnyOrder("2026-00052", null);
      assertThat(assumed).filteredOn(f -> f.dnr() == null).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("hela handlingen"));
    }
  }

  @Test
  void aMaskedPersonnummerIsNoPlaceholder() {
    assertThat(of(fromArchive, "PLACEHOLDER-LEFT")).isEmpty();
    assertThat(of(fromFiles, "PLACEHOLDER-LEFT")).isEmpty();
  }

  @Test
  void theSecretArendenGetNoFindingOfTheirContent() {
    assertThat(fromFiles).filteredOn(f -> f.severity().compareTo(Severity.WARNING) >= 0)
        .extracting(Finding::dnr).doesNotContain("2026-00041", "2026-00042", "2026-00052", "2026-00060", "2026-00061");
  }
}
