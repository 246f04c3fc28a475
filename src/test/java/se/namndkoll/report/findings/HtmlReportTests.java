package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

class HtmlReportTests {

  private static String html(List<Finding> findings) {
    return FindingReports.text(FindingFormat.HTML, findings, SampleFindings.context(), ReportOptions.DEFAULTS);
  }

  @Test
  void writesAReportARevisorCanSendOn() {
    Golden.assertMatches(html(SampleFindings.all()), getClass(), "writesAReportARevisorCanSendOn", "html");
  }

  @Test
  void hasTheSwedishHeadingsAndEveryFindingWithItsEvidenceAndBasis() {
    Document doc = Jsoup.parse(html(SampleFindings.all()));

    assertThat(doc.select("h2").eachText()).containsExactly("Omfattning", "Sammanfattning", "Fynd", "Regler");
    assertThat(doc.select("h3").eachText()).contains("Fynd per nämnd och regel", SampleFindings.IFN,
        SampleFindings.TN, "Utan nämnd");
    assertThat(doc.select("article.fynd")).hasSize(SampleFindings.all().size());
    Element bka = doc.select("article.fynd:has(code:containsOwn(BKA-MISSING))").first();
    assertThat(bka).isNotNull();
    assertThat(bka.selectFirst("h5").text()).isEqualTo(
        "Fel BKA-MISSING Dnr 2026-00034 · Riktlinje för ekonomiskt bistånd 2026");
    assertThat(bka.selectFirst("p.meddelande").text()).isEqualTo(
        "Skrivelsen saknar barnkonsekvensanalys fast ärendet rör barn.");
    assertThat(bka.select("dt").eachText()).containsExactly("Regel", "Underlag", "Plats", "Grund", "Fingeravtryck");
    assertThat(bka.select("blockquote").text()).startsWith("Riktlinjen gäller hushåll med barn");
    assertThat(bka.select("dd").eachText()).contains("corpus/ifn-2026-03-10-kallelse.pdf, s. 7, rad 412",
        "Lag (2018:1197) art. 3, 12");
    assertThat(doc.select("section.namnd:has(h3:containsOwn(Individ-)) h4").eachText())
        .containsExactly("Sammanträde 2026-03-10", "Utan sammanträdesdatum");
  }

  @Test
  void drawsABarGroupPerNamndWithABarPerRule() {
    Document doc = Jsoup.parse(html(SampleFindings.all()));

    Element svg = doc.selectFirst("figure > svg");
    assertThat(svg).isNotNull();
    assertThat(svg.select("g.namnd")).hasSize(3);
    assertThat(svg.select("g.namnd > text").eachText())
        .containsExactly(SampleFindings.IFN, SampleFindings.TN, "Utan nämnd");
    assertThat(svg.select("g.namnd").get(0).select("g.bar")).hasSize(5);
    assertThat(svg.select("g.namnd").get(0).select("rect.error")).hasSize(3);
    assertThat(svg.select("g.bar title").eachText()).contains(
        "Individ- och familjeomsorgsnämnden, BUDGET-DEFICIT: 1 varning");
  }

  @Test
  void stacksTheSeveritiesOfOneRuleInOneBar() {
    Finding error = SampleFindings.all().get(0);
    Finding warning = new Finding("BKA-MISSING", Severity.WARNING, error.namnd(), error.meetingDate(), "2026-00040",
        "Lokalbehov 2027", error.source(), 9, 500, "Lokalerna ...", "Saknar BKA.", error.basis(), null, null);

    Element bar = Jsoup.parse(html(List.of(error, warning))).selectFirst("g.bar");

    assertThat(bar.select("rect").eachAttr("class")).containsExactly("error", "warning");
    assertThat(bar.selectFirst("title").text()).endsWith("BKA-MISSING: 1 fel, 1 varning");
  }

  @Test
  void escapesWhatADocumentSays() {
    Finding f = new Finding("PLACEHOLDER-LEFT", Severity.ERROR, "<b>Nämnd</b>", null, "2026-00001",
        "Rubrik \"med\" citat & 'apostrof'", "ks <1>.txt", null, 3, "<script>alert('x')</script>",
        "Platshållare <namn> kvar", "<i>grund</i>", null, null);

    String out = html(List.of(f));

    assertThat(out).doesNotContain("<script", "<b>Nämnd", "<namn>", "<i>grund")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;b&gt;Nämnd&lt;/b&gt;",
            "Rubrik &quot;med&quot; citat &amp; &#39;apostrof&#39;");
    Document doc = Jsoup.parse(out);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("blockquote").text()).isEqualTo("<script>alert('x')</script>");
  }

  @Test
  void isSelfContained() {
    String out = html(SampleFindings.all());
    Document doc = Jsoup.parse(out);

    assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(doc.select("[src]")).isEmpty();
    assertThat(doc.select("[href]").eachAttr("href")).allMatch(h -> h.startsWith("#regel-"));
    assertThat(out).doesNotContain("url(", "@import");
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.selectFirst("style").data()).contains("@media print", "@page");
  }

  @Test
  void sumsPerNamndAndRule() {
    Document doc = Jsoup.parse(html(SampleFindings.all()));

    List<String> rows = new ArrayList<>();
    doc.select("table.summary tbody tr").forEach(tr -> rows.add(tr.select("td").eachText().toString()));
    assertThat(rows).hasSize(7).contains("[BUDGET-DEFICIT, 0, 1, 0, 1]");
    assertThat(doc.select("table.summary tfoot td").eachText()).containsExactly("Totalt", "4", "2", "1", "7");
  }

  @Test
  void writesNoChartWhenThereAreNoFindings() {
    String out = html(List.of());

    assertThat(out).doesNotContain("<svg", "<h2>Fynd</h2>").contains("Inga fynd.");
    Matcher m = Pattern.compile("<h2>").matcher(out);
    int h2 = 0;
    while (m.find()) {
      h2++;
    }
    assertThat(h2).as("Omfattning, Sammanfattning and the rules checked").isEqualTo(3);
  }
}
