package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.extract.OfficeFixtures.Heading;
import se.namndkoll.ingest.extract.OfficeFixtures.Paragraph;
import se.namndkoll.ingest.extract.OfficeFixtures.Table;

class OfficeExtractionTests {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  @TempDir Path dir;

  @Test
  void readsAWordDocumentWithHeadingsAndATable() throws Exception {
    Path file =
        OfficeFixtures.docx(
            dir.resolve("skrivelse.docx"),
            List.of(
                new Heading("Ärendet i sin helhet"),
                new Paragraph("Nämnden föreslås godkänna uppföljningen för april."),
                new Paragraph("Prognosen visar ett underskott på 2 300 tkr."),
                new Table(
                    List.of(
                        List.of("Tkr", "Budget", "Prognos"),
                        List.of("Summa intäkter", "1 200", "1 300"),
                        List.of("Summa kostnader", "-9 800", "-12 200"))),
                new Heading("Beslutsunderlag"),
                new Paragraph("1. Tertialrapport april 2025")));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(text.lines())
        .extracting(RawLine::text, RawLine::heading, RawLine::page)
        .containsExactly(
            tuple("Ärendet i sin helhet", true, 0),
            tuple("", false, 0),
            tuple("Nämnden föreslås godkänna uppföljningen för april.", false, 0),
            tuple("", false, 0),
            tuple("Prognosen visar ett underskott på 2 300 tkr.", false, 0),
            tuple("", false, 0),
            tuple("Tkr\tBudget\tPrognos", false, 0),
            tuple("Summa intäkter\t1 200\t1 300", false, 0),
            tuple("Summa kostnader\t-9 800\t-12 200", false, 0),
            tuple("", false, 0),
            tuple("Beslutsunderlag", true, 0),
            tuple("", false, 0),
            tuple("1. Tertialrapport april 2025", false, 0));
  }

  @Test
  void readsAnOpenDocumentTextWithHeadingAndTable() throws IOException {
    Path file =
        OfficeFixtures.odt(
            dir.resolve("protokoll.odt"),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content
                xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                office:version="1.2">
              <office:body>
                <office:text>
                  <text:h text:outline-level="1">§ 52 Budgetuppföljning april</text:h>
                  <text:p>Nämnden beslutar att lägga uppföljningen till handlingarna.</text:p>
                  <table:table table:name="Resultat">
                    <table:table-column table:number-columns-repeated="2"/>
                    <table:table-row>
                      <table:table-cell><text:p>Nettokostnad</text:p></table:table-cell>
                      <table:table-cell><text:p>-8 600</text:p></table:table-cell>
                    </table:table-row>
                    <table:table-row>
                      <table:table-cell><text:p>Kommunbidrag</text:p></table:table-cell>
                      <table:table-cell><text:p>8 400</text:p></table:table-cell>
                    </table:table-row>
                  </table:table>
                  <text:p>Justerare: Örjan Ek</text:p>
                </office:text>
              </office:body>
            </office:document-content>
            """);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
    assertThat(text.lines())
        .extracting(RawLine::text, RawLine::heading)
        .containsExactly(
            tuple("§ 52 Budgetuppföljning april", true),
            tuple("", false),
            tuple("Nämnden beslutar att lägga uppföljningen till handlingarna.", false),
            tuple("", false),
            tuple("Nettokostnad\t-8 600", false),
            tuple("Kommunbidrag\t8 400", false),
            tuple("", false),
            tuple("Justerare: Örjan Ek", false));
  }

  /**
   * Tika's RTF parser ends a paragraph at each cell ({@code \cell}) and knows no rows, so a table
   * in RTF comes out one cell per line; nor does it map heading styles. This test pins that down.
   */
  @Test
  void readsAnRtfDocumentInWindows1252WithEachTableCellOnALine() throws IOException {
    Path file = copyResource("delegationsbeslut.rtf");

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.mediaType()).isEqualTo("application/rtf");
    assertThat(text.lines())
        .extracting(RawLine::text)
        .filteredOn(line -> !line.isBlank())
        .containsExactly(
            "Anmälan av delegationsbeslut",
            "Besluten har fattats av socialt utskott på nämndens vägnar.",
            "Utskottet sammanträdde två gånger under april.",
            "Datum",
            "Paragrafer",
            "2025-04-08",
            "§ 41–§ 47",
            "Övriga beslut redovisas i bilaga.");
  }

  @Test
  void readsAnExcelSheetRowByRow() throws IOException {
    Path file = dir.resolve("budget.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Budget 2025");
      String[][] rows = {{"Verksamhet", "Budget", "Utfall"}, {"Barn och unga", "52 000", "54 100"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
    }

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines())
        .extracting(RawLine::text)
        .contains("Verksamhet\tBudget\tUtfall", "Barn och unga\t52 000\t54 100");
  }

  private Path copyResource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (var in = getClass().getResourceAsStream("/extract/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }
}
