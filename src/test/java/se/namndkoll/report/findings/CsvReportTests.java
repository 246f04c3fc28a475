package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

class CsvReportTests {

  private static String csv(List<Finding> findings, char separator) {
    return FindingReports.text(FindingFormat.CSV, findings, SampleFindings.context(),
        ReportOptions.DEFAULTS.withCsvSeparator(separator));
  }

  @Test
  void writesSemicolonSeparatedRowsWithByteOrderMark() {
    String out = csv(SampleFindings.all(), ';');

    assertThat(out).startsWith("\uFEFFRegel;Regelns namn;Allvarlighet;Nämnd;Sammanträde;Dnr;Rubrik;Dokument;Sida;Rad;"
        + "Underlag;Meddelande;Grund;Datum;Fingeravtryck;Status;Även i\r\n");
    assertThat(out.split("\r\n")).hasSize(1 + SampleFindings.all().size());
    Golden.assertMatches(out, getClass(), "writesSemicolonSeparatedRowsWithByteOrderMark", "csv");
  }

  @Test
  void writesCommaSeparatedWhenAsked() {
    String out = csv(SampleFindings.all().subList(0, 1), ',');

    assertThat(out).startsWith("\uFEFFRegel,Regelns namn,Allvarlighet,Nämnd,Sammanträde,Dnr,");
    assertThat(out).contains("\r\nBKA-MISSING,Barnkonsekvensanalys saknas,Fel,Individ- och familjeomsorgsnämnden,2026-03-10,2026-00034,"
        + "Riktlinje för ekonomiskt bistånd 2026,corpus/ifn-2026-03-10-kallelse.pdf,7,412,"
        + "Riktlinjen gäller hushåll med barn som ansöker om ekonomiskt bistånd.,"
        + "Skrivelsen saknar barnkonsekvensanalys fast ärendet rör barn.,\"Lag (2018:1197) art. 3, 12\",,");
  }

  @Test
  void quotesSeparatorsQuotesAndLineBreaks() {
    Finding f = finding("Rader; två\noch \"tre\"", "Ett meddelande");

    String out = csv(List.of(f), ';');

    assertThat(out).contains(";\"Rader; två\noch \"\"tre\"\"\";Ett meddelande;");
  }

  @Test
  void keepsExcelFromReadingDocumentTextAsAFormula() {
    Finding f = finding("=HYPERLINK(\"http://example.invalid\";\"klicka\")", "-12 310 tkr");

    String out = csv(List.of(f), ';');

    assertThat(out).contains(";\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"klicka\"\")\";'-12 310 tkr;");
  }

  private static Finding finding(String evidence, String message) {
    return new Finding("PLACEHOLDER-LEFT", Severity.ERROR, "Kommunstyrelsen", null, "2026-00001", "Rubrik",
        "ks.txt", null, 3, evidence, message, null, null, null);
  }
}
