package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.ExtractedText;
import se.namndkoll.ingest.RawLine;

class PdfExtractionTests {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  private static final List<List<String>> SKRIVELSE =
      List.of(
          List.of(
              "Tjänsteskrivelse",
              "Handläggare: Åsa Öberg, tel. 033-35 70 00",
              "",
              "Förlängt avtal om jourhem för barn och unga"),
          List.of(
              "Ärendet i sin helhet",
              "Förvaltningen föreslår att avtalet förlängs ett år.",
              "Kostnaden ryms inom nämndens budget för 2025."),
          List.of("Beslutsunderlag", "1. Tjänsteskrivelse daterad 2025-03-14", "2. Avtalsutkast"));

  @TempDir Path dir;

  @Test
  void givesEachLineThePageItStandsOn() throws IOException {
    Path file = PdfFixtures.write(dir.resolve("skrivelse.pdf"), SKRIVELSE);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.mediaType()).isEqualTo("application/pdf");
    assertThat(text.pageCount()).isEqualTo(3);
    assertThat(text.lines())
        .filteredOn(line -> !line.text().isBlank())
        .extracting(RawLine::text, RawLine::page)
        .containsExactly(
            tuple("Tjänsteskrivelse", 1),
            tuple("Handläggare: Åsa Öberg, tel. 033-35 70 00", 1),
            tuple("Förlängt avtal om jourhem för barn och unga", 1),
            tuple("Ärendet i sin helhet", 2),
            tuple("Förvaltningen föreslår att avtalet förlängs ett år.", 2),
            tuple("Kostnaden ryms inom nämndens budget för 2025.", 2),
            tuple("Beslutsunderlag", 3),
            tuple("1. Tjänsteskrivelse daterad 2025-03-14", 3),
            tuple("2. Avtalsutkast", 3));
  }

  @Test
  void readsTextSetInAnEmbeddedFontSubset() throws IOException {
    Path file = PdfFixtures.writeWithEmbeddedFont(dir.resolve("inbaddad.pdf"), SKRIVELSE);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.pageCount()).isEqualTo(3);
    assertThat(text.lines())
        .extracting(RawLine::text, RawLine::page)
        .contains(
            tuple("Handläggare: Åsa Öberg, tel. 033-35 70 00", 1),
            tuple("Förvaltningen föreslår att avtalet förlängs ett år.", 2));
  }

  @Test
  void separatesParagraphsWithOneEmptyLine() throws IOException {
    Path file = PdfFixtures.write(dir.resolve("stycken.pdf"), SKRIVELSE.subList(0, 1));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines())
        .extracting(RawLine::text)
        .containsExactly(
            "Tjänsteskrivelse",
            "Handläggare: Åsa Öberg, tel. 033-35 70 00",
            "",
            "Förlängt avtal om jourhem för barn och unga");
  }

  @Test
  void marksNoLineOfAPdfAsHeading() throws IOException {
    Path file = PdfFixtures.write(dir.resolve("rubriker.pdf"), SKRIVELSE);

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).noneMatch(RawLine::heading);
  }
}
