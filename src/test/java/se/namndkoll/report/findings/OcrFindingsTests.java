package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.model.Finding;

/** A finding whose evidence was read by OCR says so in every format, since its quote may hold misreads. */
class OcrFindingsTests {

  private final Finding typed = SampleFindings.all().get(0);
  private final Finding scanned = SampleFindings.all().get(1).fromOcr();

  private String text(FindingFormat format) {
    return FindingReports.text(format, List.of(typed, scanned), SampleFindings.context(), ReportOptions.DEFAULTS);
  }

  @Test
  void theJsonMarksOnlyTheFindingReadByOcr() throws Exception {
    JsonNode root = new ObjectMapper().readTree(text(FindingFormat.JSON));

    for (JsonNode n : root) {
      boolean fromScan = n.get("rule").asText().equals(scanned.rule());
      assertThat(n.path("ocr").asBoolean()).as(n.toString()).isEqualTo(fromScan);
      assertThat(n.has("ocr")).as("said only where true").isEqualTo(fromScan);
    }
  }

  @Test
  void theTableSaysItBesideTheQuote() {
    String out = text(FindingFormat.TABLE);

    assertThat(out).containsOnlyOnce(Labels.OCR);
    assertThat(out.lines().filter(l -> l.contains(Labels.OCR)).findFirst().orElseThrow())
        .contains(scanned.evidence().substring(0, 20));
  }

  @Test
  void theCsvHasAColumnForItAndTheHtmlAndSarifSayIt() {
    List<String> csv = text(FindingFormat.CSV).lines().toList();

    assertThat(csv.get(0)).endsWith(CsvReport.OCR_COLUMN);
    assertThat(csv.stream().filter(l -> l.endsWith(";ja"))).singleElement().asString().startsWith(scanned.rule());
    assertThat(FindingReports.text(FindingFormat.CSV, List.of(typed), SampleFindings.context(), ReportOptions.DEFAULTS))
        .as("no column where nothing was read by OCR").doesNotContain(CsvReport.OCR_COLUMN);
    assertThat(text(FindingFormat.HTML)).containsOnlyOnce(Labels.OCR);
    assertThat(text(FindingFormat.SARIF)).containsOnlyOnce("\"ocr\": true");
  }

  @Test
  void aFindingKeepsTheMarkAgainstABaseline() {
    assertThat(scanned.withStatus(Finding.Status.NEW).ocr()).isTrue();
    assertThat(scanned.fingerprint()).isEqualTo(SampleFindings.all().get(1).fingerprint());
  }
}
