package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.model.Location;
import se.namndkoll.model.MoneyTable;
import se.namndkoll.rules.facts.TableIdentities;

class TableIdentitiesTests {

  private static MoneyTable.Row row(String label, Integer... values) {
    List<BigDecimal> v = new ArrayList<>();
    for (Integer i : values) {
      v.add(i == null ? null : BigDecimal.valueOf(i));
    }
    return new MoneyTable.Row(label, v, Location.UNKNOWN);
  }

  private static MoneyTable table(List<String> columns, MoneyTable.Row... rows) {
    return new MoneyTable("Ekonomiskt sammandrag (tkr)", "tkr", columns, List.of(rows), null, Location.UNKNOWN);
  }

  @Test
  void aTableThatAddsUpHasNoBreak() {
    MoneyTable t = table(List.of("Budget", "Prognos", "Avvikelse"),
        row("Intäkter", 100, 120, 20),
        row("Personal", -300, -310, -10),
        row("Lokaler", -50, -50, 0),
        row("Summa kostnader", -350, -360, -10),
        row("Nettokostnad", -250, -240, 10),
        row("Kommunbidrag", 250, 250, 0),
        row("Resultat", 0, 10, 10));

    assertThat(TableIdentities.check(t)).isEmpty();
  }

  @Test
  void aWrongTotalBreaksItsSumAndTheRowsThatUseIt() {
    MoneyTable t = table(List.of("Budget", "Prognos", "Avvikelse"),
        row("Intäkter", 100, 120, 20),
        row("Personal", -300, -310, -10),
        row("Lokaler", -50, -50, 0),
        row("Summa kostnader", -350, -370, -10),
        row("Nettokostnad", -250, -240, 10));

    List<TableIdentities.Break> breaks = TableIdentities.check(t);

    assertThat(breaks).extracting(TableIdentities.Break::identity).anySatisfy(i -> assertThat(i).contains("Summa kostnader"));
    assertThat(breaks).filteredOn(b -> b.identity().contains("summan av raderna")).singleElement().satisfies(b -> {
      assertThat(b.computed()).isEqualByComparingTo("-360");
      assertThat(b.stated()).isEqualByComparingTo("-370");
      assertThat(b.terms()).isEqualTo(3);
    });
  }

  @Test
  void anAvvikelseColumnReadTheOtherWayRoundIsNoBreak() {
    MoneyTable t = table(List.of("Budget 2025", "Bokslut 2025", "Avvikelse"),
        row("Hemtjänst", -300, -310, 10),
        row("Boende", -400, -390, -10));

    assertThat(TableIdentities.check(t)).isEmpty();
  }

  @Test
  void emptyCellsAreNotBreaks() {
    MoneyTable t = table(List.of("Bokslut", "Budget"),
        row("Nettokostnad", -250, -240),
        row("Kommunbidrag", null, 240),
        row("Resultat", null, 0));

    assertThat(TableIdentities.check(t)).isEmpty();
  }

  /**
   * Columns with no headings read (a PDF's headings over several lines): the table shows in its
   * rows that the fifth is the third less the fourth, three of them with a budget other than
   * zero, so the one row that does not meet it breaks it.
   */
  @Test
  void aRowBreaksAnIdentityTheOtherRowsOfItsTableKeep() {
    List<String> none = List.of();
    MoneyTable t = table(none,
        row("910 Norra skolan", 110_692, -109_074, 1_618, 0, 1_618),
        row("920 Östra skolan", 80_925, -83_310, -2_385, -1_000, -1_385),
        row("924 Västra skolan", 77_995, -81_640, -3_645, -2_500, -1_145),
        row("925 Södra skolan", 75_197, -77_048, -1_851, -2_000, 149),
        row("940 Hamnskolan", 67_180, -66_852, 328, 0, 325),
        row("941 Bergsskolan", 150_800, -154_961, -4_161, 0, -4_161));

    List<TableIdentities.Break> breaks = TableIdentities.check(t);

    assertThat(breaks).singleElement().satisfies(b -> {
      assertThat(b.rowIndex()).isEqualTo(4);
      assertThat(b.columnIndex()).isEqualTo(4);
      assertThat(b.computed()).isEqualByComparingTo("328");
      assertThat(b.stated()).isEqualByComparingTo("325");
      assertThat(b.identity()).contains("beloppskolumn 5 = beloppskolumn 3 − beloppskolumn 4");
    });
  }

  /** "a + 0 = a" in most rows proves nothing: with fewer than three rows that show it, no break. */
  @Test
  void anIdentityOnlyZerosShowIsNoIdentity() {
    MoneyTable t = table(List.of(),
        row("A", 500, 0, 500),
        row("B", 300, 0, 300),
        row("C", 200, 0, 200),
        row("D", 100, 40, 140),
        row("E", 700, 0, 710),
        row("F", 900, 0, 900));

    assertThat(TableIdentities.check(t)).isEmpty();
  }
}
