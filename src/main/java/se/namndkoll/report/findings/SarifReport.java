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
 * The findings as SARIF 2.1.0: one run of the tool "namndkoll" whose driver lists the rules (id,
 * short description, default level, and the severity and basis as properties), and one result per
 * finding: its rule, level (error, warning, note), message, the document as artifact location with
 * the line as region (page, which SARIF has no field for, in the physical location's properties),
 * the evidence as the region's snippet, a stable fingerprint under {@value #FINGERPRINT_KEY} and,
 * when a baseline was used, the baseline state (new or unchanged).
 */
final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = Finding.FINGERPRINT_KEY;

  String write(List<Finding> findings, ReportContext context) {
    List<RuleInfo> rules = rules(findings, context);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }

    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "namndkoll");
    driver.put("rules", rules.stream().map(SarifReport::rule).toList());

    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", true);
    invocation.put("startTimeUtc", DateTimeFormatter.ISO_INSTANT.format(context.runAt().toInstant()));

    Map<String, Object> runProperties = new LinkedHashMap<>();
    runProperties.put("checked", context.checked());
    runProperties.put("wholeIndex", context.wholeIndex());
    runProperties.put("filesRead", context.filesRead());
    runProperties.put("filesFailed", context.filesFailed());
    runProperties.put("reviewed", context.reviewed());

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("invocations", List.of(invocation));
    run.put("results", FindingOrder.sorted(findings, FindingOrder.BY_DOCUMENT).stream()
        .map(f -> result(f, index.get(f.rule()))).toList());
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

  private static Map<String, Object> rule(RuleInfo r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("shortDescription", Map.of("text", r.description() == null || r.description().isBlank()
        ? r.id() : r.description()));
    m.put("defaultConfiguration", Map.of("level", level(r.severity())));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("severity", r.severity().id());
    if (r.basis() != null && !r.basis().isBlank()) {
      properties.put("basis", r.basis());
    }
    m.put("properties", properties);
    return m;
  }

  private static Map<String, Object> result(Finding f, int ruleIndex) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ruleId", f.rule());
    m.put("ruleIndex", ruleIndex);
    m.put("level", level(f.severity()));
    m.put("message", Map.of("text", f.message()));
    if (f.source() != null && !f.source().isBlank()) {
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
      m.put("locations", List.of(Map.of("physicalLocation", physical)));
    }
    m.put("partialFingerprints", Map.of(FINGERPRINT_KEY, f.fingerprint()));
    if (f.status() != null) {
      m.put("baselineState", f.status() == Finding.Status.NEW ? "new" : "unchanged");
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    putIfSet(properties, "severity", f.severity().id());
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
