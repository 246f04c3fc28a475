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
      .exempel { color: #555; font-size: .85rem; }
      table.regler td:first-child { width: 30%; }
      #bedomning p { margin: .4rem 0; }
      a { color: inherit; }
      @page { size: A4; margin: 18mm 15mm; }
      @media print {
        body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
        h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
        article.fynd, figure, tr { break-inside: avoid; page-break-inside: avoid; }
        .sev, blockquote, rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;

  private final boolean forPdf;

  /** A report for the browser (an SVG chart) or for the PDF writer (the chart in plain boxes). */
  HtmlReport(boolean forPdf) {
    this.forPdf = forPdf;
  }

  HtmlReport() {
    this(false);
  }

  /** The PDF writer's additions: its fonts, and the charts as boxes. */
  private static final String PDF_CSS = """
      body { font-family: "Liberation Sans", sans-serif; max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
      code { font-family: "Liberation Sans", sans-serif; }
      dl { display: block; }
      dt { float: left; clear: left; width: 7.5rem; }
      dd { margin: 0 0 .2rem 8.3rem; }
      blockquote { font-style: normal; }
      table { -fs-table-paginate: paginate; }
      table.staplar { width: 100%; font-size: 8.5pt; margin: .3rem 0; }
      table.staplar th, table.staplar td { border: none; padding: .05rem .3rem; }
      table.staplar th { padding-top: .3rem; }
      table.staplar td.etikett { width: 34%; }
      table.staplar td.nar { width: 3rem; color: #555; }
      span.del { display: inline-block; height: 8pt; }
      span.ruta { display: inline-block; width: 8pt; height: 8pt; }
      .teckenforklaring { font-size: 8.5pt; margin: 0; }
      article.fynd, tr { page-break-inside: avoid; }
      h2, h3, h4, h5 { page-break-after: avoid; }
      """;

  String write(Prepared p) {
    List<Finding> findings = p.findings();
    ReportContext context = p.context();
    Tally tally = new Tally(findings);
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\"")
        .append(">\n");
    if (!forPdf) {
      sb.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    }
    sb.append("<meta name=\"generator\" content=\"namndkoll\"").append(">\n")
        .append("<title>").append(Html.escape(title(context))).append("</title>\n")
        .append("<style>\n").append(CSS).append(pageCss(context)).append(forPdf ? PDF_CSS : "")
        .append("</style>\n</head>\n<body>\n");
    header(sb, context);
    sb.append("<main>\n");
    scope(sb, context);
    conclusions(sb, context);
    summary(sb, tally, context);
    if (context.baseline() != null) {
      changes(sb, findings, context);
    }
    findings(sb, p);
    rules(sb, findings, context);
    documents(sb, context);
    sb.append("</main>\n");
    sb.append("<footer>Skapad av namndkoll").append(context.scope().toolVersion() == null ? ""
        : " " + Html.escape(context.scope().toolVersion())).append(' ').append(Labels.runAt(context))
        .append(".</footer>\n");
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  /** "Granskningsrapport Norrvik kommun 2026-01-15 – 2026-04-15", or with the run's date. */
  static String title(ReportContext context) {
    Scope s = context.scope();
    String period = Labels.period(s);
    return "Granskningsrapport" + (s.kommun() == null ? "" : " " + s.kommun())
        + " " + (period.isEmpty() ? context.runAt().toLocalDate().toString() : period);
  }

  /**
   * The printed page: A4, the scope in the header of every page and "Sida 3 av 12" at its foot
   * (CSS paged media, which the PDF writer and browsers' print both follow).
   */
  private static String pageCss(ReportContext context) {
    Scope s = context.scope();
    List<String> parts = new ArrayList<>();
    parts.add(s.kommun() == null ? "Granskningsrapport" : "Granskningsrapport, " + s.kommun());
    if (!s.namnder().isEmpty()) {
      parts.add(s.namnder().size() <= 2 ? String.join(", ", s.namnder()) : s.namnder().size() + " nämnder");
    }
    if (!Labels.period(s).isEmpty()) {
      parts.add(Labels.period(s));
    }
    parts.add("körd " + Labels.runAt(context));
    return "@page {\n  @top-left { content: \"" + cssString(String.join(" · ", parts))
        + "\"; font-family: Arial, Helvetica, \"Liberation Sans\", sans-serif; font-size: 8pt; color: #555; }\n"
        + "  @bottom-right { content: \"Sida \" counter(page) \" av \" counter(pages);"
        + " font-family: Arial, Helvetica, \"Liberation Sans\", sans-serif; font-size: 8pt; color: #555; }\n}\n";
  }

  /** Text inside a CSS string: quotes, back-slashes and line breaks escaped, control characters out. */
  static String cssString(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : Html.escape(s).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c == '<') {
        sb.append("\\3c ");
      } else if (c == '\n' || c == '\t') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void header(StringBuilder sb, ReportContext context) {
    Scope s = context.scope();
    sb.append("<header>\n<h1>Granskningsrapport").append(s.kommun() == null ? "" : ", " + Html.escape(s.kommun()))
        .append("</h1>\n<p class=\"meta\">Granskat: ")
        .append(Html.escape(Labels.checked(context))).append("<br>\nKörning: ").append(Labels.runAt(context));
    if (s.ranBy() != null) {
      sb.append(", av ").append(Html.escape(s.ranBy()));
    }
    String files = Labels.files(context);
    if (!files.isEmpty()) {
      sb.append("<br>\n").append(Html.escape(files.substring(0, 1).toUpperCase(FindingOrder.SWEDISH)
          + files.substring(1)));
    }
    sb.append("</p>\n</header>\n");
  }

  /** "Omfattning": what was checked, by which rules, by whom. */
  private static void scope(StringBuilder sb, ReportContext context) {
    Scope s = context.scope();
    sb.append("<section id=\"omfattning\">\n<h2>Omfattning</h2>\n<dl class=\"omfattning\">\n");
    fact(sb, "Kommun", s.kommun() == null ? "anges inte i handlingarna" : s.kommun());
    fact(sb, s.namnder().size() == 1 ? "Nämnd" : "Nämnder",
        s.namnder().isEmpty() ? "anges inte i handlingarna" : String.join(", ", s.namnder()));
    fact(sb, "Period", Labels.period(s).isEmpty() ? "inga sammanträdesdatum i handlingarna"
        : Labels.period(s) + " (första och sista sammanträdet)");
    fact(sb, "Granskat", Labels.checked(context));
    fact(sb, "Handlingar", context.filesRead() + (context.filesRead() == 1 ? " läst" : " lästa") + ", "
        + context.filesFailed() + " kunde inte läsas" + (s.documents().isEmpty() ? "" : " (förteckning sist)"));
    fact(sb, "Regler", Labels.rules(context, true));
    for (String p : s.policy()) {
      fact(sb, "Policy", p);
    }
    if (!Labels.reviewed(context).isEmpty()) {
      fact(sb, "Granskade fynd", Labels.reviewed(context));
    }
    fact(sb, "Körd av", s.ranBy() == null ? "anges inte" : s.ranBy());
    fact(sb, "Körning", Labels.runAt(context) + (s.toolVersion() == null ? "" : ", namndkoll " + s.toolVersion()));
    sb.append("</dl>\n</section>\n");
  }

  private static void fact(StringBuilder sb, String label, String value) {
    sb.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
  }

  /** The revisor's own conclusions, paragraph by paragraph; left out when none were given. */
  private static void conclusions(StringBuilder sb, ReportContext context) {
    String text = context.scope().conclusions();
    if (text == null) {
      return;
    }
    sb.append("<section id=\"bedomning\">\n<h2>Revisorns bedömning</h2>\n");
    for (String paragraph : text.split("\\R\\s*\\R")) {
      if (!paragraph.isBlank()) {
        sb.append("<p>").append(Html.escape(paragraph.strip()).replaceAll("\\R", "<br>\n")).append("</p>\n");
      }
    }
    sb.append("</section>\n");
  }

  private void summary(StringBuilder sb, Tally tally, ReportContext context) {
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
      sb.append("<h3>Fynd per nämnd och regel</h3>\n<figure>\n")
          .append(forPdf ? BarChart.boxes(matrix) : BarChart.svg(matrix))
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

  /**
   * "Förändring sedan baslinjen": per nämnd and rule, the findings that are new, those still found
   * (unchanged) and those of the baseline no longer found (fixed), as a chart and a table.
   */
  private void changes(StringBuilder sb, List<Finding> findings, ReportContext context) {
    Map<String, Map<String, int[]>> m = Changes.perNamndAndRule(findings, context.baseline());
    int[] total = Changes.total(m);
    sb.append("<section id=\"forandring\">\n<h2>Förändring sedan baslinjen</h2>\n<p>")
        .append(total[0]).append(" nya, ").append(total[1]).append(" kvarstående och ").append(total[2])
        .append(" åtgärdade fynd (i baslinjen, inte nu) mot baslinjens ").append(context.baseline().size())
        .append(".</p>\n");
    if (!m.isEmpty()) {
      sb.append("<figure>\n").append(forPdf ? BarChart.changeBoxes(m) : BarChart.changeSvg(m))
          .append("\n<figcaption>Nya, kvarstående och åtgärdade fynd per nämnd och regel.</figcaption>\n</figure>\n");
      sb.append("<table class=\"forandring\">\n<thead><tr><th scope=\"col\">Nämnd</th><th scope=\"col\">Regel</th>")
          .append("<th scope=\"col\" class=\"n\">Nya</th><th scope=\"col\" class=\"n\">Kvarstående</th>")
          .append("<th scope=\"col\" class=\"n\">Åtgärdade</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, Map<String, int[]>> namnd : m.entrySet()) {
        boolean first = true;
        for (Map.Entry<String, int[]> rule : namnd.getValue().entrySet()) {
          sb.append("<tr>");
          if (first) {
            sb.append("<th scope=\"rowgroup\" rowspan=\"").append(namnd.getValue().size()).append("\">")
                .append(Html.escape(namnd.getKey())).append("</th>");
            first = false;
          }
          sb.append("<td><code>").append(Html.escape(rule.getKey())).append("</code></td>");
          for (int n : rule.getValue()) {
            sb.append("<td class=\"n\">").append(n).append("</td>");
          }
          sb.append("</tr>\n");
        }
      }
      sb.append("</tbody>\n<tfoot><tr><td colspan=\"2\">Totalt</td>");
      for (int n : total) {
        sb.append("<td class=\"n\">").append(n).append("</td>");
      }
      sb.append("</tr></tfoot>\n</table>\n");
    }
    sb.append("</section>\n");
  }

  private static void findings(StringBuilder sb, Prepared p) {
    List<Finding> findings = p.findings();
    if (findings.isEmpty()) {
      return;
    }
    sb.append("<section id=\"fynd\">\n<h2>Fynd</h2>\n");
    Map<String, Map<LocalDate, List<Finding>>> groups = new TreeMap<>(Tally.NAMND_ORDER);
    for (Finding f : findings) {
      groups.computeIfAbsent(Labels.namnd(f), k -> new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder())))
          .computeIfAbsent(f.meetingDate(), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, Map<LocalDate, List<Finding>>> namnd : groups.entrySet()) {
      sb.append("<section class=\"namnd\">\n<h3>").append(Html.escape(namnd.getKey())).append("</h3>\n");
      for (Map.Entry<LocalDate, List<Finding>> meeting : namnd.getValue().entrySet()) {
        sb.append("<section class=\"sammantrade\">\n<h4>")
            .append(meeting.getKey() == null ? "Utan sammanträdesdatum" : "Sammanträde " + meeting.getKey())
            .append("</h4>\n");
        meeting.getValue().forEach(f -> finding(sb, f, p));
        sb.append("</section>\n");
      }
      sb.append("</section>\n");
    }
    sb.append("</section>\n");
  }

  private static void finding(StringBuilder sb, Finding f, Prepared p) {
    String sev = f.severity().id();
    sb.append("<article class=\"fynd ").append(sev).append("\">\n<h5><span class=\"sev ").append(sev).append("\">")
        .append(Labels.severity(f.severity())).append("</span> <code>").append(Html.escape(f.rule()))
        .append("</code> ").append(Html.escape(Labels.arende(f))).append("</h5>\n");
    sb.append("<p class=\"meddelande\">").append(Html.escape(f.message())).append("</p>\n<dl>\n");
    p.context().rule(f.rule()).map(RuleInfo::title).ifPresent(t -> sb.append("<dt>Regel</dt><dd><a href=\"#regel-")
        .append(anchor(f.rule())).append("\">").append(Html.escape(t)).append("</a></dd>\n"));
    if (f.evidence() != null && !f.evidence().isBlank()) {
      sb.append("<dt>Underlag</dt><dd><blockquote>").append(Html.escape(f.evidence().strip()))
          .append("</blockquote></dd>\n");
    }
    List<Finding> places = p.placesOf(f);
    sb.append("<dt>Plats</dt><dd>");
    for (int i = 0; i < places.size(); i++) {
      Finding at = places.get(i);
      String place = Labels.place(at);
      sb.append(i == 0 ? "" : "<br>\n").append(Html.escape(Labels.source(at))).append(place.isEmpty() ? "" : ", " + place);
    }
    sb.append("</dd>\n");
    if (f.basis() != null && !f.basis().isBlank()) {
      sb.append("<dt>Grund</dt><dd>").append(Html.escape(f.basis())).append("</dd>\n");
    }
    if (f.ocr()) {
      sb.append("<dt>OCR</dt><dd>").append(Html.escape(Labels.OCR)).append("</dd>\n");
    }
    if (f.status() != null) {
      sb.append("<dt>Status</dt><dd>").append(Labels.status(f.status())).append("</dd>\n");
    }
    sb.append("<dt>Fingeravtryck</dt><dd><code>").append(f.fingerprint()).append("</code></dd>\n");
    sb.append("</dl>\n</article>\n");
  }

  /**
   * "Regler": every rule of the check, with its Swedish name, what it checks, an example and its
   * basis, and how many findings it gave; a rule that gave findings but is not in the catalogue by
   * what its findings say.
   */
  private static void rules(StringBuilder sb, List<Finding> findings, ReportContext context) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Finding> firstOf = new TreeMap<>();
    findings.forEach(f -> {
      counts.merge(f.rule(), 1, Integer::sum);
      firstOf.putIfAbsent(f.rule(), f);
    });
    java.util.Set<String> ids = new java.util.TreeSet<>(context.rules().keySet());
    ids.addAll(firstOf.keySet());
    if (ids.isEmpty()) {
      return;
    }
    sb.append("<section id=\"regler\">\n<h2>Regler</h2>\n<table class=\"regler\">\n<thead><tr>")
        .append("<th scope=\"col\">Regel</th><th scope=\"col\">Vad regeln prövar</th><th scope=\"col\">Grund</th>")
        .append("<th scope=\"col\" class=\"n\">Fynd</th></tr></thead>\n<tbody>\n");
    for (String id : ids) {
      RuleInfo info = context.rule(id).orElse(null);
      String title = info == null ? null : info.title();
      String description = info == null || info.description() == null ? "" : info.description();
      String example = info == null ? null : info.example();
      String basis = info != null && info.basis() != null ? info.basis()
          : firstOf.containsKey(id) && firstOf.get(id).basis() != null ? firstOf.get(id).basis() : "";
      sb.append("<tr id=\"regel-").append(anchor(id)).append("\"><td>");
      if (title != null) {
        sb.append("<strong>").append(Html.escape(title)).append("</strong><br>");
      }
      sb.append("<code>").append(Html.escape(id)).append("</code></td><td>").append(Html.escape(description));
      if (example != null) {
        sb.append("<br><span class=\"exempel\">Exempel: ").append(Html.escape(example)).append("</span>");
      }
      sb.append("</td><td>").append(Html.escape(basis)).append("</td><td class=\"n\">")
          .append(counts.getOrDefault(id, 0)).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  /** "Granskade handlingar" and "Filer som inte kunde läsas", where the scope lists them. */
  private static void documents(StringBuilder sb, ReportContext context) {
    Scope s = context.scope();
    if (s.documents().isEmpty() && s.failed().isEmpty()) {
      return;
    }
    sb.append("<section id=\"handlingar\">\n<h2>Granskade handlingar</h2>\n");
    if (!s.documents().isEmpty()) {
      sb.append("<table class=\"handlingar\">\n<thead><tr><th scope=\"col\">Handling</th><th scope=\"col\">Nämnd</th>")
          .append("<th scope=\"col\">Sammanträde</th><th scope=\"col\">Typ</th></tr></thead>\n<tbody>\n");
      for (Scope.DocumentRead d : s.documents()) {
        sb.append("<tr><td>").append(Html.escape(d.source())).append("</td><td>").append(Html.escape(d.namnd()))
            .append("</td><td>").append(d.meetingDate() == null ? "" : d.meetingDate()).append("</td><td>")
            .append(Html.escape(Labels.kind(d.kind()))).append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    if (!s.failed().isEmpty()) {
      sb.append("<h3>Filer som inte kunde läsas</h3>\n<table class=\"handlingar\">\n<thead><tr>")
          .append("<th scope=\"col\">Fil</th><th scope=\"col\">Skäl</th></tr></thead>\n<tbody>\n");
      for (Scope.FileFailed f : s.failed()) {
        sb.append("<tr><td>").append(Html.escape(f.source())).append("</td><td>").append(Html.escape(f.reason()))
            .append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    sb.append("</section>\n");
  }

  /** A rule id as a fragment: "bka-missing". */
  static String anchor(String ruleId) {
    return ruleId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
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
