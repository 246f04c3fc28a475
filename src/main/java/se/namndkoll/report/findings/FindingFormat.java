package se.namndkoll.report.findings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a check's findings are written in. */
public enum FindingFormat {
  /** Grouped by document and ärende, for people on a terminal (the default). */
  TABLE("txt", "text/plain; charset=UTF-8", false),
  /** The JSON array of OUTPUT.md, for scripts. */
  JSON("json", "application/json", false),
  /** One row per finding, UTF-8 with a byte order mark, for Excel. */
  CSV("csv", "text/csv; charset=UTF-8", false),
  /** An Excel workbook: all findings, a sheet per rule, a summary. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
  /** A self-contained HTML report a revisor can send on. */
  HTML("html", "text/html; charset=UTF-8", false),
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF("sarif", "application/sarif+json", false),
  /** The HTML report printed on A4, with page numbers and the scope on every page. */
  PDF("pdf", "application/pdf", true);

  private final String extension;
  private final String mediaType;
  private final boolean binary;

  FindingFormat(String extension, String mediaType, boolean binary) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.binary = binary;
  }

  /** The name users give ("table", "json" …). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Whether the output is bytes that belong in a file, not on a terminal. */
  public boolean isBinary() {
    return binary;
  }

  /** The format named ("csv", "HTML"), if it is one. */
  public static Optional<FindingFormat> of(String name) {
    String wanted = name == null ? "" : name.strip();
    return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The ids, for help and error messages: "table, json, csv, xlsx, html, sarif, pdf". */
  public static String ids() {
    return Arrays.stream(values()).map(FindingFormat::id).collect(Collectors.joining(", "));
  }
}
