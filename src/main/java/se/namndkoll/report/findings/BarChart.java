package se.namndkoll.report.findings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.namndkoll.model.Severity;

/**
 * A horizontal bar chart of findings per nämnd and rule, as inline SVG: one group per nämnd (a
 * {@code <g class="namnd">} with the nämnd's name), one bar per rule in it, each bar stacked by
 * severity (error, warning, info) and labelled with its total. Bars share one scale. No script, no
 * external assets; every bar has a {@code <title>} that browsers show on hover and screen readers
 * read.
 */
final class BarChart {

  static final Map<Severity, String> COLOURS =
      Map.of(Severity.ERROR, "#b3261e", Severity.WARNING, "#e39b00", Severity.INFO, "#4a8ac2");

  private static final int WIDTH = 720;
  private static final int LABEL_X = 24;
  private static final int BAR_X = 260;
  private static final int BAR_MAX = WIDTH - BAR_X - 40;
  private static final int ROW = 20;
  private static final int BAR_HEIGHT = 14;
  private static final int GROUP_HEADING = 22;
  private static final int GROUP_GAP = 10;
  private static final int LEGEND = 30;

  private BarChart() {}

  /** The chart's SVG, or "" when there is nothing to draw. */
  static String svg(Map<String, Map<String, Map<Severity, Integer>>> perNamndAndRule) {
    int max = perNamndAndRule.values().stream().flatMap(m -> m.values().stream()).mapToInt(Tally::sum).max().orElse(0);
    if (max == 0) {
      return "";
    }
    int rows = perNamndAndRule.values().stream().mapToInt(Map::size).sum();
    int height = LEGEND + perNamndAndRule.size() * (GROUP_HEADING + GROUP_GAP) + rows * ROW;
    double scale = (double) BAR_MAX / max;

    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"chart-title\" font-family=\"Arial, Helvetica, sans-serif\""
            + " font-size=\"12\">\n");
    sb.append("<title id=\"chart-title\">Antal fynd per nämnd och regel, efter allvarlighet</title>\n");
    legend(sb);
    int y = LEGEND;
    for (Map.Entry<String, Map<String, Map<Severity, Integer>>> namnd : perNamndAndRule.entrySet()) {
      sb.append("<g class=\"namnd\">\n");
      sb.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-weight=\"bold\" font-size=\"13\">")
          .append(Html.escape(namnd.getKey())).append("</text>\n");
      y += GROUP_HEADING;
      for (Map.Entry<String, Map<Severity, Integer>> rule : namnd.getValue().entrySet()) {
        bar(sb, namnd.getKey(), rule.getKey(), rule.getValue(), y, scale);
        y += ROW;
      }
      sb.append("</g>\n");
      y += GROUP_GAP;
    }
    sb.append("</svg>");
    return sb.toString();
  }

  private static void bar(StringBuilder sb, String namnd, String rule, Map<Severity, Integer> counts, int y,
      double scale) {
    int total = Tally.sum(counts);
    String tip = namnd + ", " + rule + ": " + FindingOrder.GRAVEST_FIRST.stream()
        .filter(s -> counts.get(s) > 0).map(s -> HtmlReport.severityCount(s, counts.get(s)))
        .collect(Collectors.joining(", "));
    sb.append("<g class=\"bar\"><title>").append(Html.escape(tip)).append("</title>");
    sb.append("<text x=\"").append(LABEL_X).append("\" y=\"").append(y + 12).append("\">")
        .append(Html.escape(rule)).append("</text>");
    double x = BAR_X;
    for (Severity s : FindingOrder.GRAVEST_FIRST) {
      int n = counts.get(s);
      if (n == 0) {
        continue;
      }
      double w = n * scale;
      sb.append("<rect class=\"").append(s.id()).append("\" x=\"").append(num(x)).append("\" y=\"").append(y + 1)
          .append("\" width=\"").append(num(w)).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
          .append(COLOURS.get(s)).append("\"/>");
      x += w;
    }
    sb.append("<text x=\"").append(num(x + 6)).append("\" y=\"").append(y + 12).append("\">").append(total)
        .append("</text></g>\n");
  }

  private static void legend(StringBuilder sb) {
    sb.append("<g class=\"legend\">");
    int x = 0;
    for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      sb.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
          .append(COLOURS.get(s)).append("\"/>");
      sb.append("<text x=\"").append(x + 17).append("\" y=\"14\">").append(Labels.severity(s)).append("</text>");
      x += 90;
    }
    sb.append("</g>\n");
  }

  /** Colours of the change chart: new findings, those still found, those fixed. */
  static final String[] CHANGE_COLOURS = {"#b3261e", "#8a8a8a", "#2e7d32"};
  static final String[] CHANGE_LABELS = {"nya", "kvarstående", "åtgärdade"};

  /**
   * The same chart as plain HTML boxes, for the PDF report (whose renderer draws no SVG): one row
   * per rule, its bar in segments whose widths are shares of the largest total.
   */
  static String boxes(Map<String, Map<String, Map<Severity, Integer>>> perNamndAndRule) {
    int max = perNamndAndRule.values().stream().flatMap(m -> m.values().stream()).mapToInt(Tally::sum).max().orElse(0);
    if (max == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<div class=\"staplar\">\n<p class=\"teckenforklaring\">");
    for (Severity s : FindingOrder.GRAVEST_FIRST) {
      sb.append("<span class=\"ruta\" style=\"background:").append(COLOURS.get(s)).append("\"></span> ")
          .append(Labels.severity(s)).append(" &#160; ");
    }
    sb.append("</p>\n<table class=\"staplar\">\n");
    for (Map.Entry<String, Map<String, Map<Severity, Integer>>> namnd : perNamndAndRule.entrySet()) {
      sb.append("<tr><th colspan=\"2\">").append(Html.escape(namnd.getKey())).append("</th></tr>\n");
      for (Map.Entry<String, Map<Severity, Integer>> rule : namnd.getValue().entrySet()) {
        sb.append("<tr><td class=\"etikett\">").append(Html.escape(rule.getKey())).append("</td><td class=\"stapel\">");
        for (Severity s : FindingOrder.GRAVEST_FIRST) {
          segment(sb, rule.getValue().get(s), max, COLOURS.get(s));
        }
        sb.append(" ").append(Tally.sum(rule.getValue())).append("</td></tr>\n");
      }
    }
    return sb.append("</table>\n</div>").toString();
  }

  /**
   * The change against a baseline as SVG: per nämnd and rule two bars on one scale, "före" (the
   * baseline: still found and fixed) and "nu" (still found and new), so that a shorter "nu" bar is
   * an improvement.
   */
  static String changeSvg(Map<String, Map<String, int[]>> m) {
    int max = m.values().stream().flatMap(r -> r.values().stream())
        .mapToInt(c -> Math.max(c[0] + c[1], c[1] + c[2])).max().orElse(0);
    if (max == 0) {
      return "";
    }
    int rows = m.values().stream().mapToInt(Map::size).sum();
    int height = LEGEND + m.size() * (GROUP_HEADING + GROUP_GAP) + rows * (ROW * 2);
    double scale = (double) BAR_MAX / max;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"change-title\" font-family=\"Arial, Helvetica, sans-serif\""
            + " font-size=\"12\">\n");
    sb.append("<title id=\"change-title\">Fynd per nämnd och regel före (baslinjen) och nu</title>\n");
    sb.append("<g class=\"legend\">");
    for (int i = 0; i < 3; i++) {
      sb.append("<rect x=\"").append(i * 110).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
          .append(CHANGE_COLOURS[i]).append("\"/><text x=\"").append(i * 110 + 17).append("\" y=\"14\">")
          .append(Html.escape(CHANGE_LABELS[i])).append("</text>");
    }
    sb.append("</g>\n");
    int y = LEGEND;
    for (Map.Entry<String, Map<String, int[]>> namnd : m.entrySet()) {
      sb.append("<g class=\"namnd\">\n<text x=\"0\" y=\"").append(y + 15)
          .append("\" font-weight=\"bold\" font-size=\"13\">").append(Html.escape(namnd.getKey())).append("</text>\n");
      y += GROUP_HEADING;
      for (Map.Entry<String, int[]> rule : namnd.getValue().entrySet()) {
        int[] c = rule.getValue();
        String tip = namnd.getKey() + ", " + rule.getKey() + ": " + c[0] + " nya, " + c[1] + " kvarstående, " + c[2]
            + " åtgärdade";
        sb.append("<g class=\"bar\"><title>").append(Html.escape(tip)).append("</title>");
        sb.append("<text x=\"").append(LABEL_X).append("\" y=\"").append(y + 12).append("\">")
            .append(Html.escape(rule.getKey())).append("</text>");
        changeBar(sb, "före", y, scale, new int[] {c[1], c[2]}, new String[] {CHANGE_COLOURS[1], CHANGE_COLOURS[2]});
        y += ROW;
        changeBar(sb, "nu", y, scale, new int[] {c[1], c[0]}, new String[] {CHANGE_COLOURS[1], CHANGE_COLOURS[0]});
        y += ROW;
        sb.append("</g>\n");
      }
      sb.append("</g>\n");
      y += GROUP_GAP;
    }
    return sb.append("</svg>").toString();
  }

  private static void changeBar(StringBuilder sb, String label, int y, double scale, int[] parts, String[] colours) {
    sb.append("<text x=\"").append(BAR_X - 8).append("\" y=\"").append(y + 12).append("\" text-anchor=\"end\">")
        .append(label).append("</text>");
    double x = BAR_X;
    int total = 0;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] > 0) {
        double w = parts[i] * scale;
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y + 1).append("\" width=\"").append(num(w))
            .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(colours[i]).append("\"/>");
        x += w;
        total += parts[i];
      }
    }
    sb.append("<text x=\"").append(num(x + 6)).append("\" y=\"").append(y + 12).append("\">").append(total).append("</text>");
  }

  /** The change chart as plain HTML boxes, for the PDF report. */
  static String changeBoxes(Map<String, Map<String, int[]>> m) {
    int max = m.values().stream().flatMap(r -> r.values().stream())
        .mapToInt(c -> Math.max(c[0] + c[1], c[1] + c[2])).max().orElse(0);
    if (max == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<div class=\"staplar\">\n<p class=\"teckenforklaring\">");
    for (int i = 0; i < 3; i++) {
      sb.append("<span class=\"ruta\" style=\"background:").append(CHANGE_COLOURS[i]).append("\"></span> ")
          .append(Html.escape(CHANGE_LABELS[i])).append(" &#160; ");
    }
    sb.append("</p>\n<table class=\"staplar\">\n");
    for (Map.Entry<String, Map<String, int[]>> namnd : m.entrySet()) {
      sb.append("<tr><th colspan=\"3\">").append(Html.escape(namnd.getKey())).append("</th></tr>\n");
      for (Map.Entry<String, int[]> rule : namnd.getValue().entrySet()) {
        int[] c = rule.getValue();
        sb.append("<tr><td class=\"etikett\" rowspan=\"2\">").append(Html.escape(rule.getKey()))
            .append("</td><td class=\"nar\">före</td><td class=\"stapel\">");
        segment(sb, c[1], max, CHANGE_COLOURS[1]);
        segment(sb, c[2], max, CHANGE_COLOURS[2]);
        sb.append(" ").append(c[1] + c[2]).append("</td></tr>\n<tr><td class=\"nar\">nu</td><td class=\"stapel\">");
        segment(sb, c[1], max, CHANGE_COLOURS[1]);
        segment(sb, c[0], max, CHANGE_COLOURS[0]);
        sb.append(" ").append(c[0] + c[1]).append("</td></tr>\n");
      }
    }
    return sb.append("</table>\n</div>").toString();
  }

  private static void segment(StringBuilder sb, int n, int max, String colour) {
    if (n > 0) {
      sb.append("<span class=\"del\" style=\"width:").append(num(80.0 * n / max)).append("%;background:")
          .append(colour).append("\"></span>");
    }
  }

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
