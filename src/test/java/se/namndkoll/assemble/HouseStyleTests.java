package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.SectionKind;

/**
 * A kommun's Word document, written here with its own letterhead, fonts and Swedish style names,
 * made into a template: the kommun's look, the fields of the project's template, and documents
 * assembled from it that read back as those of the project's own template do.
 */
class HouseStyleTests {

  private static final Path TEMPLATES = Path.of("templates");
  private static final DocumentReader READER = DocumentReader.standard();
  private static final String LETTERHEAD = KommunDocuments.LETTERHEAD;
  private static final String ADDRESS = KommunDocuments.ADDRESS;

  @TempDir Path dir;

  @Test
  void theTemplateHasTheKommunsLookAndTheFieldsOfTheProjectsTemplate() throws Exception {
    Path kommun = KommunDocuments.write(dir.resolve("kommun.docx"));
    Path made = dir.resolve("mall.docx");

    HouseStyle.make(DocxTemplate.at(TEMPLATES.resolve("skrivelse.docx")), kommun, made);

    assertThat(DocxTemplate.at(made).fields())
        .containsExactlyInAnyOrderElementsOf(DocxTemplate.at(TEMPLATES.resolve("skrivelse.docx")).fields());
    String body = entry(made, "word/document.xml");
    assertThat(body).doesNotContain("Gammal text").contains("w:val=\"Rubrik2\"").doesNotContain("w:val=\"Heading2\"");
    String styles = entry(made, "word/styles.xml");
    assertThat(styles).contains("Garamond");
    String headers = entries(made, "word/header");
    assertThat(headers).contains(LETTERHEAD, "MERGEFIELD kommun", "NÄMNDSKRIVELSE");
    assertThat(entries(made, "word/footer")).contains(ADDRESS);
  }

  @Test
  void aDocumentAssembledFromItReadsBackAsOneFromTheProjectsTemplate() throws Exception {
    Path made = dir.resolve("mall.docx");
    HouseStyle.make(DocxTemplate.at(TEMPLATES.resolve("skrivelse.docx")), KommunDocuments.write(dir.resolve("kommun.docx")),
        made);
    Map<String, Object> data = Yamls.read(TEMPLATES.resolve("examples/skrivelse.yaml"));

    Assembler.Outcome outcome = new Assembler(READER, DraftChecks.asCompliance())
        .assemble(DocxTemplate.at(made), data, "skrivelse.yaml", dir.resolve("skrivelse.docx"), false);

    assertThat(outcome.written()).as(outcome.findings().toString()).isTrue();
    assertThat(outcome.findings()).isEmpty();
    Document read = READER.read(dir.resolve("skrivelse.docx"));
    assertThat(read.kind()).isEqualTo(DocumentKind.SKRIVELSE);
    assertThat(read.arenden()).singleElement().satisfies(a -> {
      assertThat(a.dnr().full()).isEqualTo(data.get("dnr"));
      assertThat(a.sections()).extracting(s -> s.kind()).contains(SectionKind.BESLUT, SectionKind.ARENDET,
          SectionKind.BARNKONSEKVENSANALYS, SectionKind.EXPEDIERAS);
    });
    assertThat(read.lines()).noneMatch(l -> l.text().contains("Om mallen"));
  }

  @Test
  void anUtdragHasTheLetterheadAboveAndItsSignatureBoxesOverTheKommunsFooterOnEveryPage() throws Exception {
    assumeTrue(PdfConverter.soffice().isPresent(), "LibreOffice is not installed");
    Path made = dir.resolve("utdragsmall.docx");
    HouseStyle.make(DocxTemplate.at(TEMPLATES.resolve("utdrag.docx")), KommunDocuments.write(dir.resolve("kommun.docx")), made);
    Path docx = dir.resolve("utdrag.docx");
    assertThat(new Assembler(READER, DraftChecks.asCompliance()).assemble(DocxTemplate.at(made),
        Yamls.read(TEMPLATES.resolve("examples/utdrag.yaml")), "utdrag.yaml", docx, false).written()).isTrue();

    List<String> pages = RenderedLayoutTests.pages(((PdfConverter.Result.Written) PdfConverter.convert(docx)).pdf());

    // the kommun's spacing and margins may take it onto a second page; each page has the letterhead
    // above, the boxes and the address below, and the signatures end the last
    for (String page : pages) {
      assertThat(page).contains(LETTERHEAD, "PROTOKOLLSUTDRAG", "Justerandes signatur", "Utdragsbestyrkande", ADDRESS)
          .doesNotContain("Om mallen");
      assertThat(page.indexOf("Utdragsbestyrkande")).isLessThan(page.indexOf(ADDRESS));
    }
    assertThat(pages.get(pages.size() - 1)).contains("Ordförande", "Justerande", "Sekreterare");
  }

  @Test
  void aFileThatIsNoWordDocumentIsOneLineNamingIt() throws Exception {
    Path notWord = Files.writeString(dir.resolve("brev.docx"), "inte ett Word-dokument");

    assertThatThrownBy(() -> HouseStyle.make(DocxTemplate.at(TEMPLATES.resolve("skrivelse.docx")), notWord,
        dir.resolve("mall.docx")))
        .isInstanceOf(NamndkollException.class).hasMessageStartingWith(notWord + ": not a readable Word document");
    assertThatThrownBy(() -> HouseStyle.make(DocxTemplate.at(TEMPLATES.resolve("skrivelse.docx")),
        dir.resolve("saknas.docx"), dir.resolve("mall.docx")))
        .isInstanceOf(NamndkollException.class).hasMessage(dir.resolve("saknas.docx") + ": no such file");
  }

  private static String entry(Path docx, String name) throws Exception {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static String entries(Path docx, String prefix) throws Exception {
    StringBuilder all = new StringBuilder();
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      var e = zip.entries();
      while (e.hasMoreElements()) {
        var z = e.nextElement();
        if (z.getName().startsWith(prefix)) {
          all.append(new String(zip.getInputStream(z).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return all.toString();
  }


}
