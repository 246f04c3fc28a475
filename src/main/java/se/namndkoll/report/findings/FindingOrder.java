package se.namndkoll.report.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/** The orders findings are listed in. */
final class FindingOrder {

  static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  static final List<Severity> GRAVEST_FIRST = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

  /** Where in the document: page, then line (unknown first), then gravest first, then rule. */
  static final Comparator<Finding> IN_DOCUMENT =
      Comparator.comparing(Finding::page, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(Finding::line, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
          .thenComparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(Finding::rule);

  /** By document (by name, none last), then in the document. */
  static final Comparator<Finding> BY_DOCUMENT =
      Comparator.comparing(Finding::source, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(IN_DOCUMENT);

  /** By rule, then by document. */
  static final Comparator<Finding> BY_RULE = Comparator.comparing(Finding::rule).thenComparing(BY_DOCUMENT);

  private FindingOrder() {}

  static List<Finding> sorted(List<Finding> findings, Comparator<Finding> order) {
    return findings.stream().sorted(order).toList();
  }
}
