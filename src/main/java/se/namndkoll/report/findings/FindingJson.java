package se.namndkoll.report.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.model.Finding;
import se.namndkoll.model.RuleInfo;
import se.namndkoll.report.Json;

/**
 * The JSON of {@code check --format json}, as OUTPUT.md sets it out: one array, one object per
 * finding in document order (by source, page, line), so that two runs diff well; the contract's fields in its order, then {@code fingerprint} and, when a baseline was
 * used, {@code status}. The contract's own fields are always present (null when unknown) except
 * {@code date}, which is present when set and always for a finding with no Dnr.
 *
 * <p>One finding per fingerprint: where the same finding stands in several places (a budget
 * follow-up that is its own file and part of the kallelse), {@code source} and {@code location} are
 * its first place and {@code locations} lists them all, each {@code {"source", "page", "line"}};
 * a finding found once has its one place there. Each finding also carries its rule's Swedish name
 * ({@code ruleName}), as the other formats do. No personnummer is written in clear.
 */
public final class FindingJson {

  private FindingJson() {}

  static String write(Prepared p) {
    return Json.write(p.findings().stream().map(f -> {
      Map<String, Object> m = toMap(f);
      // the rule's Swedish name, as the other formats show it: added after the contract's fields
      m.put("ruleName", p.context().rule(f.rule()).map(RuleInfo::title).orElse(null));
      m.put("locations", p.placesOf(f).stream().map(FindingJson::place).toList());
      return m;
    }).toList());
  }

  /** {@code {"source": "corpus/a.pdf", "page": 3, "line": 138}} with only the parts that are known. */
  static Map<String, Object> place(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", f.source());
    m.putAll(location(f));
    return m;
  }

  public static Map<String, Object> toMap(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", f.rule());
    m.put("severity", f.severity().id());
    m.put("namnd", f.namnd());
    m.put("meetingDate", str(f.meetingDate()));
    m.put("dnr", f.dnr());
    m.put("title", f.title());
    m.put("source", f.source());
    m.put("location", location(f));
    m.put("evidence", f.evidence());
    m.put("message", f.message());
    m.put("basis", f.basis());
    if (f.date() != null || f.dnr() == null) {
      m.put("date", str(f.date()));
    }
    m.put("fingerprint", f.fingerprint());
    if (f.ocr()) {
      m.put("ocr", true);
    }
    if (f.status() != null) {
      m.put("status", f.status().id());
    }
    return m;
  }

  /** {@code {"page": 41, "line": 2612}} with only the parts that are known. */
  static Map<String, Object> location(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (f.page() != null) {
      m.put("page", f.page());
    }
    if (f.line() != null) {
      m.put("line", f.line());
    }
    return m;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
