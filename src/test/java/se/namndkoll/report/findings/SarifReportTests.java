package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.check.Baseline;
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

  /** The properties SARIF 2.1.0 allows on each object this report writes (the schema's additionalProperties: false). */
  private static final java.util.Map<String, java.util.Set<String>> ALLOWED = java.util.Map.ofEntries(
      java.util.Map.entry("log", java.util.Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties")),
      java.util.Map.entry("run", java.util.Set.of("tool", "invocations", "conversion", "language",
          "versionControlProvenance", "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results",
          "automationDetails", "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding",
          "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
          "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
          "specialLocations", "properties")),
      java.util.Map.entry("tool", java.util.Set.of("driver", "extensions", "properties")),
      java.util.Map.entry("toolComponent", java.util.Set.of("guid", "name", "organization", "product", "productSuite",
          "shortDescription", "fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion",
          "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications", "rules", "taxa",
          "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion",
          "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata",
          "supportedTaxonomies", "properties")),
      java.util.Map.entry("reportingDescriptor", java.util.Set.of("id", "deprecatedIds", "guid", "deprecatedGuids",
          "name", "deprecatedNames", "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration",
          "helpUri", "help", "relationships", "properties")),
      java.util.Map.entry("multiformatMessageString", java.util.Set.of("text", "markdown", "properties")),
      java.util.Map.entry("reportingConfiguration", java.util.Set.of("enabled", "level", "rank", "parameters",
          "properties")),
      java.util.Map.entry("invocation", java.util.Set.of("commandLine", "arguments", "responseFiles", "startTimeUtc",
          "endTimeUtc", "exitCode", "ruleConfigurationOverrides", "notificationConfigurationOverrides",
          "toolExecutionNotifications", "toolConfigurationNotifications", "exitCodeDescription", "exitSignalName",
          "exitSignalNumber", "processStartFailureMessage", "executionSuccessful", "machine", "account", "processId",
          "executableLocation", "workingDirectory", "environmentVariables", "stdin", "stdout", "stderr",
          "stdoutStderr", "properties")),
      java.util.Map.entry("result", java.util.Set.of("ruleId", "ruleIndex", "rule", "kind", "level", "message",
          "analysisTarget", "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints",
          "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions",
          "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa",
          "webRequest", "webResponse", "properties")),
      java.util.Map.entry("location", java.util.Set.of("id", "physicalLocation", "logicalLocations", "message",
          "annotations", "relationships", "properties")),
      java.util.Map.entry("physicalLocation", java.util.Set.of("address", "artifactLocation", "region",
          "contextRegion", "properties")),
      java.util.Map.entry("artifactLocation", java.util.Set.of("uri", "uriBaseId", "index", "description",
          "properties")),
      java.util.Map.entry("region", java.util.Set.of("startLine", "startColumn", "endLine", "endColumn", "charOffset",
          "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties")),
      java.util.Map.entry("artifactContent", java.util.Set.of("text", "binary", "rendered", "properties")),
      java.util.Map.entry("message", java.util.Set.of("text", "markdown", "id", "arguments", "properties")));

  private static void allowed(String kind, JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(names).as(kind).isSubsetOf(ALLOWED.get(kind));
  }

  @Test
  void writesOnlyWhatTheSchemaAllowsWithTheRequiredPartsAndAbsoluteUris() throws Exception {
    JsonNode root = mapper.readTree(FindingReports.text(FindingFormat.SARIF, SampleFindings.all(),
        ScopeInReportsTests.context(), ReportOptions.DEFAULTS));

    allowed("log", root);
    JsonNode run = root.at("/runs/0");
    allowed("run", run);
    allowed("tool", run.get("tool"));
    allowed("toolComponent", run.at("/tool/driver"));
    assertThat(run.at("/tool/driver/name").isTextual()).isTrue();
    assertThat(java.net.URI.create(run.at("/tool/driver/informationUri").asText()).isAbsolute()).isTrue();
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      allowed("reportingDescriptor", rule);
      for (String text : List.of("shortDescription", "fullDescription", "help")) {
        allowed("multiformatMessageString", rule.get(text));
        assertThat(rule.at("/" + text + "/text").isTextual()).as(text).isTrue();
      }
      allowed("reportingConfiguration", rule.get("defaultConfiguration"));
      assertThat(java.net.URI.create(rule.get("helpUri").asText()).isAbsolute()).isTrue();
      assertThat(rule.path("name").asText()).isNotEqualTo(rule.get("id").asText());
    }
    for (JsonNode invocation : run.get("invocations")) {
      allowed("invocation", invocation);
      assertThat(invocation.get("executionSuccessful").isBoolean()).isTrue();
    }
    for (JsonNode result : run.get("results")) {
      allowed("result", result);
      allowed("message", result.get("message"));
      for (JsonNode location : result.path("locations")) {
        allowed("location", location);
        allowed("physicalLocation", location.get("physicalLocation"));
        allowed("artifactLocation", location.at("/physicalLocation/artifactLocation"));
        if (location.at("/physicalLocation/region").isObject()) {
          allowed("region", location.at("/physicalLocation/region"));
          if (location.at("/physicalLocation/region/snippet").isObject()) {
            allowed("artifactContent", location.at("/physicalLocation/region/snippet"));
          }
        }
      }
    }
  }
}
