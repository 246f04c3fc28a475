package se.namndkoll.report.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.model.Finding;

/**
 * The findings and context as every report writes them: personnummer masked ({@link Masking}), and
 * the same finding found in several places (one fingerprint: a budget follow-up that is its own
 * file and part of the kallelse) one finding, listed at its first place in document order, its
 * gravest severity, with all its places.
 *
 * @param findings one finding per fingerprint, in document order
 * @param context the context, masked
 * @param places each fingerprint's findings in document order, the listed one first
 */
record Prepared(List<Finding> findings, ReportContext context, Map<String, List<Finding>> places) {

  static Prepared of(List<Finding> findings, ReportContext context) {
    Map<String, List<Finding>> places = new LinkedHashMap<>();
    for (Finding f : FindingOrder.sorted(Masking.findings(findings), FindingOrder.BY_DOCUMENT)) {
      places.computeIfAbsent(f.fingerprint(), k -> new ArrayList<>()).add(f);
    }
    List<Finding> merged = new ArrayList<>();
    for (List<Finding> same : places.values()) {
      Finding first = same.get(0);
      for (Finding other : same) {
        if (other.severity().compareTo(first.severity()) > 0) {
          first = new Finding(first.rule(), other.severity(), first.namnd(), first.meetingDate(), first.dnr(),
              first.title(), first.source(), first.page(), first.line(), first.evidence(), first.message(),
              first.basis(), first.date(), first.status(), first.ocr());
        }
      }
      merged.add(first);
    }
    Map<String, List<Finding>> frozen = new LinkedHashMap<>();
    places.forEach((fp, list) -> frozen.put(fp, List.copyOf(list)));
    return new Prepared(List.copyOf(merged), Masking.context(context), frozen);
  }

  /** Every place of the finding, its own first. */
  List<Finding> placesOf(Finding f) {
    return places.getOrDefault(f.fingerprint(), List.of(f));
  }

  /** The finding's other places, beyond the one it is listed at. */
  List<Finding> elsewhere(Finding f) {
    List<Finding> all = placesOf(f);
    return all.size() <= 1 ? List.of() : all.subList(1, all.size());
  }
}
