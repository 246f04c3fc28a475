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
}
