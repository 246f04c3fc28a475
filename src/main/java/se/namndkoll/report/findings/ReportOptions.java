package se.namndkoll.report.findings;

/**
 * How to write a report, beyond its format.
 *
 * @param csvSeparator the CSV field separator: {@code ';'} (the default, what Excel in a Swedish
 *     locale splits on), {@code ','} (RFC 4180's own) or a tab
 * @param colour whether the table may colour severities with ANSI codes (standard output is a
 *     terminal)
 */
public record ReportOptions(char csvSeparator, boolean colour) {

  public static final ReportOptions DEFAULTS = new ReportOptions(';', false);

  public ReportOptions {
    if (csvSeparator != ';' && csvSeparator != ',' && csvSeparator != '\t') {
      throw new IllegalArgumentException("a CSV separator is ';', ',' or a tab, not '" + csvSeparator + "'");
    }
  }

  public ReportOptions withCsvSeparator(char separator) {
    return new ReportOptions(separator, colour);
  }

  public ReportOptions withColour(boolean on) {
    return new ReportOptions(csvSeparator, on);
  }
}
