package se.namndkoll.report.findings;

/**
 * A finding of an earlier run, as a baseline holds it: enough to tell whether it is still found and
 * to count it by rule and nämnd when it is not.
 *
 * @param fingerprint the finding's fingerprint
 * @param rule its rule id, or {@code null} where the baseline does not say
 * @param namnd its nämnd, or {@code null}
 */
public record PastFinding(String fingerprint, String rule, String namnd) {}
