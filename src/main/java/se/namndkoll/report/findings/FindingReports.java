package se.namndkoll.report.findings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.namndkoll.model.Finding;

/**
 * The one entry point of the finding reports: findings and what was checked in, a report in one of
 * the {@link FindingFormat}s out. Text formats are UTF-8; {@link FindingFormat#isBinary() binary}
 * ones (XLSX) belong in a file, not on a terminal — the caller decides where the stream goes.
 */
public final class FindingReports {

  private FindingReports() {}

  /** Writes the report with the default options (CSV with ';', no colours). */
  public static void write(FindingFormat format, List<Finding> findings, ReportContext context, OutputStream out)
      throws IOException {
    write(format, findings, context, ReportOptions.DEFAULTS, out);
  }

  /** Writes the report; the stream is flushed, not closed. */
  public static void write(FindingFormat format, List<Finding> findings, ReportContext context,
      ReportOptions options, OutputStream out) throws IOException {
    List<Finding> all = List.copyOf(findings);
    if (format == FindingFormat.XLSX) {
      new XlsxReport(all.stream().anyMatch(f -> f.status() != null)).write(all, context, out);
    } else {
      out.write(text(format, all, context, options).getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
  }

  /**
   * The report of a text format as a string (the CSV starts with its byte order mark).
   *
   * @throws IllegalArgumentException for a binary format
   */
  public static String text(FindingFormat format, List<Finding> findings, ReportContext context,
      ReportOptions options) {
    List<Finding> all = List.copyOf(findings);
    return switch (format) {
      case TABLE -> new TableReport(options.colour()).write(all, context);
      case JSON -> FindingJson.write(all);
      case CSV -> new CsvReport(options.csvSeparator()).write(all);
      case HTML -> new HtmlReport().write(all, context);
      case SARIF -> new SarifReport().write(all, context);
      case XLSX -> throw new IllegalArgumentException("xlsx is a binary format: write it to a file");
    };
  }

  /** The report as bytes, for any format. */
  public static byte[] bytes(FindingFormat format, List<Finding> findings, ReportContext context,
      ReportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(format, findings, context, options, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
