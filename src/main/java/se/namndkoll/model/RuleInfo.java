package se.namndkoll.model;


/**
 * What the rule catalogue says of one rule: its id, its default severity, its basis, a one-line
 * description, its short Swedish name and an example. Reports use it to describe a rule beyond what
 * its findings say.
 *
 * @param id the rule's id ("BKA-MISSING")
 * @param severity the rule's default severity
 * @param basis the law or local rule it rests on, or {@code null}
 * @param description what the rule checks, one line, or {@code null}
 * @param title the rule's short Swedish name ("Barnkonsekvensanalys saknas"), or {@code null}
 * @param example an example of what it finds, or {@code null}
 */
public record RuleInfo(String id, Severity severity, String basis, String description, String title,
    String example) {

  public RuleInfo {
    if (id == null || id.isBlank() || severity == null) {
      throw new IllegalArgumentException("a rule needs an id and a severity");
    }
  }

  /** A rule known by its id, severity, basis and description only. */
  public RuleInfo(String id, Severity severity, String basis, String description) {
    this(id, severity, basis, description, null, null);
  }

  /** The short name, else the id. */
  public String titleOrId() {
    return title == null || title.isBlank() ? id : title;
  }
}
