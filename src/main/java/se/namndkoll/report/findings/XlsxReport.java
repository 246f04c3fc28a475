package se.namndkoll.report.findings;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/**
 * The findings as an Excel workbook: a sheet "Alla fynd" with one row per finding, a sheet per rule
 * with that rule's findings (named by the rule id, at most 31 characters, unique), and a sheet
 * "Sammanfattning" with the counts per nämnd and rule, per severity, and what was checked. Finding
 * sheets have a frozen header row and an autofilter; dates are date cells, page and line numbers,
 * the severity cell is coloured like Excel's own "Bad", "Neutral" and "Note" styles.
 */
final class XlsxReport {

  static final String ALL = "Alla fynd";
  static final String SUMMARY = "Sammanfattning";
  private static final int MAX_SHEET_NAME = 31;

  /** One column of a finding sheet: its heading, its widest width in characters, its value. */
  private record Column(String heading, int maxWidth, boolean wrap, Function<Finding, Object> value) {}

  private final List<Column> columns;
  private XSSFWorkbook wb;
  private CellStyle header;
  private CellStyle text;
  private CellStyle wrapped;
  private CellStyle date;
  private CellStyle dateTime;
  private final Map<Severity, CellStyle> severityStyles = new EnumMap<>(Severity.class);

  XlsxReport(boolean withStatus) {
    List<Column> cs = new ArrayList<>(List.of(
        new Column("Regel", 30, false, Finding::rule),
        new Column("Allvarlighet", 12, false, f -> f.severity()),
        new Column("Nämnd", 36, false, Finding::namnd),
        new Column("Sammanträde", 12, false, Finding::meetingDate),
        new Column("Dnr", 12, false, Finding::dnr),
        new Column("Rubrik", 40, true, Finding::title),
        new Column("Dokument", 40, false, Finding::source),
        new Column("Sida", 6, false, Finding::page),
        new Column("Rad", 7, false, Finding::line),
        new Column("Meddelande", 60, true, Finding::message),
        new Column("Underlag", 60, true, Finding::evidence),
        new Column("Grund", 30, true, Finding::basis),
        new Column("Datum", 12, false, Finding::date)));
    if (withStatus) {
      cs.add(new Column("Status", 8, false, f -> f.status() == null ? null : f.status().id()));
    }
    cs.add(new Column("Fingeravtryck", 26, false, Finding::fingerprint));
    this.columns = List.copyOf(cs);
  }

  void write(List<Finding> findings, ReportContext context, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      this.wb = workbook;
      styles();
      var core = wb.getProperties().getCoreProperties();
      core.setCreator("namndkoll");
      core.setTitle("Fynd");
      core.setCreated(Optional.of(Date.from(context.runAt().toInstant())));
      Set<String> used = new HashSet<>(List.of(ALL.toLowerCase(Locale.ROOT), SUMMARY.toLowerCase(Locale.ROOT),
          "history"));
      findingSheet(ALL, FindingOrder.sorted(findings, FindingOrder.BY_DOCUMENT));
      Map<String, List<Finding>> byRule = new LinkedHashMap<>();
      for (Finding f : FindingOrder.sorted(findings, FindingOrder.BY_RULE)) {
        byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
      }
      byRule.forEach((rule, fs) -> findingSheet(sheetName(rule, used), fs));
      summarySheet(findings, context);
      wb.write(out);
    } finally {
      this.wb = null;
    }
  }

  private void findingSheet(String name, List<Finding> findings) {
    Sheet sheet = wb.createSheet(name);
    Row head = sheet.createRow(0);
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(columns.get(c).heading());
      cell.setCellStyle(header);
      widths[c] = columns.get(c).heading().length() + 3;
    }
    int r = 1;
    for (Finding f : findings) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        Object value = column.value().apply(f);
        Cell cell = row.createCell(c);
        widths[c] = Math.max(widths[c], Math.min(column.maxWidth(), length(value) + 2));
        if (value == null) {
          cell.setCellStyle(text);
        } else if (value instanceof Severity s) {
          cell.setCellValue(s.id());
          cell.setCellStyle(severityStyles.get(s));
        } else if (value instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(date);
        } else if (value instanceof Integer n) {
          cell.setCellValue(n);
          cell.setCellStyle(text);
        } else {
          cell.setCellValue(value.toString());
          cell.setCellStyle(column.wrap() ? wrapped : text);
        }
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
  }

  private void summarySheet(List<Finding> findings, ReportContext context) {
    Sheet sheet = wb.createSheet(SUMMARY);
    Tally tally = new Tally(findings);
    Map<String, Map<String, Map<Severity, Integer>>> matrix = tally.perNamndAndRule();
    List<String> rules = new ArrayList<>(new TreeSet<>(tally.perRule().keySet()));
    Row head = sheet.createRow(0);
    headerCell(head, 0, "Nämnd");
    for (int i = 0; i < rules.size(); i++) {
      headerCell(head, i + 1, rules.get(i));
    }
    headerCell(head, rules.size() + 1, "Totalt");
    int r = 1;
    int[] columnTotals = new int[rules.size() + 1];
    for (Map.Entry<String, Map<String, Map<Severity, Integer>>> namnd : matrix.entrySet()) {
      Row row = sheet.createRow(r++);
      textCell(row, 0, namnd.getKey());
      int total = 0;
      for (int i = 0; i < rules.size(); i++) {
        Map<Severity, Integer> counts = namnd.getValue().get(rules.get(i));
        int n = counts == null ? 0 : Tally.sum(counts);
        row.createCell(i + 1).setCellValue(n);
        columnTotals[i] += n;
        total += n;
      }
      row.createCell(rules.size() + 1).setCellValue(total);
      columnTotals[rules.size()] += total;
    }
    Row totals = sheet.createRow(r++);
    headerCell(totals, 0, "Totalt");
    for (int i = 0; i < columnTotals.length; i++) {
      Cell cell = totals.createCell(i + 1);
      cell.setCellValue(columnTotals[i]);
      cell.setCellStyle(header);
    }

    r++;
    Row sevHead = sheet.createRow(r++);
    headerCell(sevHead, 0, "Allvarlighet");
    headerCell(sevHead, 1, "Antal");
    Map<Severity, Integer> perSeverity = tally.perSeverity();
    for (Severity s : FindingOrder.GRAVEST_FIRST) {
      Row row = sheet.createRow(r++);
      Cell cell = row.createCell(0);
      cell.setCellValue(s.id());
      cell.setCellStyle(severityStyles.get(s));
      row.createCell(1).setCellValue(perSeverity.get(s));
    }

    r++;
    r = fact(sheet, r, "Granskat", Labels.checked(context));
    Row run = sheet.createRow(r++);
    headerCell(run, 0, "Körning");
    Cell when = run.createCell(1);
    when.setCellValue(context.runAt().toLocalDateTime());
    when.setCellStyle(dateTime);
    r = fact(sheet, r, "Filer lästa", context.filesRead());
    r = fact(sheet, r, "Filer som inte kunde läsas", context.filesFailed());
    r = fact(sheet, r, "Granskade fynd som inte visas", context.reviewed());
    if (tally.baselineUsed()) {
      r = fact(sheet, r, "Nya fynd", tally.withStatus(Finding.Status.NEW));
      fact(sheet, r, "Kända fynd", tally.withStatus(Finding.Status.KNOWN));
    }
    int namndWidth = matrix.keySet().stream().mapToInt(String::length).max().orElse(0);
    sheet.setColumnWidth(0, Math.min(40, Math.max(namndWidth, "Granskade fynd som inte visas".length()) + 2) * 256);
    sheet.setColumnWidth(1, Math.max(18, rules.isEmpty() ? 0 : rules.get(0).length() + 2) * 256);
    for (int i = 1; i < rules.size(); i++) {
      sheet.setColumnWidth(i + 1, (rules.get(i).length() + 2) * 256);
    }
    sheet.createFreezePane(1, 1);
  }

  private int fact(Sheet sheet, int r, String label, Object value) {
    Row row = sheet.createRow(r);
    headerCell(row, 0, label);
    Cell cell = row.createCell(1);
    if (value instanceof Integer n) {
      cell.setCellValue(n);
    } else {
      cell.setCellValue(String.valueOf(value));
    }
    return r + 1;
  }

  private void headerCell(Row row, int c, String value) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(header);
  }

  private void textCell(Row row, int c, String value) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(text);
  }

  /** The rule id as a sheet name: safe characters, at most 31, not used before (in any case). */
  static String sheetName(String rule, Set<String> used) {
    String base = WorkbookUtil.createSafeSheetName(rule, '_');
    String name = base;
    for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "~" + n;
      name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static int length(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Severity s) {
      return s.id().length();
    }
    return value.toString().length();
  }

  private void styles() {
    XSSFFont bold = wb.createFont();
    bold.setBold(true);
    XSSFCellStyle h = wb.createCellStyle();
    h.setFont(bold);
    h.setFillForegroundColor(rgb(0xE7, 0xE6, 0xE6));
    h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    h.setBorderBottom(BorderStyle.THIN);
    h.setVerticalAlignment(VerticalAlignment.TOP);
    header = h;

    text = wb.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = wb.createCellStyle();
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped.setWrapText(true);
    date = wb.createCellStyle();
    date.setVerticalAlignment(VerticalAlignment.TOP);
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    dateTime = wb.createCellStyle();
    dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    dateTime.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);

    severityStyles.put(Severity.ERROR, severityStyle(rgb(0xFF, 0xC7, 0xCE), rgb(0x9C, 0x00, 0x06)));
    severityStyles.put(Severity.WARNING, severityStyle(rgb(0xFF, 0xEB, 0x9C), rgb(0x9C, 0x57, 0x00)));
    severityStyles.put(Severity.INFO, severityStyle(rgb(0xDD, 0xEB, 0xF7), rgb(0x1F, 0x4E, 0x78)));
  }

  private CellStyle severityStyle(XSSFColor fill, XSSFColor ink) {
    XSSFFont font = wb.createFont();
    font.setColor(ink);
    XSSFCellStyle s = wb.createCellStyle();
    s.setFont(font);
    s.setFillForegroundColor(fill);
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private static XSSFColor rgb(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b});
  }
}
