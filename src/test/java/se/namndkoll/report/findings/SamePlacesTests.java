package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/**
 * The same finding in two places — a budget follow-up that is its own file and part of the
 * kallelse, one fingerprint — is one finding with both places, in every format.
 */
class SamePlacesTests {

  private static final String FOLLOW_UP = "corpus/ifn-2026-03-10-budgetuppfoljning-februari.docx";
  private static final String KALLELSE = "corpus/ifn-2026-03-10-kallelse.pdf";

  private static Finding deficit(String source, Integer page, int line) {
    return new Finding("BUDGET-DEFICIT", Severity.WARNING, SampleFindings.IFN, SampleFindings.IFN_MEETING, "2026-00021",
        "Budgetuppföljning februari 2026", source, page, line,
        "Nämnden prognostiserar ett underskott om 3,2 mkr för helåret.",
        "Nämnden redovisar ett underskott (prognos): 3 200 tkr.", "KL 6 kap. 6 §", null, null);
  }

  private static List<Finding> findings() {
    return List.of(deficit(KALLELSE, 3, 138), deficit(FOLLOW_UP, null, 16), SampleFindings.all().get(0));
  }

  private static String text(FindingFormat f) {
    return FindingReports.text(f, findings(), SampleFindings.context(), ReportOptions.DEFAULTS);
  }

  @Test
  void theTwoHaveOneFingerprint() {
    assertThat(findings().get(0).fingerprint()).isEqualTo(findings().get(1).fingerprint());
    assertThat(FindingReports.count(findings())).isEqualTo(2);
  }

  @Test
  void theJsonHasOneFindingWithBothPlacesAndKeepsItsContractFields() throws Exception {
    JsonNode root = new ObjectMapper().readTree(text(FindingFormat.JSON));

    assertThat(root).hasSize(2);
    JsonNode deficit = root.findParents("rule").stream().filter(n -> n.get("rule").asText().equals("BUDGET-DEFICIT"))
        .findFirst().orElseThrow();
    assertThat(deficit.get("source").asText()).isEqualTo(FOLLOW_UP);
    assertThat(deficit.at("/location/line").asInt()).isEqualTo(16);
    assertThat(deficit.get("locations")).hasSize(2);
    assertThat(deficit.at("/locations/0/source").asText()).isEqualTo(FOLLOW_UP);
    assertThat(deficit.at("/locations/1/source").asText()).isEqualTo(KALLELSE);
    assertThat(deficit.at("/locations/1/page").asInt()).isEqualTo(3);
    assertThat(deficit.at("/locations/1/line").asInt()).isEqualTo(138);
    assertThat(root.findValuesAsText("fingerprint")).doesNotHaveDuplicates();
  }

  @Test
  void theSarifHasOneResultWithTwoLocations() throws Exception {
    JsonNode results = new ObjectMapper().readTree(text(FindingFormat.SARIF)).at("/runs/0/results");

    assertThat(results).hasSize(2);
    JsonNode deficit = results.findParents("ruleId").stream()
        .filter(n -> n.get("ruleId").asText().equals("BUDGET-DEFICIT")).findFirst().orElseThrow();
    assertThat(deficit.get("locations")).hasSize(2);
    assertThat(deficit.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(FOLLOW_UP);
    assertThat(deficit.at("/locations/1/physicalLocation/artifactLocation/uri").asText()).isEqualTo(KALLELSE);
    assertThat(deficit.at("/locations/1/physicalLocation/properties/page").asInt()).isEqualTo(3);
  }

  @Test
  void theTableListsItOnceWithTheOtherPlace() {
    String out = text(FindingFormat.TABLE);

    assertThat(out.split("BUDGET-DEFICIT ", -1)).as("once above, once in the summary").hasSize(3);
    assertThat(out).contains("även i " + KALLELSE + " s. 3, rad 138").contains("2 fynd:");
  }

  @Test
  void theCsvHasOneRowWithTheOtherPlace() {
    String out = text(FindingFormat.CSV);

    assertThat(out.split("\r\n")).hasSize(1 + 2);
    assertThat(out).contains(";" + KALLELSE + " s. 3, rad 138\r\n");
  }

  @Test
  void theHtmlHasOneArticleWithBothPlaces() {
    var doc = Jsoup.parse(text(FindingFormat.HTML));

    assertThat(doc.select("article.fynd")).hasSize(2);
    var deficit = doc.selectFirst("article.fynd:has(code:containsOwn(BUDGET-DEFICIT))");
    assertThat(deficit.select("dt:containsOwn(Plats) + dd").text())
        .isEqualTo(FOLLOW_UP + ", rad 16 " + KALLELSE + ", s. 3, rad 138");
  }

  @Test
  void theGravestSeverityOfThePlacesIsTheFindings() {
    Finding warning = deficit(KALLELSE, 3, 138);
    Finding error = new Finding(warning.rule(), Severity.ERROR, warning.namnd(), warning.meetingDate(), warning.dnr(),
        warning.title(), FOLLOW_UP, null, 16, warning.evidence(), warning.message(), warning.basis(), null, null);

    String out = FindingReports.text(FindingFormat.JSON, List.of(warning, error), SampleFindings.context(),
        ReportOptions.DEFAULTS);

    JsonNode root;
    try {
      root = new ObjectMapper().readTree(out);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(root).hasSize(1);
    assertThat(root.at("/0/severity").asText()).isEqualTo("error");
    assertThat(root.at("/0/locations")).hasSize(2);
  }

  @Test
  void twoFilesThatCannotBeReadForTheSameReasonAreTwoFindings() {
    Finding a = new Finding("INGEST-FAILED", Severity.ERROR, null, null, null, null, "arkiv/a/tom.pdf", null, null,
        "empty file", "Filen kunde inte läsas: empty file", null, null, null);
    Finding b = new Finding("INGEST-FAILED", Severity.ERROR, null, null, null, null, "arkiv/b/tom.pdf", null, null,
        "empty file", "Filen kunde inte läsas: empty file", null, null, null);

    assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
    assertThat(FindingReports.count(List.of(a, b))).isEqualTo(2);
    assertThat(FindingReports.text(FindingFormat.TABLE, List.of(a, b), SampleFindings.context(), ReportOptions.DEFAULTS))
        .doesNotContain("även i");
  }
}
