package se.namndkoll.report.findings;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.namndkoll.model.RuleInfo;

/**
 * What a report is of: what was checked, when, by which rules, and how many files and findings were
 * read, failed or left out. The time is passed in, never read from a clock, so that a report can be
 * written twice the same.
 *
 * @param checked the paths checked, as given; empty when the whole index was checked
 * @param runAt when the check ran
 * @param rules the rule catalogue by id; may be empty, then reports describe a rule by its findings
 * @param filesRead files read
 * @param filesFailed files that could not be read (each is also an {@code INGEST-FAILED} finding)
 * @param reviewed findings left out because a revisor has reviewed them
 * @param scope what the check covered, by whom, and the revisor's conclusions
 * @param baseline an earlier run's findings (rule and nämnd of each), when one was given, else {@code null}
 */
public record ReportContext(
    List<String> checked, ZonedDateTime runAt, Map<String, RuleInfo> rules, int filesRead, int filesFailed,
    int reviewed, Scope scope, List<PastFinding> baseline) {

  public ReportContext(List<String> checked, ZonedDateTime runAt, Map<String, RuleInfo> rules, int filesRead,
      int filesFailed, int reviewed) {
    this(checked, runAt, rules, filesRead, filesFailed, reviewed, Scope.NONE, null);
  }

  public ReportContext {
    if (runAt == null) {
      throw new IllegalArgumentException("a report needs the time of its run");
    }
    if (filesRead < 0 || filesFailed < 0 || reviewed < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
    checked = checked == null ? List.of() : List.copyOf(checked);
    rules = rules == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rules));
    scope = scope == null ? Scope.NONE : scope;
    baseline = baseline == null ? null : List.copyOf(baseline);
  }

  /** A context of the paths checked (none: the whole index) at a time, with no catalogue or counts. */
  public static ReportContext of(List<String> checked, ZonedDateTime runAt) {
    return new ReportContext(checked, runAt, Map.of(), 0, 0, 0);
  }

  public ReportContext withRules(List<RuleInfo> catalogue) {
    Map<String, RuleInfo> byId = new TreeMap<>();
    catalogue.forEach(r -> byId.put(r.id(), r));
    return new ReportContext(checked, runAt, byId, filesRead, filesFailed, reviewed, scope, baseline);
  }

  public ReportContext withFiles(int read, int failed) {
    return new ReportContext(checked, runAt, rules, read, failed, reviewed, scope, baseline);
  }

  public ReportContext withReviewed(int count) {
    return new ReportContext(checked, runAt, rules, filesRead, filesFailed, count, scope, baseline);
  }

  public ReportContext withScope(Scope newScope) {
    return new ReportContext(checked, runAt, rules, filesRead, filesFailed, reviewed, newScope, baseline);
  }

  /** The baseline the findings were marked against, so that a report can tell what was fixed since. */
  public ReportContext withBaseline(List<PastFinding> earlier) {
    return new ReportContext(checked, runAt, rules, filesRead, filesFailed, reviewed, scope, earlier);
  }

  public boolean wholeIndex() {
    return checked.isEmpty();
  }

  public Optional<RuleInfo> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }
}
