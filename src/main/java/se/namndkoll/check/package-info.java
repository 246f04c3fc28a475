/**
 * The compliance sweep as a whole: which documents (files under paths, or the whole archive), the
 * rules over them, the filters a revisor asks for, the baseline of an earlier sweep and the
 * findings already reviewed.
 *
 * <p>{@link se.namndkoll.check.Baseline} marks findings new or known against an earlier run's
 * JSON; {@link se.namndkoll.check.Reviews} holds the findings a revisor has reviewed, so that they
 * are not reported again while their evidence stays the same. The rules themselves are in
 * {@code se.namndkoll.rules}, the reports in {@code se.namndkoll.report.findings}.
 */
package se.namndkoll.check;
