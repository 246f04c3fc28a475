package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.check.Baseline;
import se.namndkoll.model.Finding;

/** The JSON of {@code check --format json} read back against OUTPUT.md. */
class FindingJsonTests {

  private static final List<String> CONTRACT = List.of("rule", "severity", "namnd", "meetingDate", "dnr", "title",
      "source", "location", "evidence", "message", "basis");

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode json(List<Finding> findings) throws Exception {
    String out = FindingReports.text(FindingFormat.JSON, findings, SampleFindings.context(), ReportOptions.DEFAULTS);
    assertThat(out).endsWith("]\n").startsWith("[\n  {\n    \"rule\": \"");
    return mapper.readTree(out);
  }

  @Test
  void isOneArrayWithTheContractsFieldsInItsOrderThenTheAddedOnes() throws Exception {
    JsonNode root = json(SampleFindings.all());

    assertThat(root.isArray()).isTrue();
    assertThat(root).hasSize(SampleFindings.all().size());
    for (JsonNode n : root) {
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      assertThat(names.subList(0, CONTRACT.size())).isEqualTo(CONTRACT);
      assertThat(names.subList(CONTRACT.size(), names.size())).isSubsetOf("date", "fingerprint", "status", "ruleName", "locations", "ocr");
    }
  }

  @Test
  void writesEachFieldOfAFindingAsOutputMdSays() throws Exception {
    Finding f = SampleFindings.all().get(0);

    JsonNode n = json(List.of(f)).get(0);

    assertThat(n.get("rule").asText()).isEqualTo("BKA-MISSING");
    assertThat(n.get("severity").asText()).isEqualTo("error");
    assertThat(n.get("namnd").asText()).isEqualTo("Individ- och familjeomsorgsnämnden");
    assertThat(n.get("meetingDate").asText()).isEqualTo("2026-03-10");
    assertThat(n.get("dnr").asText()).isEqualTo("2026-00034");
    assertThat(n.get("title").asText()).isEqualTo("Riktlinje för ekonomiskt bistånd 2026");
    assertThat(n.get("source").asText()).isEqualTo("corpus/ifn-2026-03-10-kallelse.pdf");
    assertThat(n.get("location").get("page").asInt()).isEqualTo(7);
    assertThat(n.get("location").get("line").asInt()).isEqualTo(412);
    assertThat(n.get("evidence").asText()).startsWith("Riktlinjen gäller hushåll med barn");
    assertThat(n.get("message").asText()).isEqualTo("Skrivelsen saknar barnkonsekvensanalys fast ärendet rör barn.");
    assertThat(n.get("basis").asText()).isEqualTo("Lag (2018:1197) art. 3, 12");
    assertThat(n.has("date")).as("date only where set or with no Dnr").isFalse();
    assertThat(n.get("fingerprint").asText()).isEqualTo(f.fingerprint()).hasSize(24);
    assertThat(n.has("status")).as("status only against a baseline").isFalse();
  }

  @Test
  void givesTheDateOfAFindingWithNoDnrAndOnlyTheKnownPartsOfItsLocation() throws Exception {
    JsonNode root = json(SampleFindings.all());
    JsonNode delegation = find(root, "DELEGATION-NOT-REPORTED");
    JsonNode failed = find(root, "INGEST-FAILED");

    assertThat(delegation.get("dnr").isNull()).isTrue();
    assertThat(delegation.get("date").asText()).isEqualTo("2026-01-15");
    assertThat(delegation.get("meetingDate").isNull()).isTrue();
    assertThat(delegation.get("location").has("page")).isFalse();
    assertThat(delegation.get("location").get("line").asInt()).isEqualTo(14);

    assertThat(failed.get("dnr").isNull()).isTrue();
    assertThat(failed.has("date")).as("always present with no Dnr").isTrue();
    assertThat(failed.get("date").isNull()).isTrue();
    assertThat(failed.get("location").size()).isZero();
    assertThat(failed.get("evidence").isNull()).isTrue();
  }

  @Test
  void saysTheStatusAgainstABaseline() throws Exception {
    List<Finding> findings = SampleFindings.all();
    List<Finding> marked = Baseline.ofFindings(findings.subList(0, 1)).mark(findings.subList(0, 2));

    JsonNode root = json(marked);

    assertThat(find(root, "BKA-MISSING").get("status").asText()).isEqualTo("known");
    assertThat(find(root, "BUDGET-TABLE-MISMATCH").get("status").asText()).isEqualTo("new");
  }

  private static JsonNode find(JsonNode root, String rule) {
    for (JsonNode n : root) {
      if (n.get("rule").asText().equals(rule)) {
        return n;
      }
    }
    throw new AssertionError("no finding of " + rule);
  }
}
