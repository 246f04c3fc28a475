/**
 * The compliance sweep as a whole: which documents (files under paths, or the whole archive), the
 * rules over them, the filters a revisor asks for, the baseline of an earlier sweep and the
 * findings already reviewed. The rules themselves are in {@code se.namndkoll.rules}, the reports
 * in {@code se.namndkoll.report.findings}.
 */
package se.namndkoll.check;
