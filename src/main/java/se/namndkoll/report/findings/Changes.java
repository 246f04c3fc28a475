package se.namndkoll.report.findings;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.namndkoll.model.Finding;

/**
 * Findings against a baseline, counted per nämnd and rule: new (not in the baseline), unchanged
 * (in both) and fixed (in the baseline, no longer found), so that a revisor sees whether a nämnd
 * improves from one year to the next. A finding of the baseline whose rule the baseline does not
 * name is counted under "(okänd regel)".
 */
final class Changes {

  static final String UNKNOWN_RULE = "(okänd regel)";

  private Changes() {}

  /** Nämnd → rule → {new, unchanged, fixed}; nämnder in Swedish order, rules in id order. */
  static Map<String, Map<String, int[]>> perNamndAndRule(List<Finding> findings, List<PastFinding> baseline) {
    Map<String, Map<String, int[]>> m = new TreeMap<>(Tally.NAMND_ORDER);
    Set<String> now = new HashSet<>();
    for (Finding f : findings) {
      now.add(f.fingerprint());
      int[] counts = m.computeIfAbsent(Labels.namnd(f), k -> new TreeMap<>()).computeIfAbsent(f.rule(), k -> new int[3]);
      counts[f.status() == Finding.Status.KNOWN ? 1 : 0]++;
    }
    for (PastFinding p : baseline) {
      if (now.contains(p.fingerprint())) {
        continue;
      }
      String namnd = p.namnd() == null || p.namnd().isBlank() ? Labels.NO_NAMND : p.namnd();
      String rule = p.rule() == null || p.rule().isBlank() ? UNKNOWN_RULE : p.rule();
      m.computeIfAbsent(namnd, k -> new TreeMap<>()).computeIfAbsent(rule, k -> new int[3])[2]++;
    }
    return m;
  }

  /** {new, unchanged, fixed} over all nämnder and rules. */
  static int[] total(Map<String, Map<String, int[]>> m) {
    int[] t = new int[3];
    m.values().forEach(rules -> rules.values().forEach(c -> {
      for (int i = 0; i < 3; i++) {
        t[i] += c[i];
      }
    }));
    return t;
  }
}
