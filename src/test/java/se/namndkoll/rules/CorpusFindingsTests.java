package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/** The sweep of the sample archive finds every planted defect, and nothing else of warning or above. */
class CorpusFindingsTests {

  private static List<Finding> findings;

  @BeforeAll
  static void sweep() {
    DocumentReader reader = DocumentReader.standard();
    List<Document> documents = new ArrayList<>();
    for (Path f : ArchiveFiles.under(List.of(Path.of("corpus")))) {
      documents.add(reader.read(f));
    }
    findings = new RulesCompliance(Path.of("rules")).check(documents, List.of());
  }

  @Test
  void findsExactlyThePlantedFindingsOfWarningOrAbove() {
    assertThat(findings).filteredOn(f -> f.severity().compareTo(Severity.WARNING) >= 0)
        .extracting(Finding::rule, Finding::severity, Finding::source, Finding::dnr)
        .containsExactlyInAnyOrder(
            tuple("BKA-MISSING", Severity.ERROR, "corpus/ifn-2026-01-27-kallelse.pdf", "2025-00201"),
            tuple("EXPEDIERING-MISSING", Severity.WARNING, "corpus/von-2026-02-18-kallelse.docx", "2025-00142"),
            tuple("DELEGATION-NOT-REPORTED", Severity.ERROR, "corpus/ifn-su-2026-02-19-protokoll.pdf", null),
            tuple("BUDGET-DEFICIT", Severity.WARNING, "corpus/von-2026-04-15-kallelse.html", "2026-00019"),
            tuple("BUDGET-DEFICIT-NO-MEASURES", Severity.ERROR, "corpus/von-2026-04-15-kallelse.html", "2026-00019"),
            tuple("BUDGET-TABLE-MISMATCH", Severity.WARNING, "corpus/von-2026-02-18-arsredovisning-2025.pdf", "2026-00011"),
            tuple("PLACEHOLDER-LEFT", Severity.ERROR, "corpus/von-2026-04-15-kallelse.html", "2025-00088"),
            tuple("PERSONNUMMER-EXPOSED", Severity.ERROR, "corpus/ifn-2026-03-10-protokoll.docx", "2026-00027"),
            tuple("BUDGET-DEFICIT", Severity.WARNING, "corpus/ifn-2026-03-10-kallelse.pdf", "2026-00021"),
            tuple("BUDGET-DEFICIT", Severity.WARNING, "corpus/ifn-2026-03-10-budgetuppfoljning-februari.docx", "2026-00021"));
  }

  @Test
  void theUnreportedUtskottIsDatedAndPointsAtTheNextMeeting() {
    assertThat(findings).filteredOn(f -> f.rule().equals("DELEGATION-NOT-REPORTED")).singleElement().satisfies(f -> {
      assertThat(f.date()).hasToString("2026-02-19");
      assertThat(f.namnd()).isEqualTo("Individ- och familjeomsorgsnämnden");
      assertThat(f.message()).contains("2026-03-10");
    });
  }

  @Test
  void theTableMismatchGivesComputedAndStatedFigures() {
    assertThat(findings).filteredOn(f -> f.rule().equals("BUDGET-TABLE-MISMATCH")).singleElement().satisfies(f -> {
      assertThat(f.page()).isEqualTo(3);
      assertThat(f.title()).isEqualTo("Årsredovisning 2025, Vård- och omsorgsnämnden");
      assertThat(f.message()).contains("Summa kostnader").contains("-1 086 250").contains("-1 086 000").contains("Bokslut 2025");
    });
  }

  @Test
  void theDeficitWithMeasuresAtTheSameMeetingIsNotAnError() {
    assertThat(findings).filteredOn(f -> f.rule().equals("BUDGET-DEFICIT-NO-MEASURES"))
        .extracting(Finding::namnd).containsExactly("Vård- och omsorgsnämnden");
  }

  @Test
  void infoFindingsAreNoneButTheCustomaryOnes() {
    assertThat(findings).filteredOn(f -> f.severity() == Severity.INFO).extracting(Finding::rule)
        .doesNotContain("AGENDA-ITEM-WITHOUT-DOCUMENT", "DELEGATION-UNVERIFIABLE");
  }
}
