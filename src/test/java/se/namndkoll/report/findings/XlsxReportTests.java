package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.check.Baseline;
import se.namndkoll.model.Finding;

/** The workbook read back with POI. */
class XlsxReportTests {

  @TempDir
  Path dir;

  private XSSFWorkbook write(List<Finding> findings) throws Exception {
    Path file = dir.resolve("fynd.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      FindingReports.write(FindingFormat.XLSX, findings, SampleFindings.context(), out);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void hasTheSummaryFirstThenAllFindingsThenASheetPerRuleThenTheRules() throws Exception {
    try (XSSFWorkbook wb = write(SampleFindings.all())) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));

      assertThat(names).containsExactly("Sammanfattning", "Alla fynd", "BKA-MISSING", "BUDGET-DEFICIT",
          "BUDGET-TABLE-MISMATCH", "DELEGATION-NOT-REPORTED", "INGEST-FAILED", "PLACEHOLDER-LEFT", "SAMVERKAN-MISSING",
          "Regler");
      assertThat(wb.getActiveSheetIndex()).isZero();
      assertThat(wb.getSheet("Alla fynd").getLastRowNum()).isEqualTo(SampleFindings.all().size());
      assertThat(wb.getSheet("BKA-MISSING").getLastRowNum()).isEqualTo(1);
      assertThat(wb.getSheet("BUDGET-DEFICIT").getLastRowNum()).isEqualTo(1);
    }
  }

  @Test
  void freezesTheHeaderAndFiltersItsColumns() throws Exception {
    try (XSSFWorkbook wb = write(SampleFindings.all())) {
      XSSFSheet all = wb.getSheet("Alla fynd");

      assertThat(all.getPaneInformation().isFreezePane()).isTrue();
      assertThat(all.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(all.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
      assertThat(all.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P8");
      assertThat(cells(all.getRow(0))).startsWith("Regel", "Regelns namn", "Allvarlighet", "Nämnd", "Sammanträde",
          "Dnr", "Rubrik").endsWith("Även i", "Fingeravtryck").doesNotContain("Status");
      assertThat(all.getColumnWidth(10)).as("Meddelande").isBetween(40 * 256, 62 * 256);
    }
  }

  @Test
  void writesDatesAsDatesNumbersAsNumbersAndColoursTheSeverity() throws Exception {
    try (XSSFWorkbook wb = write(SampleFindings.all())) {
      Sheet bka = wb.getSheet("BKA-MISSING");
      Row row = bka.getRow(1);

      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("BKA-MISSING");
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Barnkonsekvensanalys saknas");
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo("2026-00034");
      Cell meeting = row.getCell(4);
      assertThat(meeting.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(meeting)).isTrue();
      assertThat(meeting.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 10));
      assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(7);
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(412);
      Cell severity = row.getCell(2);
      assertThat(severity.getStringCellValue()).isEqualTo("Fel");
      XSSFCellStyle style = (XSSFCellStyle) severity.getCellStyle();
      assertThat(style.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFFFC7CE");
      Set<String> fills = new HashSet<>();
      Sheet all = wb.getSheet("Alla fynd");
      for (int r = 1; r <= all.getLastRowNum(); r++) {
        fills.add(((XSSFCellStyle) all.getRow(r).getCell(2).getCellStyle()).getFillForegroundXSSFColor().getARGBHex());
      }
      assertThat(fills).hasSize(3);
    }
  }

  @Test
  void countsPerNamndAndRuleInTheSummary() throws Exception {
    try (XSSFWorkbook wb = write(SampleFindings.all())) {
      Sheet summary = wb.getSheet("Sammanfattning");

      List<String> head = cells(summary.getRow(0));
      assertThat(head).startsWith("Nämnd", "BKA-MISSING").endsWith("Totalt");
      assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo(SampleFindings.IFN);
      assertThat(summary.getRow(1).getCell(head.indexOf("BUDGET-DEFICIT")).getNumericCellValue()).isEqualTo(1);
      assertThat(summary.getRow(1).getCell(head.indexOf("Totalt")).getNumericCellValue()).isEqualTo(5);
      assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Utan nämnd");
      assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Totalt");
      assertThat(summary.getRow(4).getCell(head.indexOf("Totalt")).getNumericCellValue()).isEqualTo(7);
      assertThat(cells(summary.getRow(6))).containsExactly("Allvarlighet", "Antal");
      assertThat(cells(summary.getRow(7))).containsExactly("Fel", "4.0");
      assertThat(cells(summary.getRow(9))).containsExactly("Info", "1.0");
    }
  }

  @Test
  void addsAStatusColumnWhenABaselineWasUsed() throws Exception {
    List<Finding> findings = SampleFindings.all();
    try (XSSFWorkbook wb = write(Baseline.ofFindings(findings.subList(0, 3)).mark(findings))) {
      List<String> head = cells(wb.getSheet("Alla fynd").getRow(0));

      assertThat(head).contains("Status");
      List<String> statuses = new ArrayList<>();
      Sheet all = wb.getSheet("Alla fynd");
      for (int r = 1; r <= all.getLastRowNum(); r++) {
        statuses.add(all.getRow(r).getCell(head.indexOf("Status")).getStringCellValue());
      }
      assertThat(statuses).containsOnly("ny", "känd").filteredOn("känd"::equals).hasSize(3);
    }
  }

  @Test
  void printsOnA4LandscapeOnePageWideWithTheHeaderRowOnEveryPage() throws Exception {
    try (XSSFWorkbook wb = write(SampleFindings.all())) {
      for (Sheet sheet : wb) {
        XSSFSheet x = (XSSFSheet) sheet;
        assertThat(x.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(x.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(x.getFitToPage()).isTrue();
        assertThat(x.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(x.getPrintSetup().getFitHeight()).as("as many pages down as it takes").isZero();
        assertThat(x.getFooter().getRight()).isEqualTo("Sida &P av &N");
        assertThat(x.getHeader().getLeft()).startsWith("Granskningsrapport");
      }
      XSSFSheet all = wb.getSheet("Alla fynd");
      assertThat(all.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      assertThat(wb.getPrintArea(wb.getSheetIndex(all))).as("the fingerprint is not printed").endsWith("$O$8");
    }
  }

  @Test
  void describesEveryRuleOnTheRulesSheet() throws Exception {
    try (XSSFWorkbook wb = write(SampleFindings.all())) {
      Sheet rules = wb.getSheet("Regler");

      assertThat(cells(rules.getRow(0))).containsExactly("Regel", "Namn", "Allvarlighet", "Vad regeln prövar",
          "Exempel", "Grund", "Fynd");
      List<String> bka = cells(rules.getRow(1));
      assertThat(bka).startsWith("BKA-MISSING", "Barnkonsekvensanalys saknas", "Fel",
          "En skrivelse med beslut saknar barnkonsekvensanalys.");
      assertThat(bka).contains("Uppföljning av placeringar: ingen barnkonsekvensanalys.", "1.0");
    }
  }

  @Test
  void namesRuleSheetsSafelyShortAndUnique() {
    Set<String> used = new HashSet<>(Set.of("alla fynd", "sammanfattning"));

    assertThat(XlsxReport.sheetName("A-VERY-LONG-RULE-ID-THAT-GOES-ON-AND-ON", used))
        .isEqualTo("A-VERY-LONG-RULE-ID-THAT-GOES-O");
    assertThat(XlsxReport.sheetName("A-VERY-LONG-RULE-ID-THAT-GOES-ON-AND-ON-TOO", used))
        .isEqualTo("A-VERY-LONG-RULE-ID-THAT-GOES~2");
    assertThat(XlsxReport.sheetName("SAMMANFATTNING", used)).isEqualTo("SAMMANFATTNING~2");
    assertThat(XlsxReport.sheetName("RULE/WITH:ODD*CHARS", used)).isEqualTo("RULE_WITH_ODD_CHARS");
  }

  @Test
  void writesAWorkbookWithNoFindings() throws Exception {
    try (XSSFWorkbook wb = write(List.of())) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      assertThat(wb.getSheet("Alla fynd").getLastRowNum()).isZero();
    }
  }

  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> out.add(c.getCellType() == CellType.STRING ? c.getStringCellValue()
        : String.valueOf(c.getNumericCellValue())));
    return out;
  }
}
