package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void marksALineAllInBoldLikeAHeadingAndALineOnlyPartlyBoldNot() throws IOException {
    Path file = PdfFixtures.writeRuns(dir.resolve("fet.pdf"), List.of(
        new PdfFixtures.Run(60, 780, 11, true, "Förslag till beslut"),
        new PdfFixtures.Run(60, 760, 11, true, "Nämnden"),
        new PdfFixtures.Run(108, 760, 11, false, " godkänner rapporten.")));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).filteredOn(l -> !l.text().isBlank())
        .extracting(RawLine::text, RawLine::heading)
        .containsExactly(tuple("Förslag till beslut", true), tuple("Nämnden godkänner rapporten.", false));
  }

  @Test
  void givesEachLineTheSizeOfItsLetters() throws IOException {
    Path file = PdfFixtures.writeRuns(dir.resolve("storlek.pdf"), List.of(
        new PdfFixtures.Run(60, 780, 16, false, "Årsbokslut 2025"),
        new PdfFixtures.Run(60, 750, 11, false, "Nämnden redovisar ett överskott.")));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).filteredOn(l -> !l.text().isBlank())
        .extracting(RawLine::text, RawLine::size)
        .containsExactly(tuple("Årsbokslut 2025", 16f), tuple("Nämnden redovisar ett överskott.", 11f));
  }

  /**
   * Figures set in columns: a jump wider than the letters' size between two runs, where no space
   * is drawn, is a column's gap (a tab); the space drawn in "110 692" and a narrow jump between
   * words stay spaces.
   */
  @Test
  void splitsARowAtTheGapsBetweenColumnsOnly() throws IOException {
    Path file = PdfFixtures.writeRuns(dir.resolve("tabell.pdf"), List.of(
        new PdfFixtures.Run(60, 780, 8, false, "910 Norra skolan"),
        new PdfFixtures.Run(220, 780, 8, false, "110 692"),
        new PdfFixtures.Run(260, 780, 8, false, "-109 074"),
        new PdfFixtures.Run(310, 780, 8, false, "1 618"),
        new PdfFixtures.Run(60, 760, 11, false, "Nämnden"),
        new PdfFixtures.Run(117, 760, 11, false, "beslutar")));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines()).filteredOn(l -> !l.text().isBlank()).extracting(RawLine::text)
        .containsExactly("910 Norra skolan\t110 692\t-109 074\t1 618", "Nämnden beslutar");
  }
}
