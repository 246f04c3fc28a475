package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.check.Baseline;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

class TableReportTests {

  private static String table(List<Finding> findings, ReportContext context, boolean colour) {
    return FindingReports.text(FindingFormat.TABLE, findings, context, ReportOptions.DEFAULTS.withColour(colour));
  }

  @Test
  void groupsByDocumentThenArendeWithEvidenceAndSummary() {
    String out = table(SampleFindings.all(), SampleFindings.context(), false);

    Golden.assertMatches(out, getClass(), "groupsByDocumentThenArendeWithEvidenceAndSummary", "txt");
  }

  @Test
  void saysNewAndKnownWhenABaselineWasUsed() {
    List<Finding> findings = SampleFindings.all();
    List<Finding> marked = Baseline.ofFindings(findings.subList(0, 5)).mark(findings);

    String out = table(marked, ReportContext.of(List.of(), SampleFindings.RUN_AT), false);

    Golden.assertMatches(out, getClass(), "saysNewAndKnownWhenABaselineWasUsed", "txt");
  }

  @Test
  void saysSoWhenThereAreNoFindings() {
    String out = table(List.of(), ReportContext.of(List.of("corpus/"), SampleFindings.RUN_AT).withFiles(3, 0), false);

    assertThat(out).isEqualTo("""
        Inga fynd.

        Sammanfattning
          Granskat: corpus/ · 2026-03-16 kl. 09.30 · 3 filer lästa
          0 fynd: 0 fel, 0 varningar, 0 info
        """);
  }

  @Test
  void coloursSeveritiesOnlyWhenAsked() {
    assertThat(table(SampleFindings.all(), SampleFindings.context(), false)).doesNotContain("\u001b[");
    assertThat(table(SampleFindings.all(), SampleFindings.context(), true))
        .contains("\u001b[31mFel    \u001b[0m", "\u001b[33mVarning\u001b[0m", "\u001b[36mInfo   \u001b[0m");
  }

  @Test
  void aDocumentWhoseNameHoldsANewlineIsHeadedByItsNameQuotedOnOneLine() {
    Finding f = new Finding("INGEST-FAILED", Severity.ERROR, null, null, null, null, "arkiv/tr\nasig.pdf", null, null,
        "corrupt or unreadable PDF", "Filen kunde inte läsas: corrupt or unreadable PDF", null, null, null);

    String out = table(List.of(f), SampleFindings.context(), false);

    assertThat(out.lines().findFirst()).contains("\"arkiv/tr\\nasig.pdf\"");
    assertThat(out).doesNotContain("tr\nasig");
  }

  @Test
  void keepsControlCharactersOfADocumentOffTheTerminal() {
    Finding f = new Finding("PLACEHOLDER-LEFT", Severity.ERROR, "Kommunstyrelsen", null, "2026-00001", "Rubrik",
        "ks.txt", null, 3, "XXXX\u001b[2J\u001b]0;pwned\u0007 kvar", "Platshållare kvar:\nXXXX", null, null, null);

    String out = table(List.of(f), SampleFindings.context(), false);

    assertThat(out).doesNotContain("\u001b", "\u0007").contains("”XXXX [2J ]0;pwned kvar”", "Platshållare kvar: XXXX");
  }
}
