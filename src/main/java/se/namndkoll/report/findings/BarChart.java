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

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
