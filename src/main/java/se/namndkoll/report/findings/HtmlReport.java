package se.namndkoll.report.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.namndkoll.model.Finding;
import se.namndkoll.model.RuleInfo;
import se.namndkoll.model.Severity;

/**
 * The findings as one self-contained HTML file a revisor can send on: inline CSS, an inline SVG
 * chart, no script and no external assets; it prints on A4. First what was checked and when, then
 * "Sammanfattning" with the chart and table "Fynd per nämnd och regel", then every finding grouped
 * by nämnd and meeting: a heading with severity, rule and ärende (Dnr and title, or the date of
 * what has no Dnr), the message, "Underlag" (the quote), the place (document, page, line) and
 * "Grund"; last
 * the rules that gave findings. Everything from a document is escaped.
 */
final class HtmlReport {

  private static final String CSS = """
      body { font-family: Arial, Helvetica, sans-serif; color: #1b1b1b; line-height: 1.45;
        max-width: 62rem; margin: 2rem auto; padding: 0 1rem; }
      h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
      h2 { font-size: 1.35rem; border-bottom: 2px solid #1b1b1b; padding-bottom: .2rem; margin-top: 2rem; }
      h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
      h4 { font-size: 1rem; margin: 1rem 0 .5rem; color: #333; }
      h5 { font-size: .95rem; margin: 0 0 .3rem; }
      .meta { margin: 0; color: #333; }
      table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .9rem; }
      th, td { border-bottom: 1px solid #c8c8c8; padding: .3rem .5rem; text-align: left; vertical-align: top; }
      thead th { border-bottom: 2px solid #555; }
      .n { text-align: right; font-variant-numeric: tabular-nums; }
      tfoot td { font-weight: bold; border-top: 2px solid #555; }
      figure { margin: 1rem 0; }
      figure svg { max-width: 100%; height: auto; }
      figcaption { font-size: .85rem; color: #555; }
      .sev { display: inline-block; min-width: 4.2rem; text-align: center; padding: 0 .4rem; border-radius: .2rem;
        color: #fff; font-size: .8rem; font-weight: bold; }
      .sev.error { background: #b3261e; }
      .sev.warning { background: #a86a00; }
      .sev.info { background: #2f6f9f; }
      article.fynd { border-left: 4px solid #c8c8c8; padding: .3rem 0 .3rem .8rem; margin: 0 0 1.1rem; }
      article.fynd.error { border-color: #b3261e; }
      article.fynd.warning { border-color: #e39b00; }
      article.fynd.info { border-color: #4a8ac2; }
      .meddelande { margin: .2rem 0 .4rem; }
      blockquote { margin: 0; padding: .2rem .7rem; background: #f4f4f4; border-left: 3px solid #b5b5b5;
        font-style: italic; white-space: pre-wrap; }
      dl { display: grid; grid-template-columns: 7.5rem 1fr; gap: .2rem .8rem; margin: .3rem 0; font-size: .92rem; }
      dt { font-weight: bold; color: #444; }
      dd { margin: 0; }
      code { font-family: "Courier New", monospace; font-size: .9em; }
      footer { margin-top: 2.5rem; font-size: .8rem; color: #666; }
      @page { size: A4; margin: 18mm 15mm; }
      @media print {
        body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
        h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
        article.fynd, figure, tr { break-inside: avoid; page-break-inside: avoid; }
        .sev, blockquote, rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;

  String write(List<Finding> findings, ReportContext context) {
    Tally tally = new Tally(findings);
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"namndkoll\">\n")
        .append("<title>Granskningsrapport ").append(context.runAt().toLocalDate()).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(sb, context);
    sb.append("<main>\n");
    summary(sb, tally, context);
    findings(sb, findings);
    rules(sb, findings, context);
    sb.append("</main>\n");
    sb.append("<footer>Skapad av namndkoll ").append(Labels.runAt(context)).append(".</footer>\n");
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void header(StringBuilder sb, ReportContext context) {
    sb.append("<header>\n<h1>Granskningsrapport</h1>\n<p class=\"meta\">Granskat: ")
        .append(Html.escape(Labels.checked(context))).append("<br>\nKörning: ").append(Labels.runAt(context));
    String files = Labels.files(context);
    if (!files.isEmpty()) {
      sb.append("<br>\n").append(Html.escape(files.substring(0, 1).toUpperCase(FindingOrder.SWEDISH)
          + files.substring(1)));
    }
    sb.append("</p>\n</header>\n");
  }

  private static void summary(StringBuilder sb, Tally tally, ReportContext context) {
    sb.append("<section id=\"sammanfattning\">\n<h2>Sammanfattning</h2>\n<p>");
    Map<Severity, Integer> perSeverity = tally.perSeverity();
    if (tally.total() == 0) {
      sb.append("Inga fynd.");
    } else {
      sb.append(Labels.count(tally.total())).append(": ").append(FindingOrder.GRAVEST_FIRST.stream()
          .map(s -> severityCount(s, perSeverity.get(s))).collect(Collectors.joining(", "))).append('.');
    }
    if (tally.baselineUsed()) {
      sb.append(" Mot baslinjen: ").append(tally.withStatus(Finding.Status.NEW)).append(" nya, ")
          .append(tally.withStatus(Finding.Status.KNOWN)).append(" kända.");
    }
    String reviewed = Labels.reviewed(context);
    if (!reviewed.isEmpty()) {
      sb.append(' ').append(reviewed.substring(0, 1).toUpperCase(FindingOrder.SWEDISH)).append(reviewed.substring(1))
          .append('.');
    }
    sb.append("</p>\n");
    Map<String, Map<String, Map<Severity, Integer>>> matrix = tally.perNamndAndRule();
    if (!matrix.isEmpty()) {
      sb.append("<h3>Fynd per nämnd och regel</h3>\n<figure>\n").append(BarChart.svg(matrix))
          .append("\n<figcaption>Antal fynd per nämnd och regel, staplade efter allvarlighet.</figcaption>\n")
          .append("</figure>\n");
      table(sb, matrix, perSeverity, tally.total());
    }
    sb.append("</section>\n");
  }

  private static void table(StringBuilder sb, Map<String, Map<String, Map<Severity, Integer>>> matrix,
      Map<Severity, Integer> perSeverity, int total) {
    sb.append("<table class=\"summary\">\n<thead><tr><th scope=\"col\">Nämnd</th><th scope=\"col\">Regel</th>");
    for (Severity s : FindingOrder.GRAVEST_FIRST) {
      sb.append("<th scope=\"col\" class=\"n\">").append(Labels.severity(s)).append("</th>");
    }
    sb.append("<th scope=\"col\" class=\"n\">Totalt</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Map<String, Map<Severity, Integer>>> namnd : matrix.entrySet()) {
      boolean first = true;
      for (Map.Entry<String, Map<Severity, Integer>> rule : namnd.getValue().entrySet()) {
        sb.append("<tr>");
        if (first) {
          sb.append("<th scope=\"rowgroup\" rowspan=\"").append(namnd.getValue().size()).append("\">")
              .append(Html.escape(namnd.getKey())).append("</th>");
          first = false;
        }
        sb.append("<td><code>").append(Html.escape(rule.getKey())).append("</code></td>");
        for (Severity s : FindingOrder.GRAVEST_FIRST) {
          sb.append("<td class=\"n\">").append(rule.getValue().get(s)).append("</td>");
        }
        sb.append("<td class=\"n\">").append(Tally.sum(rule.getValue())).append("</td></tr>\n");
      }
    }
    sb.append("</tbody>\n<tfoot><tr><td colspan=\"2\">Totalt</td>");
    for (Severity s : FindingOrder.GRAVEST_FIRST) {
      sb.append("<td class=\"n\">").append(perSeverity.get(s)).append("</td>");
    }
    sb.append("<td class=\"n\">").append(total).append("</td></tr></tfoot>\n</table>\n");
  }

  private static void findings(StringBuilder sb, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    sb.append("<section id=\"fynd\">\n<h2>Fynd</h2>\n");
    Map<String, Map<LocalDate, List<Finding>>> groups = new TreeMap<>(Tally.NAMND_ORDER);
    for (Finding f : FindingOrder.sorted(findings, FindingOrder.BY_DOCUMENT)) {
      groups.computeIfAbsent(Labels.namnd(f), k -> new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder())))
          .computeIfAbsent(f.meetingDate(), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, Map<LocalDate, List<Finding>>> namnd : groups.entrySet()) {
      sb.append("<section class=\"namnd\">\n<h3>").append(Html.escape(namnd.getKey())).append("</h3>\n");
      for (Map.Entry<LocalDate, List<Finding>> meeting : namnd.getValue().entrySet()) {
        sb.append("<section class=\"sammantrade\">\n<h4>")
            .append(meeting.getKey() == null ? "Utan sammanträdesdatum" : "Sammanträde " + meeting.getKey())
            .append("</h4>\n");
        meeting.getValue().forEach(f -> finding(sb, f));
        sb.append("</section>\n");
      }
      sb.append("</section>\n");
    }
    sb.append("</section>\n");
  }

  private static void finding(StringBuilder sb, Finding f) {
    String sev = f.severity().id();
    sb.append("<article class=\"fynd ").append(sev).append("\">\n<h5><span class=\"sev ").append(sev).append("\">")
        .append(Labels.severity(f.severity())).append("</span> <code>").append(Html.escape(f.rule()))
        .append("</code> ").append(Html.escape(Labels.arende(f))).append("</h5>\n");
    sb.append("<p class=\"meddelande\">").append(Html.escape(f.message())).append("</p>\n<dl>\n");
    if (f.evidence() != null && !f.evidence().isBlank()) {
      sb.append("<dt>Underlag</dt><dd><blockquote>").append(Html.escape(f.evidence().strip()))
          .append("</blockquote></dd>\n");
    }
    String place = Labels.place(f);
    sb.append("<dt>Plats</dt><dd>").append(Html.escape(Labels.source(f)))
        .append(place.isEmpty() ? "" : ", " + place).append("</dd>\n");
    if (f.basis() != null && !f.basis().isBlank()) {
      sb.append("<dt>Grund</dt><dd>").append(Html.escape(f.basis())).append("</dd>\n");
    }
    if (f.status() != null) {
      sb.append("<dt>Status</dt><dd>").append(Labels.status(f.status())).append("</dd>\n");
    }
    sb.append("<dt>Fingeravtryck</dt><dd><code>").append(f.fingerprint()).append("</code></dd>\n");
    sb.append("</dl>\n</article>\n");
  }

  /** The rules that gave findings, with what the catalogue says of them. */
  private static void rules(StringBuilder sb, List<Finding> findings, ReportContext context) {
    Map<String, Finding> firstOf = new TreeMap<>();
    findings.forEach(f -> firstOf.putIfAbsent(f.rule(), f));
    if (firstOf.isEmpty()) {
      return;
    }
    sb.append("<section id=\"regler\">\n<h2>Regler</h2>\n<table>\n<thead><tr><th scope=\"col\">Regel</th>")
        .append("<th scope=\"col\">Vad regeln prövar</th><th scope=\"col\">Grund</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Finding> e : firstOf.entrySet()) {
      RuleInfo info = context.rule(e.getKey()).orElse(null);
      String description = info == null || info.description() == null ? "" : info.description();
      String basis = info != null && info.basis() != null ? info.basis() : e.getValue().basis();
      sb.append("<tr><td><code>").append(Html.escape(e.getKey())).append("</code></td><td>")
          .append(Html.escape(description)).append("</td><td>").append(Html.escape(basis)).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  /** "1 fel", "2 varningar", "3 info". */
  static String severityCount(Severity s, int n) {
    return switch (s) {
      case ERROR -> n + " fel";
      case WARNING -> n + (n == 1 ? " varning" : " varningar");
      case INFO -> n + " info";
    };
  }
}
