package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractionTests {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  @TempDir Path dir;

  @Test
  void keepsEveryLineOfAUtf8FileAsItIs() throws IOException {
    Path file = dir.resolve("kallelse.txt");
    Files.writeString(
        file,
        "Kallelse\n\n  Tid: tisdag 13 maj 2025 kl. 13.00  \nPlats: Sessionssalen\n",
        StandardCharsets.UTF_8);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.mediaType()).isEqualTo("text/plain");
    assertThat(text.pageCount()).isZero();
    assertThat(text.lines())
        .extracting(RawLine::text, RawLine::page, RawLine::heading)
        .containsExactly(
            tuple("Kallelse", 0, false),
            tuple("", 0, false),
            tuple("  Tid: tisdag 13 maj 2025 kl. 13.00  ", 0, false),
            tuple("Plats: Sessionssalen", 0, false));
  }

  @Test
  void decodesWindows1252WhenTheBytesAreNotUtf8() throws IOException {
    Path file = dir.resolve("protokoll.txt");
    Files.write(
        file, "Protokoll § 17\nJusterare: Håkan Ärlig\n".getBytes(Charset.forName("windows-1252")));
    assertThat(Files.readAllBytes(file)).contains((byte) 0xE5);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines())
        .extracting(RawLine::text)
        .containsExactly("Protokoll § 17", "Justerare: Håkan Ärlig");
  }

  @Test
  void oneBadByteInAUtf8FileIsReplacedAndSaidNotReadAsWindows1252() throws IOException {
    Path file = dir.resolve("skrivelse.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("Förslag till beslut\nNämnden beslutar att godkänna åtgärderna.\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'P', 'r', 'i', 's', ' ', (byte) 0x96, ' ', '1', '0', '\n'});
    bytes.write("Beslutet expedieras till: Kommunstyrelsen\n".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).extracting(RawLine::text).containsExactly("Förslag till beslut",
        "Nämnden beslutar att godkänna åtgärderna.", "Pris \uFFFD 10", "Beslutet expedieras till: Kommunstyrelsen");
    assertThat(text.notes()).containsExactly("1 byte that is not valid UTF-8 replaced by \uFFFD (first on line 3)");
  }

  @Test
  void aFileMostlyInWindows1252IsReadSoEvenWithAValidLookingPair() throws IOException {
    Path file = dir.resolve("protokoll.txt");
    // "Ã¥" is a valid UTF-8 sequence (å) by chance; the rest of the letters are not
    Files.write(file, ("Protokoll § 17\nJusterare: Håkan Ärlig\nNamnet skrevs Ã¥r i en tidigare version av protokollet\n"
        ).getBytes(Charset.forName("windows-1252")));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).extracting(RawLine::text)
        .containsExactly("Protokoll § 17", "Justerare: Håkan Ärlig", "Namnet skrevs Ã¥r i en tidigare version av protokollet");
    assertThat(text.notes()).isEmpty();
  }

  @Test
  void aCleanFileHasNoNotes() throws IOException {
    Path file = dir.resolve("ren.txt");
    Files.writeString(file, "Närvarande ledamöter\n", StandardCharsets.UTF_8);
    assertThat(EXTRACTOR.extract(file).notes()).isEmpty();
  }

  @Test
  void anHtmlPageWithOneBadByteStaysUtf8() throws IOException {
    Path file = dir.resolve("sida.html");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("<html><body><p>Nämndens beslut om förskolans öppettider</p><p>Kostnad ".getBytes(StandardCharsets.UTF_8));
    bytes.write(0x80);
    bytes.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).extracting(RawLine::text).contains("Nämndens beslut om förskolans öppettider");
    assertThat(text.notes()).singleElement().asString().contains("not valid UTF-8");
  }

  @Test
  void oneBadByteNoLongerLosesTheArendeAndTheParseSaysSo() throws IOException {
    Path file = dir.resolve("beslut.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(String.join("\n", "Dnr KN 2025-00017", "", "Ny bibliotekslokal för Öster", "",
        "Kulturnämndens beslut", "Kulturnämnden beslutar att hyra en lokal på Östergatan.", "").getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'K', 'o', 's', 't', 'n', 'a', 'd', ' ', (byte) 0xFF, '\n'});
    Files.write(file, bytes.toByteArray());

    se.namndkoll.model.Document read = se.namndkoll.ingest.DocumentReader.standard().read(file);

    assertThat(read.arenden()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Ny bibliotekslokal för Öster"));
    assertThat(read.notes()).singleElement().asString().contains("replaced").contains("line 7");
    assertThat(se.namndkoll.report.DocumentOutline.write(read)).contains("obs: 1 byte that is not valid UTF-8");
    assertThat(se.namndkoll.report.DocumentJson.write(read)).contains("\"notes\"");
  }

  @Test
  void dropsAUtf8ByteOrderMark() throws IOException {
    Path file = dir.resolve("bom.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write("Ärendelista\n1. Val av justerare".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines())
        .extracting(RawLine::text)
        .containsExactly("Ärendelista", "1. Val av justerare");
  }

  @Test
  void readsUtf16WithByteOrderMark() throws IOException {
    Path file = dir.resolve("utf16.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write("Närvarande\r\nÖvriga".getBytes(StandardCharsets.UTF_16LE));
    Files.write(file, bytes.toByteArray());

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).extracting(RawLine::text).containsExactly("Närvarande", "Övriga");
  }

  @Test
  void splitsAtCrLfAndLoneCrKeepingEmptyLines() throws IOException {
    Path file = dir.resolve("crlf.txt");
    Files.writeString(file, "Rad ett\r\n\r\nRad tre\rRad fyra\r\n", StandardCharsets.UTF_8);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines())
        .extracting(RawLine::text)
        .containsExactly("Rad ett", "", "Rad tre", "Rad fyra");
  }

  @Test
  void startsANewPageAtEachFormFeedWithoutAddingLines() throws IOException {
    Path file = dir.resolve("sidor.txt");
    Files.writeString(
        file,
        "Kallelse\nsida 1\n\fÄrendelista\n\n\fBilaga\nsista raden\n\f",
        StandardCharsets.UTF_8);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.pageCount()).isEqualTo(3);
    assertThat(text.lines())
        .extracting(RawLine::text, RawLine::page)
        .containsExactly(
            tuple("Kallelse", 1),
            tuple("sida 1", 1),
            tuple("Ärendelista", 2),
            tuple("", 2),
            tuple("Bilaga", 3),
            tuple("sista raden", 3),
            tuple("", 3));
  }

  @Test
  void keepsMarkdownMarkersForTheNormaliser() throws IOException {
    Path file = dir.resolve("skrivelse.md");
    Files.writeString(
        file,
        "## Ärendet i sin helhet\n\n- **Budget** i balans\n| Summa | 1 200 |\n",
        StandardCharsets.UTF_8);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.mediaType()).isEqualTo("text/markdown");
    assertThat(text.lines())
        .extracting(RawLine::text, RawLine::heading)
        .containsExactly(
            tuple("## Ärendet i sin helhet", false),
            tuple("", false),
            tuple("- **Budget** i balans", false),
            tuple("| Summa | 1 200 |", false));
  }

  @Test
  void readsAMarkdownFileWithHtmlTagsAsTextLineByLine() throws IOException {
    Path file = dir.resolve("konverterad.md");
    Files.writeString(
        file,
        "<div class=\"rubrik\">\n<h2>Beslutsunderlag</h2>\n</div>\n1. Tjänsteskrivelse\n",
        StandardCharsets.UTF_8);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.mediaType()).isEqualTo("text/markdown");
    assertThat(text.lines())
        .extracting(RawLine::text)
        .containsExactly(
            "<div class=\"rubrik\">", "<h2>Beslutsunderlag</h2>", "</div>", "1. Tjänsteskrivelse");
  }

  @Test
  void numbersLinesExactlyAsTheFileDoes() throws IOException {
    StringBuilder content = new StringBuilder();
    for (int i = 1; i <= 500; i++) {
      content.append(i % 7 == 0 ? "" : "rad " + i).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    Path file = dir.resolve("numrerad.txt");
    Files.writeString(file, content, StandardCharsets.UTF_8);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).hasSize(500);
    assertThat(text.lines().get(41).text()).isEmpty(); // line 42: 42 is a multiple of 7
    assertThat(text.lines().get(99).text()).isEqualTo("rad 100");
  }
}
