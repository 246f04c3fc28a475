package se.namndkoll.report.findings;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/** Counts of findings: per severity, per rule, per nämnd and rule. */
final class Tally {

  /** Nämnder in Swedish order ("Äldrenämnden" after "Tekniska nämnden"), "Utan nämnd" last. */
  static final Comparator<String> NAMND_ORDER = namndOrder();

  private final List<Finding> findings;

  Tally(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  int total() {
    return findings.size();
  }

  /** Every severity with its count (zero included); list them in {@link FindingOrder#GRAVEST_FIRST}. */
  Map<Severity, Integer> perSeverity() {
    return count(findings);
  }

  /** Rule id → severity → count, rules in id order. */
  Map<String, Map<Severity, Integer>> perRule() {
    Map<String, Map<Severity, Integer>> m = new TreeMap<>();
    for (Finding f : findings) {
      m.computeIfAbsent(f.rule(), k -> empty()).merge(f.severity(), 1, Integer::sum);
    }
    return m;
  }

  /** Nämnd → rule id → severity → count; nämnder in Swedish order, rules in id order. */
  Map<String, Map<String, Map<Severity, Integer>>> perNamndAndRule() {
    Map<String, Map<String, Map<Severity, Integer>>> m = new TreeMap<>(NAMND_ORDER);
    for (Finding f : findings) {
      m.computeIfAbsent(Labels.namnd(f), k -> new TreeMap<>())
          .computeIfAbsent(f.rule(), k -> empty())
          .merge(f.severity(), 1, Integer::sum);
    }
    return m;
  }

  /** How many findings are new and known against a baseline; both zero when none was used. */
  int withStatus(Finding.Status status) {
    return (int) findings.stream().filter(f -> f.status() == status).count();
  }

  boolean baselineUsed() {
    return findings.stream().anyMatch(f -> f.status() != null);
  }

  static int sum(Map<Severity, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static Map<Severity, Integer> count(List<Finding> fs) {
    Map<Severity, Integer> m = empty();
    fs.forEach(f -> m.merge(f.severity(), 1, Integer::sum));
    return m;
  }

  /** Every severity, each zero. */
  static Map<Severity, Integer> empty() {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, 0);
    }
    return m;
  }

  private static Comparator<String> namndOrder() {
    Collator swedish = Collator.getInstance(FindingOrder.SWEDISH);
    swedish.setStrength(Collator.TERTIARY);
    return Comparator.<String, Boolean>comparing(Labels.NO_NAMND::equals)
        .thenComparing(swedish::compare)
        .thenComparing(Comparator.naturalOrder());
  }
}
