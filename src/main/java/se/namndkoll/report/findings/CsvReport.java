package se.namndkoll.report.findings;

import se.namndkoll.model.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import se.namndkoll.model.Finding;

/**
 * The findings as CSV (RFC 4180): UTF-8 with a byte order mark so that Excel reads å, ä and ö
 * right, CRLF line ends, a header row in Swedish, one row per finding in document order (a
 * finding found in several places once, its other places under "Även i"); severities and statuses
 * in Swedish (Fel, Varning, Info; ny, känd), personnummer masked. The separator is {@code ';'} by default, which Excel in a Swedish locale splits on (its
 * list separator, since the comma is the decimal sign); {@code ','} is RFC 4180's own.
 *
 * <p>A field is quoted when it holds the separator, a quote or a line break; quotes are doubled. A
 * text field that starts with {@code =}, {@code +}, {@code -}, {@code @} or a tab or carriage
 * return gets a leading apostrophe, so that Excel shows it as text and does not run it as a formula
 * (text from documents is not to be trusted); the JSON carries the text as it is.
 */
final class CsvReport {

  static final List<String> HEADER = List.of("Regel", "Regelns namn", "Allvarlighet", "Nämnd", "Sammanträde", "Dnr",
      "Rubrik", "Dokument", "Sida", "Rad", "Underlag", "Meddelande", "Grund", "Datum", "Fingeravtryck", "Status",
      "Även i");
  /** The column added where any finding was read by OCR. */
  static final String OCR_COLUMN = "Läst med OCR";

  private static final String BOM = "\uFEFF";
  private static final String CRLF = "\r\n";

  private final char separator;

  CsvReport(char separator) {
    this.separator = separator;
  }

  String write(Prepared p) {
    StringBuilder sb = new StringBuilder(BOM);
    boolean ocr = p.findings().stream().anyMatch(Finding::ocr);
    List<String> header = new ArrayList<>(HEADER);
    if (ocr) {
      header.add(OCR_COLUMN);
    }
    row(sb, header);
    for (Finding f : p.findings()) {
      List<String> cells = new ArrayList<>();
      cells.add(text(f.rule()));
      cells.add(text(p.context().rule(f.rule()).map(RuleInfo::title).orElse(null)));
      cells.add(Labels.severity(f.severity()));
      cells.add(text(f.namnd()));
      cells.add(str(f.meetingDate()));
      cells.add(text(f.dnr()));
      cells.add(text(f.title()));
      cells.add(text(f.source()));
      cells.add(str(f.page()));
      cells.add(str(f.line()));
      cells.add(text(f.evidence()));
      cells.add(text(f.message()));
      cells.add(text(f.basis()));
      cells.add(str(f.date()));
      cells.add(f.fingerprint());
      cells.add(f.status() == null ? "" : Labels.status(f.status()));
      cells.add(text(Labels.elsewhere(p.elsewhere(f))));
      if (ocr) {
        cells.add(f.ocr() ? "ja" : "");
      }
      row(sb, cells);
    }
    return sb.toString();
  }

  private void row(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(quote(cells.get(i)));
    }
    sb.append(CRLF);
  }

  private String quote(String cell) {
    boolean needs = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /** Text from a document, kept from being read as a formula. */
  static String text(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
