package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineCollectorTests {

  private final LineCollector lines = new LineCollector(10_000);

  @Test
  void endsEachParagraphWithOneEmptyLineButNeverTwoAndNoneAtTheEnd() throws Exception {
    lines.endParagraph(); // an empty paragraph first: no empty line at the start
    lines.text("Sammanfattning");
    lines.endParagraph();
    lines.endParagraph();
    lines.text("Nämnden föreslås besluta");
    lines.endParagraph();

    assertThat(texts(lines.finish()))
        .containsExactly("Sammanfattning", "", "Nämnden föreslås besluta");
  }

  @Test
  void breaksLinesAtNewlinesInTheTextAndAtLineBreaks() throws Exception {
    lines.text("Ordförande\nAnna Berg");
    lines.breakLine();
    lines.text("Justerare\r\nPer Ek  ");
    lines.endBlock();

    assertThat(texts(lines.finish()))
        .containsExactly("Ordförande", "Anna Berg", "Justerare", "Per Ek");
  }

  @Test
  void aSoftBreakEndsOnlyALineThatHasText() throws Exception {
    lines.text("Rad ett");
    lines.softBreak();
    lines.softBreak();
    lines.text("Rad två");
    lines.softBreak();
    lines.endParagraph();
    lines.softBreak();

    assertThat(texts(lines.finish())).containsExactly("Rad ett", "Rad två");
  }

  @Test
  void joinsTheCellsOfARowWithTabsKeepingEmptyCells() throws Exception {
    row("Summa intäkter", "1 200", "1 300");
    row("Not", "", "");

    assertThat(texts(lines.finish())).containsExactly("Summa intäkter\t1 200\t1 300", "Not\t\t");
  }

  @Test
  void flattensParagraphsAndNestedTablesInsideACell() throws Exception {
    lines.startRow();
    lines.startCell();
    lines.text("Verksamhet");
    lines.endParagraph();
    lines.text("Barn\noch unga");
    lines.endCell();
    lines.startCell();
    lines.startRow();
    lines.startCell();
    lines.text("a");
    lines.endCell();
    lines.startCell();
    lines.text("b");
    lines.endCell();
    lines.endRow();
    lines.endCell();
    lines.endRow();

    assertThat(texts(lines.finish())).containsExactly("Verksamhet Barn och unga\ta b");
  }

  @Test
  void marksTheLinesOfAHeading() throws Exception {
    lines.startHeading();
    lines.text("Beslutet expedieras till");
    lines.endHeading();
    lines.text("1. Socialförvaltningen");

    assertThat(lines.finish())
        .extracting(RawLine::text, RawLine::heading)
        .containsExactly(
            tuple("Beslutet expedieras till", true),
            tuple("", false),
            tuple("1. Socialförvaltningen", false));
  }

  @Test
  void numbersPagesFromOne() throws Exception {
    lines.startPage();
    lines.text("Kallelse");
    lines.startPage();
    lines.text("Ärendelista");

    assertThat(lines.finish())
        .extracting(RawLine::text, RawLine::page)
        .containsExactly(tuple("Kallelse", 1), tuple("Ärendelista", 2));
    assertThat(lines.pages()).isEqualTo(2);
  }

  @Test
  void collapsesWhiteSpaceInCollapsedText() throws Exception {
    lines.collapsedText("\n   Förvaltningen \t redovisar\n   utfallet ");
    lines.endBlock();

    assertThat(texts(lines.finish())).containsExactly("Förvaltningen redovisar utfallet");
  }

  @Test
  void stopsAtTheCharacterLimitAndStaysStopped() throws Exception {
    LineCollector small = new LineCollector(10);
    small.text("Protokoll");

    assertThatThrownBy(() -> small.text(" § 12"))
        .isInstanceOf(StopExtraction.class)
        .hasMessage("too much text: the text passed the limit of 10 characters");
    assertThat(small.stopped()).isNotNull();
    assertThatThrownBy(() -> small.startPage()).isInstanceOf(StopExtraction.class);
  }

  private void row(String... cells) throws Exception {
    lines.startRow();
    for (String cell : cells) {
      lines.startCell();
      lines.text(cell);
      lines.endCell();
    }
    lines.endRow();
  }

  private static List<String> texts(List<RawLine> lines) {
    return lines.stream().map(RawLine::text).toList();
  }

  @Test
  void aLineAllInBoldLooksLikeAHeadingAndOneWithBoldWordsDoesNot() throws Exception {
    lines.startBold();
    lines.text("Tidsplan för genomförandet");
    lines.endBold();
    lines.endParagraph();
    lines.text("Arbetet börjar ");
    lines.startBold();
    lines.text("i augusti");
    lines.endBold();
    lines.endParagraph();

    assertThat(lines.finish()).filteredOn(l -> !l.text().isEmpty())
        .extracting(l -> l.text() + (l.heading() ? " [heading]" : ""))
        .containsExactly("Tidsplan för genomförandet [heading]", "Arbetet börjar i augusti");
  }
}
