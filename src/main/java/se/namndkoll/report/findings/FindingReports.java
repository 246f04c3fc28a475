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
 * ones (XLSX, PDF) belong in a file, not on a terminal — the caller decides where the stream goes.
 * Every format masks personnummer and lists a finding found in several places once, with all its
 * places ({@link Prepared}).
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
    Prepared p = Prepared.of(findings, context);
    if (format == FindingFormat.XLSX) {
      new XlsxReport(p.findings().stream().anyMatch(f -> f.status() != null),
          p.findings().stream().anyMatch(Finding::ocr)).write(p, out);
    } else if (format == FindingFormat.PDF) {
      new PdfReport().write(p, out);
    } else {
      out.write(text(format, p, options).getBytes(StandardCharsets.UTF_8));
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
    return text(format, Prepared.of(findings, context), options);
  }

  private static String text(FindingFormat format, Prepared p, ReportOptions options) {
    return switch (format) {
      case TABLE -> new TableReport(options.colour()).write(p);
      case JSON -> FindingJson.write(p);
      case CSV -> new CsvReport(options.csvSeparator()).write(p);
      case HTML -> new HtmlReport().write(p);
      case SARIF -> new SarifReport().write(p);
      case XLSX, PDF -> throw new IllegalArgumentException(format.id() + " is a binary format: write it to a file");
    };
  }

  /**
   * How many findings a report of these lists: one per fingerprint, however many places the same
   * finding stands in.
   */
  public static int count(List<Finding> findings) {
    return (int) Masking.findings(findings).stream().map(Finding::fingerprint).distinct().count();
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
