package se.namndkoll.report.findings;

import se.namndkoll.model.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/**
 * The findings for people on a terminal: grouped by document, then by ärende; one line per finding
 * (severity, rule, page and line, message) with its evidence quoted under it; a summary at the end
 * with the counts per severity and per rule. Text from documents is cleaned of control characters,
 * so that a document cannot move the cursor or change the terminal's colours.
 */
final class TableReport {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

  private final boolean colour;

  TableReport(boolean colour) {
    this.colour = colour;
  }

  String write(Prepared p) {
    List<Finding> findings = p.findings();
    ReportContext context = p.context();
    StringBuilder sb = new StringBuilder();
    int ruleWidth = findings.stream().mapToInt(f -> clean(f.rule()).length()).max().orElse(0);
    int placeWidth = findings.stream().mapToInt(f -> Labels.place(f).length()).max().orElse(0);
    for (Map.Entry<String, List<Finding>> doc : byDocument(findings).entrySet()) {
      List<Finding> inDoc = doc.getValue();
      sb.append(bold(se.namndkoll.report.Shown.name(doc.getKey()))).append('\n');
      String meeting = meeting(inDoc);
      if (!meeting.isEmpty()) {
        sb.append(meeting).append('\n');
      }
      for (List<Finding> arende : byArende(inDoc).values()) {
        sb.append('\n').append("  ").append(clean(Labels.arende(arende.get(0)))).append('\n');
        for (Finding f : arende) {
          line(sb, f, ruleWidth, placeWidth);
          for (Finding other : p.elsewhere(f)) {
            String place = Labels.place(other);
            sb.append(" ".repeat(4 + 7 + 2)).append("även i ").append(clean(Labels.source(other)))
                .append(place.isEmpty() ? "" : " " + place).append('\n');
          }
        }
      }
      sb.append('\n');
    }
    if (findings.isEmpty()) {
      sb.append("Inga fynd.\n\n");
    }
    summary(sb, findings, context, ruleWidth);
    return sb.toString();
  }

  private void line(StringBuilder sb, Finding f, int ruleWidth, int placeWidth) {
    sb.append("    ").append(severity(f.severity())).append("  ")
        .append(pad(clean(f.rule()), ruleWidth)).append("  ");
    if (placeWidth > 0) {
      sb.append(pad(Labels.place(f), placeWidth)).append("  ");
    }
    sb.append(clean(f.message()));
    if (f.status() != null) {
      sb.append("  [").append(Labels.status(f.status())).append(']');
    }
    sb.append('\n');
    if (f.evidence() != null && !clean(f.evidence()).isEmpty()) {
      sb.append(" ".repeat(4 + 7 + 2)).append('”').append(clean(f.evidence())).append('”')
          .append(f.ocr() ? "  (" + Labels.OCR + ")" : "").append('\n');
    }
  }

  private void summary(StringBuilder sb, List<Finding> findings, ReportContext context, int ruleWidth) {
    Tally tally = new Tally(findings);
    sb.append(bold("Sammanfattning")).append('\n');
    sb.append("  Granskat: ").append(clean(Labels.checked(context))).append(" · ").append(Labels.runAt(context));
    String files = Labels.files(context);
    if (!files.isEmpty()) {
      sb.append(" · ").append(files);
    }
    sb.append('\n');
    for (String scopeLine : Labels.scopeLines(context)) {
      sb.append("  ").append(clean(scopeLine)).append('\n');
    }
    Map<Severity, Integer> perSeverity = tally.perSeverity();
    sb.append("  ").append(Labels.count(tally.total())).append(": ")
        .append(FindingOrder.GRAVEST_FIRST.stream().map(s -> HtmlReport.severityCount(s, perSeverity.get(s)))
            .collect(Collectors.joining(", ")));
    if (tally.baselineUsed()) {
      sb.append(" (").append(tally.withStatus(Finding.Status.NEW)).append(" nya, ")
          .append(tally.withStatus(Finding.Status.KNOWN)).append(" kända)");
    }
    sb.append('\n');
    String reviewed = Labels.reviewed(context);
    if (!reviewed.isEmpty()) {
      sb.append("  ").append(reviewed).append('\n');
    }
    Map<String, Map<Severity, Integer>> perRule = tally.perRule();
    if (perRule.isEmpty()) {
      return;
    }
    int width = Math.max(ruleWidth, "regel".length());
    sb.append('\n').append("  ").append(pad("regel", width));
    for (Severity s : FindingOrder.GRAVEST_FIRST) {
      sb.append("  ").append(Labels.severity(s).toLowerCase(FindingOrder.SWEDISH));
    }
    sb.append("  totalt  regelns namn\n");
    for (Map.Entry<String, Map<Severity, Integer>> rule : perRule.entrySet()) {
      sb.append("  ").append(pad(clean(rule.getKey()), width));
      for (Severity s : FindingOrder.GRAVEST_FIRST) {
        sb.append("  ").append(left(String.valueOf(rule.getValue().get(s)), Labels.severity(s).length()));
      }
      sb.append("  ").append(left(String.valueOf(Tally.sum(rule.getValue())), "totalt".length()));
      context.rule(rule.getKey()).map(RuleInfo::title).ifPresent(t -> sb.append("  ").append(clean(t)));
      sb.append('\n');
    }
  }

  /** Documents in name order, each with its findings in document order. */
  private static Map<String, List<Finding>> byDocument(List<Finding> findings) {
    Map<String, List<Finding>> m = new LinkedHashMap<>();
    for (Finding f : FindingOrder.sorted(findings, FindingOrder.BY_DOCUMENT)) {
      m.computeIfAbsent(Labels.source(f), k -> new ArrayList<>()).add(f);
    }
    return m;
  }

  /** Ärenden in the order of their first finding in the document. */
  private static Map<String, List<Finding>> byArende(List<Finding> inDocument) {
    Map<String, List<Finding>> m = new LinkedHashMap<>();
    for (Finding f : inDocument) {
      String key = f.dnr() != null ? "dnr " + f.dnr() : "title " + f.title() + " " + f.date();
      m.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    return m;
  }

  /** "Individ- och familjeomsorgsnämnden · sammanträde 2026-03-10", several joined by "; ". */
  private static String meeting(List<Finding> inDocument) {
    Set<String> meetings = new LinkedHashSet<>();
    for (Finding f : inDocument) {
      List<String> parts = new ArrayList<>();
      if (f.namnd() != null && !f.namnd().isBlank()) {
        parts.add(clean(f.namnd()));
      }
      if (f.meetingDate() != null) {
        parts.add("sammanträde " + f.meetingDate());
      }
      if (!parts.isEmpty()) {
        meetings.add(String.join(" · ", parts));
      }
    }
    return String.join("; ", meetings);
  }

  private String severity(Severity s) {
    String text = pad(Labels.severity(s), 7);
    if (!colour) {
      return text;
    }
    String code = switch (s) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
    return code + text + RESET;
  }

  private String bold(String text) {
    return colour ? BOLD + text + RESET : text;
  }

  /** One line of printable text: control characters out, runs of white space one space. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    return s.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String left(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
