package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;

/**
 * Scans without a text layer, made in the tests: each page of a PDF rendered to an image and put
 * into a PDF of images only. With Tesseract and its Swedish model they are read by OCR; without,
 * the pages are named as not read, with why, never passed over in silence.
 */
class ScannedPdfTests {

  private static final List<List<String>> PAGES = List.of(
      List.of("Tjänsteskrivelse", "Handläggare: Åsa Öberg", "", "Avtal om jourhem för barn och unga",
          "Ärendet i sin helhet", "Förvaltningen föreslår att avtalet förlängs ett år."),
      List.of("Beslutsunderlag", "1. Tjänsteskrivelse daterad 2025-03-14", "2. Avtalsutkast"));

  @TempDir Path dir;

  @Test
  void withoutTesseractTheScannedPagesAreNamedAsNotRead() throws IOException {
    Path scan = ScanFixtures.imageOnly(PdfFixtures.write(dir.resolve("s.pdf"), PAGES), dir.resolve("scan.pdf"), 100);
    PdfReader reader = new PdfReader(true, new TesseractOcr(dir.resolve("no-such-tesseract").toString()));

    ExtractedText text = reader.read(scan, new TypeDetector().detect(scan), 1_000_000);

    assertThat(text.lines()).allMatch(l -> l.text().isBlank());
    assertThat(text.scanned().recognised()).isEmpty();
    assertThat(text.scanned().unread()).containsExactly(1, 2);
    assertThat(text.scanned().reason()).contains("Tesseract").contains("inte installerat");
  }

  @Test
  void aPdfWithATextLayerIsNotScanned() throws IOException {
    Path pdf = PdfFixtures.write(dir.resolve("s.pdf"), PAGES);

    ExtractedText text = new PdfReader(true, new TesseractOcr("no-such-tesseract")).read(pdf,
        new TypeDetector().detect(pdf), 1_000_000);

    assertThat(text.scanned().any()).isFalse();
  }

  @Test
  void tesseractsTableGivesLinesInOrderParagraphsApartAndTheMeanConfidence() {
    String tsv = String.join("\n",
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t",
        "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t96.5\tÄrendet",
        "5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t93.5\ti",
        "5\t1\t1\t1\t1\t3\t0\t0\t10\t10\t90\thelhet",
        "5\t1\t1\t2\t1\t1\t0\t0\t10\t10\t80\tDnr",
        "5\t1\t1\t2\t1\t2\t0\t0\t10\t10\t60\tKFN",
        "5\t1\t1\t2\t2\t1\t0\t0\t10\t10\t-1\t ");

    TesseractOcr.Page page = TesseractOcr.page(tsv);

    assertThat(page.lines()).containsExactly("Ärendet i helhet", "", "Dnr KFN");
    assertThat(page.words()).isEqualTo(5);
    assertThat(page.confidence()).isEqualTo(84.0);
  }

  @Test
  void aColumnsGapBecomesATabAndSpecksReadAsWordsAreLeftOut() {
    String tsv = String.join("\n",
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "5\t1\t1\t1\t1\t1\t300\t0\t200\t40\t96\tHandläggare",
        "5\t1\t1\t1\t1\t2\t605\t0\t2\t45\t74\t|",
        "5\t1\t1\t1\t1\t3\t700\t0\t40\t40\t21\tee",
        "5\t1\t1\t1\t1\t4\t1380\t0\t110\t40\t95\tDatum",
        "5\t1\t1\t1\t2\t1\t300\t50\t60\t40\t96\tElin",
        "5\t1\t1\t1\t2\t2\t375\t50\t210\t40\t96\tMagnusson",
        "5\t1\t1\t1\t2\t3\t1380\t50\t210\t40\t96\t2026-01-09",
        "5\t1\t1\t1\t3\t1\t300\t100\t20\t40\t93\ti",
        "5\t1\t1\t1\t3\t2\t335\t100\t60\t40\t40\tår",
        "5\t1\t1\t1\t4\t1\t300\t150\t20\t40\t95\t1.",
        "5\t1\t1\t1\t4\t2\t400\t150\t200\t40\t95\tTjänsteskrivelse");

    TesseractOcr.Page page = TesseractOcr.page(tsv);

    assertThat(page.lines()).containsExactly("Handläggare\tDatum", "Elin Magnusson\t2026-01-09", "i",
        "1. Tjänsteskrivelse");
    assertThat(page.words()).isEqualTo(8);
  }

  @Test
  void withTesseractAScanReadsBackWithItsWordsAndConfidence() throws IOException {
    TesseractOcr ocr = TesseractOcr.standard();
    assumeTrue(ocr.unavailable() == null, () -> "skipped: " + ocr.unavailable());
    Path scan = ScanFixtures.imageOnly(PdfFixtures.write(dir.resolve("s.pdf"), PAGES), dir.resolve("scan.pdf"), 200);

    ExtractedText text = new PdfReader(true, ocr).read(scan, new TypeDetector().detect(scan), 1_000_000);

    String all = text.lines().stream().map(RawLine::text).collect(Collectors.joining("\n"));
    assertThat(all).contains("Ärendet i sin helhet", "Beslutsunderlag", "Avtalsutkast");
    assertThat(text.lines()).filteredOn(l -> l.text().contains("Beslutsunderlag")).allMatch(l -> l.page() == 2);
    assertThat(text.scanned().recognised()).containsExactly(1, 2);
    assertThat(text.scanned().unread()).isEmpty();
    assertThat(text.scanned().confidence()).isGreaterThan(70);
    assertThat(text.scanned().pageConfidence()).hasSize(2).allMatch(c -> c > 70);
    assertThat(text.scanned().confidence()).isBetween(
        Math.min(text.scanned().confidenceOf(1), text.scanned().confidenceOf(2)),
        Math.max(text.scanned().confidenceOf(1), text.scanned().confidenceOf(2)));
  }

  /** The sample archive's kallelse as a scan: the same ärenden, each with its Dnr. */
  @Test
  void aScannedKallelseOfTheSampleArchiveGivesTheSameArendenAndDnr() throws IOException {
    TesseractOcr ocr = TesseractOcr.standard();
    assumeTrue(ocr.unavailable() == null, () -> "skipped: " + ocr.unavailable());
    Path original = Path.of("corpus/ifn-2026-03-10-kallelse.pdf");
    Path scan = ScanFixtures.imageOnly(original, dir.resolve("kallelse-skannad.pdf"), 200);
    DocumentReader reader = DocumentReader.standard();

    Document read = reader.read(original);
    Document scanned = reader.read(scan);

    assertThat(scanned.scanned().unread()).isEmpty();
    assertThat(scanned.scanned().recognised()).hasSize(read.pageCount());
    assertThat(scanned.arenden().stream().map(ScannedPdfTests::titleAndDnr))
        .containsExactlyElementsOf(read.arenden().stream().map(ScannedPdfTests::titleAndDnr).toList());
  }

  private static String titleAndDnr(Arende a) {
    return a.title() + " | " + (a.dnr() == null ? "" : a.dnr().full());
  }
}
