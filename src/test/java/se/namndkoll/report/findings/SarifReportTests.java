package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.model.Finding;

/** SARIF 2.1.0: the structure the schema requires, and the mapping of a finding. */
class SarifReportTests {

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode sarif(List<Finding> findings) throws Exception {
    return mapper.readTree(
        FindingReports.text(FindingFormat.SARIF, findings, SampleFindings.context(), ReportOptions.DEFAULTS));
  }

  @Test
  void isOneRunOfNamndkollWithTheRequiredProperties() throws Exception {
    JsonNode root = sarif(SampleFindings.all());

    assertThat(root.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    assertThat(root.get("runs")).hasSize(1);
    JsonNode run = root.get("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("namndkoll");
    assertThat(run.get("results")).hasSize(SampleFindings.all().size());
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    assertThat(run.at("/invocations/0/startTimeUtc").asText()).isEqualTo("2026-03-16T08:30:00Z");
    for (JsonNode result : run.get("results")) {
      assertThat(result.at("/message/text").asText()).isNotBlank();
      assertThat(result.get("level").asText()).isIn("error", "warning", "note");
      int index = result.get("ruleIndex").asInt();
      assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(result.get("ruleId").asText());
    }
  }

  @Test
  void listsTheCatalogueAndEveryRuleThatGaveAFinding() throws Exception {
    JsonNode rules = sarif(SampleFindings.all()).at("/runs/0/tool/driver/rules");

    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).containsExactly("BKA-MISSING", "BUDGET-DEFICIT", "BUDGET-TABLE-MISMATCH",
        "DELEGATION-NOT-REPORTED", "INGEST-FAILED", "PLACEHOLDER-LEFT", "SAMVERKAN-MISSING");
    JsonNode bka = rules.get(0);
    assertThat(bka.get("name").asText()).isEqualTo("Barnkonsekvensanalys saknas");
    assertThat(bka.at("/shortDescription/text").asText()).isEqualTo("Barnkonsekvensanalys saknas");
    assertThat(bka.at("/fullDescription/text").asText()).isEqualTo(
        "En skrivelse med beslut saknar barnkonsekvensanalys.");
    assertThat(bka.at("/help/text").asText()).isEqualTo("En skrivelse med beslut saknar barnkonsekvensanalys.\n"
        + "Exempel: Uppföljning av placeringar: ingen barnkonsekvensanalys.\nGrund: Lag (2018:1197) art. 3, 12");
    assertThat(bka.at("/help/markdown").asText()).startsWith("**Barnkonsekvensanalys saknas** (`BKA-MISSING`)");
    assertThat(bka.at("/helpUri").asText()).isEqualTo("https://example.org/namndkoll/RULES.md#bka-missing");
    assertThat(bka.at("/properties/example").asText()).isEqualTo("Uppföljning av placeringar: ingen barnkonsekvensanalys.");
    assertThat(bka.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(bka.at("/properties/severity").asText()).isEqualTo("error");
    assertThat(bka.at("/properties/basis").asText()).isEqualTo("Lag (2018:1197) art. 3, 12");
    JsonNode samverkan = rules.get(6);
    assertThat(samverkan.at("/shortDescription/text").asText()).isEqualTo("SAMVERKAN-MISSING");
    assertThat(samverkan.at("/defaultConfiguration/level").asText()).isEqualTo("note");
  }

  @Test
  void mapsAFindingToAResult() throws Exception {
    Finding bka = SampleFindings.all().get(0);

    JsonNode result = sarif(List.of(bka)).at("/runs/0/results/0");

    assertThat(result.get("ruleId").asText()).isEqualTo("BKA-MISSING");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/message/text").asText()).isEqualTo(bka.message());
    JsonNode physical = result.at("/locations/0/physicalLocation");
    assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("corpus/ifn-2026-03-10-kallelse.pdf");
    assertThat(physical.at("/region/startLine").asInt()).isEqualTo(412);
    assertThat(physical.at("/region/snippet/text").asText()).isEqualTo(bka.evidence());
    assertThat(physical.at("/properties/page").asInt()).isEqualTo(7);
    assertThat(result.at("/partialFingerprints/namndkoll~1v1").asText()).isEqualTo(bka.fingerprint());
    assertThat(result.has("baselineState")).isFalse();
    assertThat(result.at("/properties/dnr").asText()).isEqualTo("2026-00034");
    assertThat(result.at("/properties/namnd").asText()).isEqualTo(SampleFindings.IFN);
  }

  @Test
  void leavesOutTheRegionWithNoLineAndTheLocationWithNoSource() throws Exception {
    Finding bka = SampleFindings.all().get(0);
    Finding pageOnly = new Finding(bka.rule(), bka.severity(), bka.namnd(), bka.meetingDate(), bka.dnr(),
        bka.title(), "Protokoll IFN 2026 § 12.pdf", 7, null, bka.evidence(), bka.message(), bka.basis(), null, null);
    Finding noSource = new Finding("INGEST-FAILED", bka.severity(), null, null, null, null, null, null, null, null,
        "kunde inte läsas", null, null, null);

    JsonNode results = sarif(List.of(pageOnly, noSource)).at("/runs/0/results");

    JsonNode physical = results.at("/0/locations/0/physicalLocation");
    assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("Protokoll%20IFN%202026%20%C2%A7%2012.pdf");
    assertThat(physical.has("region")).isFalse();
    assertThat(physical.at("/properties/page").asInt()).isEqualTo(7);
    assertThat(results.get(1).has("locations")).isFalse();
  }

  @Test
  void saysTheBaselineStateWhenAStatusIsSet() throws Exception {
    List<Finding> findings = SampleFindings.all().subList(0, 2);
    List<Finding> marked = Baseline.ofFindings(findings.subList(0, 1)).mark(findings);

    JsonNode results = sarif(marked).at("/runs/0/results");

    List<String> states = new ArrayList<>();
    results.forEach(r -> states.add(r.get("ruleId").asText() + " " + r.get("baselineState").asText()));
    assertThat(states).containsExactlyInAnyOrder("BKA-MISSING unchanged", "BUDGET-TABLE-MISMATCH new");
  }

  @Test
  void writesPathsAsUriReferences() {
    assertThat(SarifReport.uri("corpus/ifn.pdf")).isEqualTo("corpus/ifn.pdf");
    assertThat(SarifReport.uri("corpus\\Årsredovisning 2025.pdf")).isEqualTo("corpus/%C3%85rsredovisning%202025.pdf");
    assertThat(SarifReport.uri("/srv/arkiv/ifn.pdf")).isEqualTo("file:///srv/arkiv/ifn.pdf");
    assertThat(SarifReport.uri("C:\\arkiv\\ifn.pdf")).isEqualTo("file:///C:/arkiv/ifn.pdf");
    assertThat(SarifReport.uri("IFN:2026.pdf")).isEqualTo("./IFN:2026.pdf");
  }
}
