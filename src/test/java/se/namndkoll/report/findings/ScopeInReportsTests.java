package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.namndkoll.check.Baseline;
import se.namndkoll.model.Finding;

/**
 * What a check covered — kommun, nämnder, period, documents read and failed, rules with the hash of
 * their folder, who ran it, the revisor's conclusions — and the change against a baseline, as the
 * HTML, PDF, XLSX, SARIF and table show them.
 */
class ScopeInReportsTests {

  private static final String HASH = "3f9a" + "0".repeat(60);

  static ReportContext context() {
    return SampleFindings.context().withScope(new Scope("Norrvik kommun",
        List.of(SampleFindings.IFN, SampleFindings.TN), LocalDate.of(2026, 1, 27), LocalDate.of(2026, 3, 10),
        List.of(new Scope.DocumentRead(SampleFindings.IFN_KALLELSE, SampleFindings.IFN, SampleFindings.IFN_MEETING,
            "kallelse"), new Scope.DocumentRead("corpus/anmalan.docx", SampleFindings.IFN, null, "anmalningsarenden")),
        List.of(new Scope.FileFailed("corpus/trasig.pdf", "corrupt or unreadable PDF")), "rules", HASH,
        List.of("avstängda regler: SAMVERKAN-MISSING"), "Eva Revisor",
        "Nämnden bör se över rutinerna för barnkonsekvensanalys.\n\nUnderskottet behöver mötas av åtgärder.",
        "1.2.3", "https://example.org/namndkoll", "https://example.org/namndkoll/RULES.md"));
  }

  @Test
  void theHtmlNamesTheScopeAndCarriesTheConclusions() {
    Document doc = Jsoup.parse(FindingReports.text(FindingFormat.HTML, SampleFindings.all(), context(),
        ReportOptions.DEFAULTS));

    assertThat(doc.select("h1").text()).isEqualTo("Granskningsrapport, Norrvik kommun");
    assertThat(doc.title()).isEqualTo("Granskningsrapport Norrvik kommun 2026-01-27 – 2026-03-10");
    assertThat(doc.select("h2").eachText()).startsWith("Omfattning", "Revisorns bedömning", "Sammanfattning")
        .endsWith("Regler", "Granskade handlingar");
    assertThat(doc.select("#omfattning dt").eachText()).containsExactly("Kommun", "Nämnder", "Period", "Granskat",
        "Handlingar", "Regler", "Policy", "Granskade fynd", "Körd av", "Körning");
    assertThat(doc.select("#omfattning dd").eachText()).contains("Norrvik kommun",
        SampleFindings.IFN + ", " + SampleFindings.TN, "2026-01-27 – 2026-03-10 (första och sista sammanträdet)",
        "14 lästa, 1 kunde inte läsas (förteckning sist)", "rules, 2 regler (SHA-256 " + HASH + ")",
        "avstängda regler: SAMVERKAN-MISSING", "Eva Revisor", "2026-03-16 kl. 09.30, namndkoll 1.2.3");
    assertThat(doc.select("#bedomning p").eachText()).containsExactly(
        "Nämnden bör se över rutinerna för barnkonsekvensanalys.", "Underskottet behöver mötas av åtgärder.");
    assertThat(doc.select("#handlingar table").first().select("td").eachText())
        .contains(SampleFindings.IFN_KALLELSE, "kallelse", "anmälningsärenden");
    assertThat(doc.select("#handlingar h3 + table td").eachText())
        .containsExactly("corpus/trasig.pdf", "corrupt or unreadable PDF");
    assertThat(doc.selectFirst("style").data()).contains("@top-left { content: \"Granskningsrapport, Norrvik kommun"
        + " · Individ- och familjeomsorgsnämnden, Tekniska nämnden · 2026-01-27 – 2026-03-10 · körd 2026-03-16 kl. 09.30\"")
        .contains("counter(page) \" av \" counter(pages)");
  }

  @Test
  void theHtmlDescribesEveryRuleInItsOwnWords() {
    Document doc = Jsoup.parse(FindingReports.text(FindingFormat.HTML, SampleFindings.all(), context(),
        ReportOptions.DEFAULTS));

    var bka = doc.selectFirst("#regel-bka-missing");
    assertThat(bka.select("td").get(0).text()).isEqualTo("Barnkonsekvensanalys saknas BKA-MISSING");
    assertThat(bka.select("td").get(1).text()).isEqualTo("En skrivelse med beslut saknar barnkonsekvensanalys. "
        + "Exempel: Uppföljning av placeringar: ingen barnkonsekvensanalys.");
    assertThat(doc.select("article.fynd dt:containsOwn(Regel) + dd a").first().attr("href")).isEqualTo("#regel-bka-missing");
  }

  @Test
  void leavesTheConclusionsOutWhenThereAreNone() {
    String html = FindingReports.text(FindingFormat.HTML, SampleFindings.all(), SampleFindings.context(),
        ReportOptions.DEFAULTS);

    assertThat(html).doesNotContain("Revisorns bedömning");
  }

  @Test
  void thePdfHasTheScopeOnEveryPageAndItsNumber() throws Exception {
    byte[] pdf = FindingReports.bytes(FindingFormat.PDF, SampleFindings.all(), context(), ReportOptions.DEFAULTS);

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isBetween(2, 12);
      for (int p = 1; p <= pages; p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(doc).replaceAll("\\s+", " ");
        assertThat(text).as("page %d", p).contains("Granskningsrapport, Norrvik kommun")
            .contains("Sida " + p + " av " + pages);
      }
      String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(all).contains("Revisorns bedömning", "Nämnden bör se över rutinerna", "Omfattning", "Eva Revisor",
          "Barnkonsekvensanalys saknas", "Riktlinjen gäller hushåll med barn", "Regler", "−12 310 tkr");
    }
  }

  @Test
  void theXlsxSummaryNamesTheScope() throws Exception {
    byte[] xlsx = FindingReports.bytes(FindingFormat.XLSX, SampleFindings.all(), context(), ReportOptions.DEFAULTS);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet summary = wb.getSheetAt(0);
      StringBuilder all = new StringBuilder();
      for (Row row : summary) {
        row.forEach(c -> all.append(c.toString()).append(" | "));
        all.append('\n');
      }
      assertThat(all).contains("Kommun | Norrvik kommun", "Period | 2026-01-27 – 2026-03-10", "Körd av | Eva Revisor",
          "Regler | rules, 2 regler (SHA-256 " + HASH + ")", "Revisorns bedömning | Nämnden bör se över");
    }
  }

  @Test
  void theSarifNamesTheToolTheScopeAndWhoRanIt() throws Exception {
    JsonNode run = new ObjectMapper().readTree(FindingReports.text(FindingFormat.SARIF, SampleFindings.all(), context(),
        ReportOptions.DEFAULTS)).at("/runs/0");

    assertThat(run.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
    assertThat(run.at("/tool/driver/informationUri").asText()).isEqualTo("https://example.org/namndkoll");
    assertThat(run.at("/invocations/0/account").asText()).isEqualTo("Eva Revisor");
    assertThat(run.at("/properties/kommun").asText()).isEqualTo("Norrvik kommun");
    assertThat(run.at("/properties/firstMeeting").asText()).isEqualTo("2026-01-27");
    assertThat(run.at("/properties/rulesSha256").asText()).isEqualTo(HASH);
    assertThat(run.at("/properties/failed/0/source").asText()).isEqualTo("corpus/trasig.pdf");
  }

  @Test
  void theTableNamesTheScope() {
    String out = FindingReports.text(FindingFormat.TABLE, SampleFindings.all(), context(), ReportOptions.DEFAULTS);

    assertThat(out).contains("  Kommun: Norrvik kommun\n", "  Period (sammanträden): 2026-01-27 – 2026-03-10\n",
        "  Regler: rules, 2 regler (SHA-256 3f9a00000000…)\n", "  Körd av: Eva Revisor\n");
  }

  @Test
  void showsNewUnchangedAndFixedFindingsPerNamndAndRuleAgainstABaseline() {
    List<Finding> now = SampleFindings.all().subList(0, 3);
    Baseline earlier = Baseline.ofFindings(SampleFindings.all().subList(1, 5));
    ReportContext context = context().withBaseline(earlier.entries());

    Document doc = Jsoup.parse(FindingReports.text(FindingFormat.HTML, earlier.mark(now), context,
        ReportOptions.DEFAULTS));

    assertThat(doc.select("#forandring p").first().text())
        .isEqualTo("1 nya, 2 kvarstående och 2 åtgärdade fynd (i baslinjen, inte nu) mot baslinjens 4.");
    assertThat(doc.select("#forandring svg g.bar title").eachText()).contains(
        "Individ- och familjeomsorgsnämnden, BKA-MISSING: 1 nya, 0 kvarstående, 0 åtgärdade",
        "Individ- och familjeomsorgsnämnden, PLACEHOLDER-LEFT: 0 nya, 0 kvarstående, 1 åtgärdade",
        "Individ- och familjeomsorgsnämnden, DELEGATION-NOT-REPORTED: 0 nya, 0 kvarstående, 1 åtgärdade");
    assertThat(doc.select("table.forandring tfoot td").eachText()).containsExactly("Totalt", "1", "2", "2");
  }
}
