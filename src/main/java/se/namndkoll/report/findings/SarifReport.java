package se.namndkoll.report.findings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.namndkoll.model.Finding;
import se.namndkoll.model.RuleInfo;
import se.namndkoll.model.Severity;
import se.namndkoll.report.Json;

/**
 * The findings as SARIF 2.1.0: one run of the tool "namndkoll" (its version and where it is
 * published) whose driver lists the rules (id; the Swedish name as {@code name} and
 * {@code shortDescription}; what the rule checks as {@code fullDescription}; {@code help} with the
 * example and basis; {@code helpUri} to the rule's section of the published rules reference; the
 * default level, and the severity, basis and example as properties), the scope as the run's
 * properties, and one result per finding (one per fingerprint): its rule, level (error, warning,
 * note), message, every place it stands as a location, the document as artifact location with
 * the line as region (page, which SARIF has no field for, in the physical location's properties),
 * the evidence as the region's snippet, a stable fingerprint under {@value #FINGERPRINT_KEY} and,
 * when a baseline was used, the baseline state (new or unchanged).
 */
final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = Finding.FINGERPRINT_KEY;

  String write(Prepared p) {
    List<Finding> findings = p.findings();
    ReportContext context = p.context();
    Scope scope = context.scope();
    List<RuleInfo> rules = rules(findings, context);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }

    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "namndkoll");
    if (scope.toolVersion() != null) {
      driver.put("version", scope.toolVersion());
    }
    if (scope.informationUri() != null) {
      driver.put("informationUri", scope.informationUri());
    }
    driver.put("language", "sv-SE");
    driver.put("rules", rules.stream().map(r -> rule(r, scope)).toList());

    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", true);
    invocation.put("startTimeUtc", DateTimeFormatter.ISO_INSTANT.format(context.runAt().toInstant()));
    if (scope.ranBy() != null) {
      invocation.put("account", scope.ranBy());
    }

    Map<String, Object> runProperties = new LinkedHashMap<>();
    runProperties.put("checked", context.checked());
    runProperties.put("wholeIndex", context.wholeIndex());
    runProperties.put("filesRead", context.filesRead());
    runProperties.put("filesFailed", context.filesFailed());
    runProperties.put("reviewed", context.reviewed());
    putIfSet(runProperties, "kommun", scope.kommun());
    if (!scope.namnder().isEmpty()) {
      runProperties.put("namnder", scope.namnder());
    }
    putIfSet(runProperties, "firstMeeting", scope.firstMeeting());
    putIfSet(runProperties, "lastMeeting", scope.lastMeeting());
    if (!scope.failed().isEmpty()) {
      runProperties.put("failed", scope.failed().stream().map(f -> Map.of("source", f.source(), "reason",
          f.reason() == null ? "" : f.reason())).toList());
    }
    putIfSet(runProperties, "rulesFolder", scope.rulesFolder());
    putIfSet(runProperties, "rulesSha256", scope.rulesHash());
    if (!scope.policy().isEmpty()) {
      runProperties.put("policy", scope.policy());
    }
    putIfSet(runProperties, "conclusions", scope.conclusions());

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("invocations", List.of(invocation));
    run.put("language", "sv-SE");
    run.put("results", findings.stream().map(f -> result(f, index.get(f.rule()), p.placesOf(f))).toList());
    run.put("properties", runProperties);

    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", SCHEMA);
    sarif.put("version", "2.1.0");
    sarif.put("runs", List.of(run));
    return Json.write(sarif);
  }

  /** The catalogue's rules, then any rule that gave a finding but is not in it, by id. */
  private static List<RuleInfo> rules(List<Finding> findings, ReportContext context) {
    Map<String, RuleInfo> rules = new TreeMap<>(context.rules());
    for (Finding f : findings) {
      if (context.rules().containsKey(f.rule())) {
        continue;
      }
      RuleInfo seen = rules.get(f.rule());
      if (seen == null || f.severity().compareTo(seen.severity()) > 0) {
        rules.put(f.rule(), new RuleInfo(f.rule(), f.severity(), seen == null ? f.basis() : seen.basis(), null));
      }
    }
    return new ArrayList<>(rules.values());
  }

  private static Map<String, Object> rule(RuleInfo r, Scope scope) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    if (r.title() != null && !r.title().isBlank()) {
      m.put("name", r.title());
    }
    m.put("shortDescription", Map.of("text", r.titleOrId()));
    String description = r.description() == null || r.description().isBlank() ? r.titleOrId() : r.description();
    m.put("fullDescription", Map.of("text", description));
    StringBuilder text = new StringBuilder(description);
    StringBuilder markdown = new StringBuilder("**").append(r.titleOrId()).append("** (`").append(r.id())
        .append("`)\n\n").append(description);
    if (r.example() != null && !r.example().isBlank()) {
      text.append("\nExempel: ").append(r.example());
      markdown.append("\n\nExempel: ").append(r.example());
    }
    if (r.basis() != null && !r.basis().isBlank()) {
      text.append("\nGrund: ").append(r.basis());
      markdown.append("\n\nGrund: ").append(r.basis());
    }
    Map<String, Object> help = new LinkedHashMap<>();
    help.put("text", text.toString());
    help.put("markdown", markdown.toString());
    m.put("help", help);
    String uri = scope.ruleUri(r.id());
    if (uri != null) {
      m.put("helpUri", uri);
    }
    m.put("defaultConfiguration", Map.of("level", level(r.severity())));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("severity", r.severity().id());
    if (r.basis() != null && !r.basis().isBlank()) {
      properties.put("basis", r.basis());
    }
    if (r.example() != null && !r.example().isBlank()) {
      properties.put("example", r.example());
    }
    m.put("properties", properties);
    return m;
  }

  private static Map<String, Object> result(Finding f, int ruleIndex, List<Finding> places) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ruleId", f.rule());
    m.put("ruleIndex", ruleIndex);
    m.put("level", level(f.severity()));
    m.put("message", Map.of("text", f.message()));
    List<Map<String, Object>> locations = places.stream().filter(at -> at.source() != null && !at.source().isBlank())
        .map(SarifReport::location).toList();
    if (!locations.isEmpty()) {
      m.put("locations", locations);
    }
    m.put("partialFingerprints", Map.of(FINGERPRINT_KEY, f.fingerprint()));
    if (f.status() != null) {
      m.put("baselineState", f.status() == Finding.Status.NEW ? "new" : "unchanged");
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    putIfSet(properties, "severity", f.severity().id());
    if (f.ocr()) {
      properties.put("ocr", true);
    }
    putIfSet(properties, "namnd", f.namnd());
    putIfSet(properties, "meetingDate", f.meetingDate());
    putIfSet(properties, "dnr", f.dnr());
    putIfSet(properties, "title", f.title());
    putIfSet(properties, "page", f.page());
    putIfSet(properties, "evidence", f.evidence());
    putIfSet(properties, "basis", f.basis());
    putIfSet(properties, "date", f.date());
    m.put("properties", properties);
    return m;
  }

  /** One place of a finding: the document, the line as region with the quote, the page as property. */
  private static Map<String, Object> location(Finding f) {
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri(f.source())));
    if (f.line() != null) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", f.line());
      if (f.evidence() != null && !f.evidence().isBlank()) {
        region.put("snippet", Map.of("text", f.evidence()));
      }
      physical.put("region", region);
    }
    if (f.page() != null) {
      physical.put("properties", Map.of("page", f.page()));
    }
    return Map.of("physicalLocation", physical);
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * The source as a URI reference: a relative path stays relative (percent-encoded, back-slashes as
   * slashes), an absolute path becomes a {@code file:} URI, a {@code file:} or web URI stays.
   */
  static String uri(String source) {
    if (source.matches("(?i)(file|https?):.*")) {
      return source;
    }
    String path = source.replace('\\', '/');
    boolean windowsDrive = path.matches("[A-Za-z]:/.*");
    if (!path.startsWith("/") && !windowsDrive && path.split("/", 2)[0].contains(":")) {
      path = "./" + path;
    }
    try {
      if (path.startsWith("/") || windowsDrive) {
        return new URI("file", "", windowsDrive ? "/" + path : path, null).toASCIIString();
      }
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + source, e);
    }
  }

  private static void putIfSet(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value instanceof Integer ? value : value.toString());
    }
  }
}
