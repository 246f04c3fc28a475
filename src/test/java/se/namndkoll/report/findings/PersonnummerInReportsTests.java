package se.namndkoll.report.findings;

import se.namndkoll.model.RuleInfo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/**
 * No report carries a personnummer or samordningsnummer in clear, in any format: a number planted
 * in every text a report prints (the quote, message, title, nämnd, file name, basis, the paths
 * checked, the rules' own words, the scope and the revisor's conclusions) is looked for in the
 * bytes each format writes, and found only masked.
 */
class PersonnummerInReportsTests {

  /** Fictional, with valid check digits: a personnummer with century and a samordningsnummer. */
  private static final String PERSONNUMMER = "19850312-2486";
  private static final String SAMORDNINGSNUMMER = "850372-1238";
  private static final List<String> IN_CLEAR = List.of("2486", "1238");

  private static List<Finding> findings() {
    return List.of(
        new Finding("PERSONNUMMER-EXPOSED", Severity.ERROR, "Individ- och familjeomsorgsnämnden " + SAMORDNINGSNUMMER,
            LocalDate.of(2026, 3, 10), "2026-00027", "Anmälningsärenden, skrivelse från " + PERSONNUMMER,
            "arkiv/skrivelse-" + PERSONNUMMER + ".pdf", 2, 40,
            "3. Skrivelse från Kerstin Aalto, " + PERSONNUMMER + ", och " + SAMORDNINGSNUMMER,
            "Handlingen röjer ett personnummer (" + PERSONNUMMER + ").", "OSL 26 kap. 1 § " + SAMORDNINGSNUMMER,
            null, null),
        new Finding("PERSONNUMMER-EXPOSED", Severity.ERROR, "Individ- och familjeomsorgsnämnden",
            LocalDate.of(2026, 3, 10), "2026-00027", "Anmälningsärenden", "arkiv/kallelse.pdf", 12, 700,
            "3. Skrivelse från Kerstin Aalto, 850312 2486, inkommen", "Handlingen röjer ett personnummer.", null,
            null, null));
  }

  private static ReportContext context() {
    return ReportContext.of(List.of("arkiv/" + PERSONNUMMER), SampleFindings.RUN_AT).withFiles(2, 1)
        .withRules(List.of(new RuleInfo("PERSONNUMMER-EXPOSED", Severity.ERROR, "OSL",
            "Ett personnummer står i en offentlig handling.", "Personnummer i offentlig handling",
            "\"… " + PERSONNUMMER + " …\" i ett offentligt protokoll.")))
        .withScope(new Scope("Norrvik kommun", List.of("Individ- och familjeomsorgsnämnden"), LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 3, 10),
            List.of(new Scope.DocumentRead("arkiv/skrivelse-" + PERSONNUMMER + ".pdf", null, null, "skrivelse")),
            List.of(new Scope.FileFailed("arkiv/trasig-" + SAMORDNINGSNUMMER + ".pdf", "corrupt")), "rules",
            "0".repeat(64), List.of(), "Revisor " + PERSONNUMMER,
            "Nämnden har publicerat " + PERSONNUMMER + " i ett protokoll.", "1.2.3", null, null))
        .withBaseline(List.of(new PastFinding("abc", "PERSONNUMMER-EXPOSED", "Nämnd " + SAMORDNINGSNUMMER)));
  }

  private static String text(FindingFormat format) {
    return FindingReports.text(format, findings(), context(), ReportOptions.DEFAULTS);
  }

  private static void assertMasked(String out) {
    for (String clear : IN_CLEAR) {
      assertThat(out).doesNotContain(clear);
    }
    assertThat(out).contains("19850312-XXXX").contains("850372-XXXX");
  }

  @Test
  void theTableMasksEveryNumber() {
    assertMasked(text(FindingFormat.TABLE));
  }

  @Test
  void theJsonMasksEveryNumber() {
    assertMasked(text(FindingFormat.JSON));
  }

  @Test
  void theCsvMasksEveryNumber() {
    assertMasked(text(FindingFormat.CSV));
  }

  @Test
  void theHtmlMasksEveryNumber() {
    String html = text(FindingFormat.HTML);
    assertMasked(html);
    assertThat(html).contains("Nämnden har publicerat 19850312-XXXX i ett protokoll.");
  }

  @Test
  void theSarifMasksEveryNumber() {
    assertMasked(text(FindingFormat.SARIF));
  }

  @Test
  void theXlsxMasksEveryNumberInEveryPartOfTheWorkbook() throws Exception {
    byte[] xlsx = FindingReports.bytes(FindingFormat.XLSX, findings(), context(), ReportOptions.DEFAULTS);
    StringBuilder all = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    assertMasked(all.toString());
  }

  @Test
  void thePdfMasksEveryNumber() throws Exception {
    byte[] pdf = FindingReports.bytes(FindingFormat.PDF, findings(), context(), ReportOptions.DEFAULTS);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertMasked(text.replaceAll("\\s+", " "));
    }
  }

  @Test
  void aNumberWrittenWithASpaceIsMaskedToo() {
    assertThat(text(FindingFormat.JSON)).contains("850312 XXXX").doesNotContain("850312 2486");
  }

  @Test
  void masksWithoutChangingWhatHasNoNumber() {
    Finding f = SampleFindings.all().get(0);
    assertThat(Masking.finding(f)).isSameAs(f);
  }
}
