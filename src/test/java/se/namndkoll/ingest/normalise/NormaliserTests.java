package se.namndkoll.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.ingest.extract.ExtractedText;
import se.namndkoll.ingest.extract.RawLine;
import se.namndkoll.model.Line;

class NormaliserTests {

  private final Normaliser normaliser = new Normaliser();

  private List<Line> normalise(int pages, String... lines) {
    List<RawLine> raw = new ArrayList<>();
    for (String l : lines) {
      raw.add(RawLine.of(l, 0));
    }
    return normaliser.normalise(new ExtractedText("text/plain", pages, raw));
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).filter(t -> !t.isEmpty()).toList();
  }

  @Test
  void splitsLabelsGluedToTheirNeighbours() {
    List<Line> lines = normalise(0, "Anna Berg", "HandläggareDatum", "2025-03-02Instans", "Tekniska nämnden",
        "Det ger trivsel för alla medarbetare.Beslutsunderlag", "OrdförandeKarl Ek", "Förvaltningschef");
    assertThat(texts(lines)).containsExactly("Anna Berg", "Handläggare", "Datum", "2025-03-02", "Instans",
        "Tekniska nämnden", "Det ger trivsel för alla medarbetare.", "Beslutsunderlag", "Ordförande", "Karl Ek",
        "Förvaltningschef");
  }

  @Test
  void keepsTheSourceLineOfEachPiece() {
    List<Line> lines = normalise(0, "intro", "HandläggareDatum");
    assertThat(lines).filteredOn(l -> l.text().equals("Datum")).singleElement()
        .satisfies(l -> assertThat(l.lineNo()).isEqualTo(2));
  }

  @Test
  void leavesWordsThatOnlyContainALabelAlone() {
    assertThat(texts(normalise(0, "Hemsidan visar sammanträdesdatum och Sammanträdesdatum"))).containsExactly(
        "Hemsidan visar sammanträdesdatum och Sammanträdesdatum");
  }

  @Test
  void joinsAWordBrokenAtItsHyphenEvenWhenTheRestReadsLikeAHeading() {
    assertThat(texts(normalise(0, "Antal personer med LSS-", "beslut", "", "Beslut", "Nämnden beslutar att godkänna.")))
        .containsExactly("Antal personer med LSS-beslut", "Beslut", "Nämnden beslutar att godkänna.");
  }

  @Test
  void joinsSentencesBrokenOverLinesAndBlankLines() {
    List<Line> lines = normalise(0, "Kommunen ska följa upp privata utförare av", "", "kommunal verksamhet varje år.",
        "", "Nästa stycke börjar här.");
    assertThat(texts(lines)).containsExactly("Kommunen ska följa upp privata utförare av kommunal verksamhet varje år.",
        "Nästa stycke börjar här.");
    assertThat(lines.get(0).lineNo()).isEqualTo(1);
    assertThat(lines.get(0).lastLineNo()).isEqualTo(3);
  }

  @Test
  void joinsHyphenatedWordsAndKeepsTheCoordinatingHyphen() {
    assertThat(texts(normalise(0, "Individ-", "och familjeomsorgsnämnden har en direkt-", "inloggning."))).containsExactly(
        "Individ- och familjeomsorgsnämnden har en direkt-inloggning.");
  }

  @Test
  void doesNotJoinAHeadingToItsFirstLineOrAListItem() {
    assertThat(texts(normalise(0, "Kommunstyrelsen föreslår Kommunfullmäktige besluta", "att anta planen.",
        "Beslutet gäller", "1. från årsskiftet"))).containsExactly("Kommunstyrelsen föreslår Kommunfullmäktige besluta",
        "att anta planen.", "Beslutet gäller", "1. från årsskiftet");
  }

  @Test
  void removesMarkdownAndHtmlNoise() {
    assertThat(texts(normalise(0, "**Måndagen den 3 mars 2025 kl. 17:30**",
        "2. Sociala [omsorgsnämnden/son.diarium@kommun.se](mailto:son.diarium@kommun.se)",
        "<p>Risk att avvikelser inte rapporteras.</p> <ul style=\"x\">•Orsak ett.</ul>", "## Bakgrund", "Pris &amp; avgift")))
        .containsExactly("Måndagen den 3 mars 2025 kl. 17:30", "2. Sociala omsorgsnämnden/son.diarium@kommun.se",
            "Risk att avvikelser inte rapporteras. •Orsak ett.", "Bakgrund", "Pris & avgift");
  }

  @Test
  void marksMarkdownHeadingsAsHeadings() {
    assertThat(normalise(0, "## Bakgrund").get(0).heading()).isTrue();
  }

  @Test
  void keepsTableCellsApartWithTabs() {
    assertThat(texts(normalise(0, "\tBudget 2025\tUtfall 2025", "Summa intäkter\t1 200\t\t"))).containsExactly(
        "\tBudget 2025\tUtfall 2025", "Summa intäkter\t1 200\t\t");
  }

  @Test
  void blanksPageNumbersInTheirCommonForms() {
    assertThat(texts(normalise(0, "Sida 2(3)", "Text", "4 (30)", "Sida 2 av 9", "Sida", "", "1(1)", "- 7 -", "Mer text")))
        .containsExactly("Text", "Mer text");
  }

  @Test
  void blanksTheKommunsAddressBlock() {
    assertThat(texts(normalise(0, "Slutord.", "Postadress", "Box 100, 123 45 Åsby", "Besöksadress", "Storgatan 1",
        "Telefon", "0123-45 67 00", "E-post", "info@asby.se", "Nästa del.")))
        .containsExactly("Slutord.", "Nästa del.");
  }

  @Test
  void blanksProtocolFurniture() {
    assertThat(texts(normalise(0, "Beslutet gäller.", "Justerandes signatur Utdragsbestyrkande", "Nästa."))).containsExactly(
        "Beslutet gäller.", "Nästa.");
  }

  @Test
  void blanksTheLetterheadRepeatedOnTheSecondPageOfATwoPageDocument() {
    List<RawLine> raw = List.of(RawLine.of("Åsby kommun", 1), RawLine.of("Kultur- och fritidsförvaltningen", 1),
        RawLine.of("TJÄNSTESKRIVELSE", 1), RawLine.of("Beslutsunderlag", 1), RawLine.of("1. Tjänsteskrivelse", 1),
        RawLine.of("Åsby kommun", 2), RawLine.of("Kultur- och fritidsförvaltningen", 2), RawLine.of("TJÄNSTESKRIVELSE", 2),
        RawLine.of("2. Sammanställning", 2), RawLine.of("Beslutsunderlag", 2), RawLine.of("Samverkan", 2));

    List<Line> lines = normaliser.normalise(new ExtractedText("application/pdf", 2, raw));

    assertThat(lines).filteredOn(l -> l.page() == 1).extracting(Line::text).startsWith("Åsby kommun",
        "Kultur- och fritidsförvaltningen", "TJÄNSTESKRIVELSE");
    // the letterhead on page 2 goes; a heading that page 1 also has, standing alone, stays
    assertThat(texts(lines.stream().filter(l -> l.page() == 2).toList())).containsExactly("2. Sammanställning",
        "Beslutsunderlag", "Samverkan");
  }

  @Test
  void blanksRunningHeadersThatRecurOnMostPages() {
    List<RawLine> raw = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      raw.add(RawLine.of("ÅSBY KOMMUN Protokoll 2025-03-0" + page, page));
      raw.add(RawLine.of(List.of("Första", "Andra", "Tredje", "Fjärde").get(page - 1) + " sidans innehåll.", page));
      raw.add(RawLine.of("Ordförande", page));
    }
    List<String> out = texts(normaliser.normalise(new ExtractedText("application/pdf", 4, raw)));
    assertThat(out).noneMatch(t -> t.startsWith("ÅSBY KOMMUN"));
    assertThat(out).filteredOn(t -> t.equals("Ordförande")).hasSize(4);
    assertThat(out).filteredOn(t -> t.endsWith("sidans innehåll.")).hasSize(4);
  }

  /** A PDF's line set clearly larger than most of its text looks like a heading; the body does not. */
  @Test
  void marksALineSetLargerThanTheBodyTextAsAHeading() {
    List<RawLine> raw = List.of(
        new RawLine("Årsbokslut 2025", 1, false, 16f),
        new RawLine("Nämnden redovisar ett överskott om 2 miljoner kronor för året som gått.", 1, false, 11f),
        new RawLine("Intäkterna blev högre än budgeterat och kostnaderna lägre.", 1, false, 11f),
        new RawLine("Fotnot i liten stil", 1, false, 8f));

    List<Line> lines = normaliser.normalise(new ExtractedText("application/pdf", 1, raw));

    assertThat(lines).filteredOn(Line::heading).extracting(Line::text).containsExactly("Årsbokslut 2025");
  }

  /** A letter's text set larger than the agenda table below it is still body text: its lines are long. */
  @Test
  void aLargerSizeOfLongLinesIsNoHeadingSize() {
    List<RawLine> raw = new ArrayList<>();
    raw.add(new RawLine("Ledamöter som har förhinder anmäler det till sekreteraren så snart som möjligt, så att", 1, false, 11f));
    raw.add(new RawLine("en ersättare kan kallas. Handlingarna finns i mötesverktyget från den 9 maj.", 1, false, 11f));
    for (int i = 1; i <= 20; i++) {
      raw.add(new RawLine(i + " Ärende nummer " + i + " på listan, med en titel som är ganska lång", 1, false, 9f));
    }

    List<Line> lines = normaliser.normalise(new ExtractedText("application/pdf", 1, raw));

    assertThat(lines).noneMatch(Line::heading);
  }
}
