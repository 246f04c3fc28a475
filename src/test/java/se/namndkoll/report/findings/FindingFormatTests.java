package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FindingFormatTests {

  @Test
  void findsAFormatByItsName() {
    assertThat(FindingFormat.of("HTML")).contains(FindingFormat.HTML);
    assertThat(FindingFormat.of(" sarif ")).contains(FindingFormat.SARIF);
    assertThat(FindingFormat.of("PDF")).contains(FindingFormat.PDF);
    assertThat(FindingFormat.of("docx")).isEmpty();
    assertThat(FindingFormat.of(null)).isEmpty();
    assertThat(FindingFormat.ids()).isEqualTo("table, json, csv, xlsx, html, sarif, pdf");
  }

  @Test
  void onlyXlsxAndPdfAreBinary() {
    for (FindingFormat f : FindingFormat.values()) {
      assertThat(f.isBinary()).as(f.id()).isEqualTo(f == FindingFormat.XLSX || f == FindingFormat.PDF);
    }
    assertThatThrownBy(() -> FindingReports.text(FindingFormat.XLSX, SampleFindings.all(), SampleFindings.context(),
        ReportOptions.DEFAULTS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FindingReports.text(FindingFormat.PDF, SampleFindings.all(), SampleFindings.context(),
        ReportOptions.DEFAULTS)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writesEveryFormatToAStream() throws Exception {
    for (FindingFormat f : FindingFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      FindingReports.write(f, SampleFindings.all(), SampleFindings.context(), out);
      assertThat(out.size()).as(f.id()).isPositive();
      if (!f.isBinary()) {
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
            FindingReports.text(f, SampleFindings.all(), SampleFindings.context(), ReportOptions.DEFAULTS));
      }
    }
  }

  @Test
  void refusesAnUnknownCsvSeparator() {
    assertThatThrownBy(() -> ReportOptions.DEFAULTS.withCsvSeparator('|'))
        .hasMessage("a CSV separator is ';', ',' or a tab, not '|'");
  }
}
