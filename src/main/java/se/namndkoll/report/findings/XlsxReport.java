package se.namndkoll.report.findings;

import se.namndkoll.model.RuleInfo;
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
  static final String RULES = "Regler";
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

  private Prepared prepared;

  XlsxReport(boolean withStatus, boolean withOcr) {
    List<Column> cs = new ArrayList<>(List.of(
        new Column("Regel", 22, true, Finding::rule),
        new Column("Regelns namn", 20, true, f -> prepared.context().rule(f.rule()).map(RuleInfo::title).orElse(null)),
        new Column("Allvarlighet", 12, false, f -> f.severity()),
        new Column("Nämnd", 20, true, Finding::namnd),
        new Column("Sammanträde", 12, false, Finding::meetingDate),
        new Column("Dnr", 12, false, Finding::dnr),
        new Column("Rubrik", 26, true, Finding::title),
        new Column("Dokument", 24, true, Finding::source),
        new Column("Sida", 6, false, Finding::page),
        new Column("Rad", 7, false, Finding::line),
        new Column("Meddelande", 40, true, Finding::message),
        new Column("Underlag", 40, true, Finding::evidence),
        new Column("Grund", 22, true, Finding::basis),
        new Column("Datum", 12, false, Finding::date),
        new Column("Även i", 24, true, f -> {
          String places = Labels.elsewhere(prepared.elsewhere(f));
          return places.isEmpty() ? null : places;
        })));
    if (withStatus) {
      cs.add(new Column("Status", 8, false, f -> f.status() == null ? null : Labels.status(f.status())));
    }
    if (withOcr) {
      cs.add(new Column("Läst med OCR", 10, false, f -> f.ocr() ? "ja" : null));
    }
    cs.add(new Column("Fingeravtryck", 26, false, Finding::fingerprint));
    this.columns = List.copyOf(cs);
  }

  void write(Prepared p, OutputStream out) throws IOException {
    this.prepared = p;
    List<Finding> findings = p.findings();
    ReportContext context = p.context();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      this.wb = workbook;
      styles();
      var core = wb.getProperties().getCoreProperties();
      core.setCreator("namndkoll");
      core.setTitle("Fynd");
      core.setCreated(Optional.of(Date.from(context.runAt().toInstant())));
      Set<String> used = new HashSet<>(List.of(ALL.toLowerCase(Locale.ROOT), SUMMARY.toLowerCase(Locale.ROOT),
          RULES.toLowerCase(Locale.ROOT), "history"));
      summarySheet(findings, context);
      findingSheet(ALL, FindingOrder.sorted(findings, FindingOrder.BY_DOCUMENT));
      Map<String, List<Finding>> byRule = new LinkedHashMap<>();
      for (Finding f : FindingOrder.sorted(findings, FindingOrder.BY_RULE)) {
        byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
      }
      byRule.forEach((rule, fs) -> findingSheet(sheetName(rule, used), fs));
      rulesSheet(findings, context);
      wb.setActiveSheet(0);
      wb.write(out);
    } finally {
      this.wb = null;
      this.prepared = null;
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
          cell.setCellValue(Labels.severity(s));
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
    fitRowHeights(sheet, widths);
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    printSetup(sheet, name);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    // the fingerprint is for the review command, not for the printed page
    wb.setPrintArea(wb.getSheetIndex(sheet), 0, columns.size() - 2, 0, Math.max(0, r - 1));
  }

  /**
   * A sheet that prints as a revisor expects: A4 landscape, every column on the page's width (as
   * many pages down as it takes), narrow margins, the scope in the header and "Sida N av M" in the
   * footer.
   */
  private void printSetup(Sheet sheet, String name) {
    org.apache.poi.ss.usermodel.PrintSetup ps = sheet.getPrintSetup();
    ps.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    ps.setLandscape(true);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
    sheet.getHeader().setLeft(headerText(HtmlReport.title(prepared.context()) + " · " + name));
    sheet.getFooter().setRight("Sida &P av &N");
  }

  /**
   * Each row as high as its longest wrapped cell needs (the file format keeps no automatic height
   * that every program honours), so that nothing printed is cut off.
   */
  private void fitRowHeights(Sheet sheet, int[] widths) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      int lines = 1;
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = row.getCell(c);
        if (cell == null || !columns.get(c).wrap() || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
          continue;
        }
        int perLine = Math.max(1, widths[c] - 1);
        int needed = 0;
        for (String part : cell.getStringCellValue().split("\n", -1)) {
          needed += Math.max(1, (part.length() + perLine - 1) / perLine);
        }
        lines = Math.max(lines, needed);
      }
      row.setHeightInPoints(Math.min(409f, 15f * lines));
    }
  }

  /** Text for a printed header: Excel's own codes start with '&', so a lone '&' is doubled. */
  private static String headerText(String s) {
    String t = TableReport.clean(s).replace("&", "&&");
    return t.length() > 200 ? t.substring(0, 199) + "…" : t;
  }

  /** "Regler": every rule of the check with its name, what it checks, an example, its basis. */
  private void rulesSheet(List<Finding> findings, ReportContext context) {
    Sheet sheet = wb.createSheet(RULES);
    String[] headings = {"Regel", "Namn", "Allvarlighet", "Vad regeln prövar", "Exempel", "Grund", "Fynd"};
    int[] widths = {28, 30, 12, 60, 45, 35, 6};
    Row head = sheet.createRow(0);
    for (int c = 0; c < headings.length; c++) {
      headerCell(head, c, headings[c]);
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    Map<String, Integer> counts = new java.util.TreeMap<>();
    findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
    Set<String> ids = new TreeSet<>(context.rules().keySet());
    ids.addAll(counts.keySet());
    int r = 1;
    for (String id : ids) {
      RuleInfo info = context.rule(id).orElse(null);
      Row row = sheet.createRow(r++);
      textCell(row, 0, id);
      wrappedCell(row, 1, info == null ? null : info.title());
      Severity severity = info != null ? info.severity()
          : findings.stream().filter(f -> f.rule().equals(id)).map(Finding::severity).max(java.util.Comparator.naturalOrder())
              .orElse(Severity.INFO);
      Cell sev = row.createCell(2);
      sev.setCellValue(Labels.severity(severity));
      sev.setCellStyle(severityStyles.get(severity));
      wrappedCell(row, 3, info == null ? null : info.description());
      wrappedCell(row, 4, info == null ? null : info.example());
      wrappedCell(row, 5, info != null && info.basis() != null ? info.basis()
          : findings.stream().filter(f -> f.rule().equals(id)).map(Finding::basis).filter(java.util.Objects::nonNull)
              .findFirst().orElse(null));
      row.createCell(6).setCellValue(counts.getOrDefault(id, 0));
    }
    sheet.createFreezePane(0, 1);
    printSetup(sheet, RULES);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
  }

  private void wrappedCell(Row row, int c, String value) {
    Cell cell = row.createCell(c);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(wrapped);
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
      cell.setCellValue(Labels.severity(s));
      cell.setCellStyle(severityStyles.get(s));
      row.createCell(1).setCellValue(perSeverity.get(s));
    }

    if (context.baseline() != null) {
      r++;
      Map<String, Map<String, int[]>> changes = Changes.perNamndAndRule(findings, context.baseline());
      Row changeHead = sheet.createRow(r++);
      String[] heads = {"Nämnd", "Regel", "Nya", "Kvarstående", "Åtgärdade"};
      for (int i = 0; i < heads.length; i++) {
        headerCell(changeHead, i, heads[i]);
      }
      for (Map.Entry<String, Map<String, int[]>> namnd : changes.entrySet()) {
        for (Map.Entry<String, int[]> rule : namnd.getValue().entrySet()) {
          Row row = sheet.createRow(r++);
          textCell(row, 0, namnd.getKey());
          textCell(row, 1, rule.getKey());
          for (int i = 0; i < 3; i++) {
            row.createCell(2 + i).setCellValue(rule.getValue()[i]);
          }
        }
      }
    }

    r++;
    Scope scope = context.scope();
    if (scope.kommun() != null) {
      r = fact(sheet, r, "Kommun", scope.kommun());
    }
    if (!scope.namnder().isEmpty()) {
      r = fact(sheet, r, "Nämnder", String.join(", ", scope.namnder()));
    }
    if (!Labels.period(scope).isEmpty()) {
      r = fact(sheet, r, "Period", Labels.period(scope));
    }
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
      r = fact(sheet, r, "Kända fynd", tally.withStatus(Finding.Status.KNOWN));
    }
    r = fact(sheet, r, "Regler", Labels.rules(context, true));
    for (String policyLine : scope.policy()) {
      r = fact(sheet, r, "Policy", policyLine);
    }
    if (scope.ranBy() != null) {
      r = fact(sheet, r, "Körd av", scope.ranBy());
    }
    if (scope.toolVersion() != null) {
      r = fact(sheet, r, "namndkoll", scope.toolVersion());
    }
    if (scope.conclusions() != null) {
      Row row = sheet.createRow(r++);
      headerCell(row, 0, "Revisorns bedömning");
      Cell cell = row.createCell(1);
      cell.setCellValue(scope.conclusions());
      cell.setCellStyle(wrapped);
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, Math.max(6, rules.size() + 1)));
      row.setHeightInPoints(Math.min(400, 15f * (1 + scope.conclusions().length() / 90
          + (int) scope.conclusions().lines().count())));
    }
    int namndWidth = matrix.keySet().stream().mapToInt(String::length).max().orElse(0);
    sheet.setColumnWidth(0, Math.min(40, Math.max(namndWidth, "Granskade fynd som inte visas".length()) + 2) * 256);
    sheet.setColumnWidth(1, Math.max(18, rules.isEmpty() ? 0 : rules.get(0).length() + 2) * 256);
    for (int i = 1; i < rules.size(); i++) {
      sheet.setColumnWidth(i + 1, (rules.get(i).length() + 2) * 256);
    }
    sheet.createFreezePane(1, 1);
    printSetup(sheet, SUMMARY);
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
