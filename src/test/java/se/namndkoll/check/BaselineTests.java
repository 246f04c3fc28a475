package se.namndkoll.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;
import se.namndkoll.report.findings.FindingFormat;
import se.namndkoll.report.findings.FindingReports;
import se.namndkoll.report.findings.ReportOptions;
import se.namndkoll.report.findings.SampleFindings;

class BaselineTests {

  @TempDir
  Path dir;

  private Path earlierRun(List<Finding> findings, FindingFormat format) throws Exception {
    Path file = dir.resolve("forra." + format.extension());
    Files.write(file, FindingReports.bytes(format, findings, SampleFindings.context(), ReportOptions.DEFAULTS));
    return file;
  }

  @Test
  void marksFindingsOfAnEarlierJsonOutputKnownAndTheRestNew() throws Exception {
    List<Finding> findings = SampleFindings.all();
    Baseline baseline = Baseline.read(earlierRun(findings.subList(0, 4), FindingFormat.JSON));

    List<Finding> marked = baseline.mark(findings);

    assertThat(baseline.size()).isEqualTo(4);
    assertThat(marked).extracting(Finding::status).containsExactly(Finding.Status.KNOWN, Finding.Status.KNOWN,
        Finding.Status.KNOWN, Finding.Status.KNOWN, Finding.Status.NEW, Finding.Status.NEW, Finding.Status.NEW);
    assertThat(marked).extracting(Finding::fingerprint)
        .containsExactlyElementsOf(findings.stream().map(Finding::fingerprint).toList());
  }

  @Test
  void knowsAFindingThatMovedToAnotherPageOrFile() throws Exception {
    Finding before = SampleFindings.all().get(0);
    Finding moved = new Finding(before.rule(), before.severity(), before.namnd(), before.meetingDate(), before.dnr(),
        before.title(), "arkiv/IFN kallelse 2026-03-10 (ny export).pdf", 9, 530, before.evidence(),
        before.message(), before.basis(), null, null);
    Baseline baseline = Baseline.read(earlierRun(List.of(before), FindingFormat.JSON));

    assertThat(baseline.mark(List.of(moved))).extracting(Finding::status).containsExactly(Finding.Status.KNOWN);
  }

  @Test
  void takesANewFindingWhenTheEvidenceChanged() throws Exception {
    Finding before = SampleFindings.all().get(0);
    Finding changed = new Finding(before.rule(), before.severity(), before.namnd(), before.meetingDate(),
        before.dnr(), before.title(), before.source(), before.page(), before.line(),
        "Riktlinjen gäller alla hushåll med barn och unga.", before.message(), before.basis(), null, null);
    Baseline baseline = Baseline.read(earlierRun(List.of(before), FindingFormat.JSON));

    assertThat(baseline.mark(List.of(changed))).extracting(Finding::status).containsExactly(Finding.Status.NEW);
  }

  @Test
  void readsTheSarifOfAnEarlierRunToo() throws Exception {
    List<Finding> findings = SampleFindings.all();

    Baseline baseline = Baseline.read(earlierRun(findings.subList(2, 3), FindingFormat.SARIF));

    assertThat(baseline.contains(findings.get(2).fingerprint())).isTrue();
    assertThat(baseline.size()).isEqualTo(1);
  }

  @Test
  void computesTheFingerprintOfAnEntryWithoutOne() {
    Finding f = new Finding("DELEGATION-NOT-REPORTED", Severity.ERROR, SampleFindings.IFN, null, null,
        "Ordförandebeslut", "x.docx", null, 3, "Ordföranden beslutar", "ej anmält", null,
        java.time.LocalDate.of(2026, 1, 15), null);
    String json = """
        [{"rule": "DELEGATION-NOT-REPORTED", "severity": "error", "namnd": "%s", "dnr": null,
          "title": "Ordförandebeslut", "evidence": "Ordföranden  BESLUTAR", "message": "annat", "date": "2026-01-15"}]
        """.formatted(SampleFindings.IFN);

    assertThat(Baseline.parse(json, "gammal.json").contains(f.fingerprint())).isTrue();
  }

  @Test
  void namesTheFileThatIsNoBaseline() throws Exception {
    Path notJson = dir.resolve("fynd.txt");
    Files.writeString(notJson, "BKA-MISSING error", StandardCharsets.UTF_8);
    Path object = dir.resolve("objekt.json");
    Files.writeString(object, "{\"source\": \"x.pdf\"}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Baseline.read(notJson)).isInstanceOf(NamndkollException.class)
        .hasMessageStartingWith(notJson + ": not JSON");
    assertThatThrownBy(() -> Baseline.read(object)).isInstanceOf(NamndkollException.class)
        .hasMessageStartingWith(object + ": not a findings file");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("saknas.json"))).isInstanceOf(NamndkollException.class)
        .hasMessageEndingWith("saknas.json: no such baseline file");
    assertThatThrownBy(() -> Baseline.parse("[{\"severity\": \"error\"}]", "b.json"))
        .hasMessage("b.json: entry 1 has neither a fingerprint nor a rule");
  }
}
