package se.namndkoll.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;
import se.namndkoll.rules.facts.Subject;

/**
 * The findings of a sweep, as rules report them: the global {@code findings} of every rule file.
 * A rule says what is wrong; its id, severity and basis come from its own metadata
 * ({@code @id}, {@code @severity}, {@code @basis}), and where and what the evidence is from the
 * fact it reports on.
 */
public final class Findings {

  private final List<Finding> found = new ArrayList<>();
  private final Map<String, RuleMetadata> rules;
  private final Set<String> disabled;

  /**
   * @param rules the loaded rules' metadata by {@link #ruleKey}, read once when they were compiled
   * @param disabled rule ids whose findings are dropped
   */
  public Findings(Map<String, RuleMetadata> rules, Set<String> disabled) {
    this.rules = rules;
    this.disabled = disabled;
  }

  /** Reports a finding on the fact, quoting the fact's own evidence. */
  public void report(RuleContext rule, Subject subject, String message) {
    report(rule, subject, message, subject.evidence());
  }

  /** Reports a finding on the fact, with the evidence given. */
  public void report(RuleContext rule, Subject subject, String message, String evidence) {
    RuleMetadata meta = rules.get(ruleKey(rule.getRule().getPackageName(), rule.getRule().getName()));
    if (disabled.contains(meta.id())) {
      return;
    }
    found.add(new Finding(meta.id(), meta.severity(), subject.namnd(), subject.meetingDate(), subject.dnr(),
        subject.title(), subject.source(), subject.page(), subject.line(), evidence, message, meta.basis(),
        subject.date(), null));
  }

  /** A rule's key among all loaded: its package and name. */
  static String ruleKey(String pkg, String name) {
    return pkg + "/" + name;
  }

  public List<Finding> all() {
    return List.copyOf(found);
  }

  /**
   * What a rule says of itself in its metadata.
   *
   * @param name the rule's name, a business phrase
   * @param example an example of what fires it, or {@code null}
   * @param title the rule's short Swedish name ({@code @title}), or {@code null}
   */
  public record RuleMetadata(String name, String id, Severity severity, String basis, String description,
      String example, String title) {

    static RuleMetadata of(String name, Map<String, Object> meta) {
      String id = text(meta.get("id"));
      String severity = text(meta.get("severity"));
      if (id == null || id.isBlank()) {
        throw new IllegalStateException("rule \"" + name + "\" has no @id");
      }
      Severity s = Severity.of(severity).orElseThrow(() ->
          new IllegalStateException("rule \"" + name + "\" has no valid @severity (error, warning or info): " + severity));
      return new RuleMetadata(name, id.strip(), s, text(meta.get("basis")), text(meta.get("description")),
          text(meta.get("example")), text(meta.get("title")));
    }

    private static String text(Object o) {
      if (o == null) {
        return null;
      }
      String s = String.valueOf(o).strip();
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        s = s.substring(1, s.length() - 1);
      }
      return s.isEmpty() ? null : s;
    }
  }
}
