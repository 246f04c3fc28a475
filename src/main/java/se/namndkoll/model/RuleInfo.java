package se.namndkoll.model;


/**
 * What the rule catalogue says of one rule: its id, its default severity, its basis and a one-line
 * description. Reports use it to describe a rule beyond what its findings say.
 *
 * @param id the rule's id ("BKA-MISSING")
 * @param severity the rule's default severity
 * @param basis the law or local rule it rests on, or {@code null}
 * @param description what the rule checks, one line, or {@code null}
 */
public record RuleInfo(String id, Severity severity, String basis, String description) {

  public RuleInfo {
    if (id == null || id.isBlank() || severity == null) {
      throw new IllegalArgumentException("a rule needs an id and a severity");
    }
  }
}
