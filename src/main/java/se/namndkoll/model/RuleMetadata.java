package se.namndkoll.model;

/**
 * What one rule says of itself in its metadata ({@code @id}, {@code @severity}, {@code @basis},
 * {@code @description}, {@code @example}). Several rules may share an id; {@link RuleInfo} is the
 * catalogue's one entry per id.
 *
 * @param name the rule's name, a business phrase
 * @param id the id its findings carry ("BKA-MISSING")
 * @param severity the severity of its findings
 * @param basis the law or local rule it rests on, or {@code null}
 * @param description what the rule checks, one line, or {@code null}
 * @param example an example of what fires it, or {@code null}
 * @param title the rule's short Swedish name ({@code @title}), or {@code null}
 */
public record RuleMetadata(String name, String id, Severity severity, String basis, String description,
    String example, String title) {}
