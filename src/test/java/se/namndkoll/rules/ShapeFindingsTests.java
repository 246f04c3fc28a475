package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.corpus.CorpusWriter;
import se.namndkoll.corpus.CorpusWriter.Format;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/**
 * The rules over the shapes of other kommuner, swept together as one archive: the utskott protocol
 * that expedites by utdrag (e), the kommunstyrelse protocol with its one decision sent to no one
 * (f, as PDF and as DOCX), the kallelse with a table agenda (g) and the tjänsteskrivelse with a
 * year's deficit (h). The findings of warning or error severity are exactly the planted ones.
 *
 * <p>Where the engine misses a planted finding or makes one that is not true, the difference is
 * listed in {@link #KNOWN_GAPS} with why, and printed rather than failed.
 */
class ShapeFindingsTests {

  private static final Path SHAPES = Path.of("src/test/resources/shapes");
  private static final String E = "e-protokoll-verksamhetsutskott";
  private static final String F = "f-protokoll-kommunstyrelse";
  private static final String G = "g-kallelse-tabell-forslag";
  private static final String H = "h-tjansteskrivelse-bokslut";

  /** A finding by its rule, severity, rendered file and Dnr. */
  record Key(String rule, Severity severity, String file, String dnr) {
    @Override
    public String toString() {
      return rule + " " + severity.id() + " in " + file + (dnr == null ? "" : ", Dnr " + dnr);
    }
  }

  /** The planted findings: the one decision of f sent to no one (§ 851), in both renderings; h's deficit. */
  private static final List<Key> PLANTED = List.of(
      new Key("EXPEDIERING-MISSING", Severity.WARNING, F + ".pdf", "2024-00133"),
      new Key("EXPEDIERING-MISSING", Severity.WARNING, F + ".docx", "2024-00133"),
      new Key("BUDGET-DEFICIT", Severity.WARNING, H + ".pdf", "2025-373"));

  /**
   * A difference the engine is known to make, and why: a planted finding it misses ({@code
   * missed}) or a finding of warning or above that is not true ({@code !missed}).
   */
  record KnownGap(Key key, boolean missed, String why) {}

  /** None at present: the engine finds what is planted in these shapes and nothing else. */
  private static final List<KnownGap> KNOWN_GAPS = List.of();

  @TempDir static Path dir;

  private static List<Finding> findings;
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  @BeforeAll
  static void sweep() throws IOException {
    DocumentReader reader = DocumentReader.standard();
    List<Document> documents = new ArrayList<>();
    for (String name : List.of(E, F, G, H)) {
      documents.add(reader.read(render(name, Format.PDF)));
    }
    documents.add(reader.read(render(F, Format.DOCX)));
    findings = new RulesCompliance(Path.of("rules")).load().check(documents, List.of());
    findings.forEach(f -> System.out.println("shape finding: " + f.severity().id() + " " + f.rule() + " "
        + file(f) + " " + f.dnr() + " " + f.title() + ": " + f.message()));
  }

  private static Path render(String name, Format format) throws IOException {
    Path source = SHAPES.resolve(name + ".txt");
    Path out = dir.resolve(CorpusWriter.outputName(source, format));
    CorpusWriter.render(source, format, out);
    FILES.put(out.toString(), out.getFileName().toString());
    return out;
  }

  /** The rendered file a finding is in, by its name. */
  private static String file(Finding f) {
    return FILES.getOrDefault(f.source(), f.source());
  }

  private static List<Finding> in(String file) {
    return findings.stream().filter(f -> file(f).equals(file)).toList();
  }

  @Test
  void findsExactlyThePlantedFindingsOfWarningOrAbove() {
    List<Key> found = findings.stream().filter(f -> f.severity().compareTo(Severity.WARNING) >= 0)
        .map(f -> new Key(f.rule(), f.severity(), file(f), f.dnr())).toList();
    List<String> unexplained = new ArrayList<>();
    List<Key> missing = new ArrayList<>(PLANTED);
    List<Key> extra = new ArrayList<>();
    for (Key k : found) {
      if (!missing.remove(k)) {
        extra.add(k);
      }
    }
    for (Key k : missing) {
      explain(k, true, "planted but not found: " + k, unexplained);
    }
    for (Key k : extra) {
      explain(k, false, "found but not planted: " + k, unexplained);
    }
    assertThat(unexplained).isEmpty();
  }

  private static void explain(Key k, boolean missed, String what, List<String> unexplained) {
    KnownGap gap = KNOWN_GAPS.stream().filter(g -> g.missed() == missed && g.key().equals(k)).findFirst().orElse(null);
    if (gap != null) {
      System.out.println("known gap: " + what + " (" + gap.why() + ")");
    } else {
      unexplained.add(what);
    }
  }

  @Test
  void theKommunstyrelsesOneDecisionSentToNoOneIsTheNewRiktlinje() {
    for (String file : List.of(F + ".pdf", F + ".docx")) {
      assertThat(in(file)).as(file).filteredOn(f -> f.rule().equals("EXPEDIERING-MISSING")).singleElement()
          .satisfies(f -> {
            assertThat(f.dnr()).isEqualTo("2024-00133");
            assertThat(f.title()).isEqualTo("Riktlinje för representation och gåvor");
            assertThat(f.namnd()).isEqualTo("Kommunstyrelsen");
          });
    }
  }

  @Test
  void theUtskottThatExpeditesByUtdragIsJudgedByItsOwnPractice() {
    assertThat(in(E + ".pdf")).extracting(Finding::rule)
        .doesNotContain("EXPEDIERING-MISSING", "BKA-MISSING", "SIGNATURE-MISSING");
  }

  @Test
  void theYearsResultIsADeficitAndTheSkrivelseIsSigned() {
    assertThat(in(H + ".pdf")).filteredOn(f -> f.rule().equals("BUDGET-DEFICIT")).singleElement()
        .satisfies(f -> {
          assertThat(f.dnr()).isEqualTo("2025-373");
          assertThat(f.evidence()).startsWith("Årets resultat blev -15,1 miljoner kronor");
          assertThat(f.message()).contains("15 100 tkr");
        });
    assertThat(in(H + ".pdf")).extracting(Finding::rule)
        .doesNotContain("SIGNATURE-MISSING", "BKA-MISSING", "BKA-SHALLOW", "BUDGET-DEFICIT-NO-MEASURES",
            "BUDGET-TABLE-MISMATCH", "DNR-MISSING");
  }

  @Test
  void theKallelseWithATableAgendaHasNoFindingOfWarningOrAbove() {
    assertThat(in(G + ".pdf")).filteredOn(f -> f.severity().compareTo(Severity.WARNING) >= 0).isEmpty();
  }

  /**
   * The kallelse on its own, as DOCX and as PDF (whose table rows come cell by cell, in the order
   * they are drawn), reports delegationsbeslut (item 14), and only its items that are neither
   * standing nor secret lack a handling, which the kallelse does not carry.
   */
  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"DOCX", "PDF"})
  void theTableAgendaReportsDelegationAndItsSecretItemsWantNoHandling(Format format) throws IOException {
    Document kallelse = DocumentReader.standard().read(render(G, format));
    List<Finding> own = new RulesCompliance(Path.of("rules")).load().check(List.of(kallelse), List.of());
    assertThat(own).filteredOn(f -> f.severity().compareTo(Severity.WARNING) >= 0).isEmpty();
    assertThat(own).filteredOn(f -> f.rule().equals("AGENDA-ITEM-WITHOUT-DOCUMENT")).extracting(Finding::dnr)
        .containsExactlyInAnyOrder("2024-00013", "2024-00026", "2024-00029", "2024-00034", "2024-00019",
            "2023-00211", "2024-00037", "2024-00040", "2024-00005", "2024-00006");
  }

  @Test
  void everyKnownGapNamesAPlantedOrAFoundFinding() {
    for (KnownGap g : KNOWN_GAPS) {
      assertThat(g.why()).isNotBlank();
      assertThat(g.missed() ? PLANTED.contains(g.key()) : !PLANTED.contains(g.key())).as(g.toString()).isTrue();
    }
  }
}
