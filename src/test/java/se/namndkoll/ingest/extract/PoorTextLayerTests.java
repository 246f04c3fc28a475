package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans a publisher put out with a poor OCR layer of its own: the layer is judged by its share of
 * Swedish words and, where it fails, the page is read again by Tesseract; without Tesseract the
 * pages are named as not read. A typed page with a logo is never taken for a scan.
 */
class PoorTextLayerTests {

  private static final List<List<String>> PAGES = List.of(
      List.of("Tjänsteskrivelse", "Kommunstyrelsen", "", "Avtal om jourhem för barn och unga",
          "Ärendet i sin helhet", "Förvaltningen föreslår att kommunstyrelsen förlänger avtalet med ett år,",
          "eftersom behovet av jourhem för barn och unga i kommunen är fortsatt stort.",
          "Barnkonsekvensanalys: förslaget gör att barn som behöver placeras akut kan stanna i kommunen",
          "nära sin skola och sina kamrater. Kostnaden ryms inom nämndens budget för året."),
      List.of("Beslutsunderlag", "Tjänsteskrivelse daterad den fjortonde mars med kommunens avtalsutkast",
          "Förslag till beslut: Kommunstyrelsen godkänner förlängningen av avtalet om jourhem",
          "Kommunstyrelsen uppdrar åt förvaltningen att följa upp avtalet och redovisa kostnaderna",
          "till kommunstyrelsen i samband med delårsrapporten för augusti månad."));

  @TempDir Path dir;

  @Test
  void withoutTesseractAPoorLayerIsKeptAndItsPagesNamedAsNotRead() throws IOException {
    Path scan = ScanFixtures.withPoorTextLayer(PdfFixtures.write(dir.resolve("s.pdf"), PAGES), dir.resolve("scan.pdf"), 100);
    PdfReader reader = new PdfReader(true, new TesseractOcr(dir.resolve("no-such-tesseract").toString()));

    ExtractedText text = reader.read(scan, new TypeDetector().detect(scan), 1_000_000);

    assertThat(text.scanned().poorLayer()).containsExactly(1, 2);
    assertThat(text.scanned().unread()).containsExactly(1, 2);
    assertThat(text.scanned().recognised()).isEmpty();
    assertThat(text.lines()).anyMatch(l -> l.text().contains("l(ornrnunstyrelsen"));
  }

  @Test
  void aTypedPageIsNotJudgedEvenWithTextTheWordListDoesNotKnow() throws IOException {
    Path pdf = PdfFixtures.write(dir.resolve("s.pdf"), List.of(List.of(
        "Xqzvbn Pqlrt Wxyzk Qwzxv Plmkq Zxqwv Vbnqz Qxzwp Wqzxv Kzqxw Xwvqz Pqxzw Zqwxv Qzxwv Wzqxp Xqwzv",
        "Xqzvbn Pqlrt Wxyzk Qwzxv Plmkq Zxqwv Vbnqz Qxzwp Wqzxv Kzqxw Xwvqz Pqxzw Zqwxv Qzxwv Wzqxp Xqwzv")));

    ExtractedText text = new PdfReader(true, new TesseractOcr("no-such-tesseract")).read(pdf,
        new TypeDetector().detect(pdf), 1_000_000);

    assertThat(text.scanned().any()).as("a page without an image is no scan").isFalse();
  }

  @Test
  void withTesseractAPoorLayerIsReadAgain() throws IOException {
    String unavailable = ScanFixtures.ocrUnavailable();
    assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
    Path scan = ScanFixtures.withPoorTextLayer(PdfFixtures.write(dir.resolve("s.pdf"), PAGES), dir.resolve("scan.pdf"), 200);

    ExtractedText text = new PdfReader().read(scan, new TypeDetector().detect(scan), 1_000_000);

    assertThat(text.scanned().poorLayer()).containsExactly(1, 2);
    assertThat(text.scanned().recognised()).containsExactly(1, 2);
    String all = text.lines().stream().map(RawLine::text).collect(Collectors.joining("\n"));
    assertThat(all).contains("Kommunstyrelsen", "Barnkonsekvensanalys").doesNotContain("l(ornrnunstyrelsen");
  }
}
