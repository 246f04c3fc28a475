package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.DocumentReader;

/**
 * The assembled documents as LibreOffice lays them out on A4, read page by page from the PDF it
 * renders: what a secretary would otherwise fix by hand in Word. Skipped where LibreOffice is not
 * installed ({@code .ci/run} installs it).
 */
class RenderedLayoutTests {

  private static final Path TEMPLATES = Path.of("templates");
  private static final DocumentReader READER = DocumentReader.standard();

  @TempDir Path dir;

  private final Assembler assembler = new Assembler(READER, DraftChecks.asCompliance());

  @BeforeEach
  void needsLibreOffice() {
    assumeTrue(PdfConverter.soffice().isPresent(), "LibreOffice is not installed");
  }

  @Test
  void theExampleUtdragIsOnePageAndSaysProtokollsutdragOnce() throws IOException {
    List<String> pages = render("utdrag", example("utdrag"));

    assertThat(pages).hasSize(1);
    assertThat(count(pages.get(0).toLowerCase(), "protokollsutdrag")).isEqualTo(1);
  }

  @Test
  void theUtdragWithSignatureBoxesHasThemAtTheFootOfItsPageAndReadsBackFromItsPdf() throws IOException {
    List<String> pages = render("utdrag-rutor", example("utdrag"));

    assertThat(pages).hasSize(1);
    String page = pages.get(0);
    assertThat(count(page.toLowerCase(), "utdrag ur protokoll")).isEqualTo(1);
    assertThat(page.indexOf("Sekreterare")).isLessThan(page.indexOf("Justerandes signatur"));
    assertThat(page).contains("Utdragsbestyrkande").doesNotContain("Om mallen");
    var fromPdf = READER.read(dir.resolve("utdrag-rutor.pdf"));
    assertThat(fromPdf.kind()).isEqualTo(se.namndkoll.model.DocumentKind.PROTOKOLLSUTDRAG);
    assertThat(fromPdf.arenden()).singleElement().satisfies(a -> assertThat(a.paragraph()).isEqualTo("§ 37"));
  }

  @Test
  void theSignaturesOfALongUtdragStayTogetherWithItsLastParagraph() throws IOException {
    for (int sentences = 2; sentences <= 8; sentences += 2) {
      Map<String, Object> data = new LinkedHashMap<>(example("utdrag"));
      data.put("arendet", data.get("arendet") + (" Simundervisningen ges under skoltid av badets instruktörer i"
          + " grupper om högst tolv elever.").repeat(sentences));

      List<String> pages = render("utdrag", data);

      String last = pages.get(pages.size() - 1);
      assertThat(last).as(sentences + " sentences more").contains("Ordförande", "Justerande", "Sekreterare",
          "Beslutet expedieras till");
    }
  }

  @Test
  void theSkrivelseNumbersItsPagesAsKommunerDo() throws IOException {
    List<String> pages = render("skrivelse", example("skrivelse"));

    assertThat(pages).hasSizeGreaterThan(1);
    for (int p = 1; p <= pages.size(); p++) {
      assertThat(pages.get(p - 1)).contains("Sida " + p + "(" + pages.size() + ")");
    }
    // and it still reads back with every section, the number of page 2 and its letterhead left out
    assertThat(READER.read(dir.resolve("skrivelse.pdf")).arenden().get(0).sections())
        .hasSameSizeAs(READER.read(dir.resolve("skrivelse.docx")).arenden().get(0).sections());
  }

  @Test
  void theTjansteutlatandeInAnotherKommunsLayoutNumbersItsPagesAndReadsBackFromItsPdf() throws IOException {
    List<String> pages = render("tjansteutlatande", example("skrivelse"));

    for (int p = 1; p <= pages.size(); p++) {
      assertThat(pages.get(p - 1)).contains("Tjänsteutlåtande", "Sida " + p + "(" + pages.size() + ")");
    }
    assertThat(pages.get(0)).contains("Utfärdat", "Diarienummer").doesNotContain("Om mallen");
    assertThat(pages.get(pages.size() - 1)).contains("Förvaltningsdirektör", "Handläggare");
    var fromPdf = READER.read(dir.resolve("tjansteutlatande.pdf")).arenden().get(0);
    var fromDocx = READER.read(dir.resolve("tjansteutlatande.docx")).arenden().get(0);
    assertThat(fromPdf.dnr()).isEqualTo(fromDocx.dnr());
    assertThat(fromPdf.sections()).hasSameSizeAs(fromDocx.sections());
  }

  @Test
  void theKallelseListsItsArendenInOneTableOnOnePage() throws IOException {
    Map<String, Object> values = Kallelser.values("Kultur- och fritidsnämnden", LocalDate.of(2026, 5, 12),
        example("kallelse"), "kallelse.yaml", LocalDate.of(2026, 5, 1));

    List<String> pages = render("kallelse", values);

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0)).contains("Föredragande", "handlingar senare", "(sekretess)")
        .doesNotContain("801", "802");
  }

  private List<String> render(String template, Map<String, Object> values) throws IOException {
    Path docx = dir.resolve(template + ".docx");
    Assembler.Outcome outcome = assembler.assemble(DocxTemplate.at(TEMPLATES.resolve(template + ".docx")), values,
        template + ".yaml", docx, true);
    assertThat(outcome.written()).isTrue();
    PdfConverter.Result result = PdfConverter.convert(docx);
    assertThat(result).isInstanceOf(PdfConverter.Result.Written.class);
    return pages(((PdfConverter.Result.Written) result).pdf());
  }

  /** The text of each page of the PDF. */
  static List<String> pages(Path pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  private static Map<String, Object> example(String name) {
    return Yamls.read(TEMPLATES.resolve("examples").resolve(name + ".yaml"));
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }
}
