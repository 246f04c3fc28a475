/**
 * Reports of the findings of a check.
 *
 * <p>{@link se.namndkoll.report.findings.FindingReports#write} is the one entry point: findings and
 * a {@link se.namndkoll.report.findings.ReportContext} (what was checked and when) in, one of the
 * {@link se.namndkoll.report.findings.FindingFormat}s out — a table for the terminal, the JSON of
 * OUTPUT.md, CSV, XLSX, a self-contained HTML report with a chart, SARIF 2.1.0, and the HTML report
 * as PDF. Every format masks personnummer ({@link se.namndkoll.report.findings.Masking}), writes one
 * finding per fingerprint with all its places ({@link se.namndkoll.report.findings.Prepared}), and
 * names the check's {@link se.namndkoll.report.findings.Scope}. The writers are pure: no framework,
 * no clock, no rule engine; the same input gives the same bytes (the PDF aside, which carries the
 * time it was made).
 *
 * <p>Finding components that are {@code null} (no Dnr, no page) are left out or written empty;
 * lists are never {@code null}.
 */
package se.namndkoll.report.findings;
