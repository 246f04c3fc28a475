package se.namndkoll.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DnrTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Dnr SON 2024-00029 1.1.3.1   | SON  | 2024 | 00029 | 1.1.3.1 | 2024-00029",
        "Dnr 2023-00133 3.7.7.4       |      | 2023 | 00133 | 3.7.7.4 | 2023-00133",
        "IFON 2023-00161 3.7.2.0      | IFON | 2023 | 00161 | 3.7.2.0 | 2023-00161",
        "Dnr LFN 2023-004022.6.1.2    | LFN  | 2023 | 00402 | 2.6.1.2 | 2023-00402",
        "§ 214 Dnr KS 2023-001691.2.3.2 | KS | 2023 | 00169 | 1.2.3.2 | 2023-00169",
        "Diarienummer: BUN 2025/123   | BUN  | 2025 | 123   |         | 2025-123",
        "Dnr: KS 2023.456             | KS   | 2023 | 456   |         | 2023-456",
        "2014/KS0527 005              | KS   | 2014 | 0527  | 005     | 2014-0527",
        "Dnr **KS 2022-00216 1.1.1.1** | KS  | 2022 | 00216 | 1.1.1.1 | 2022-00216",
      })
  void readsRegistryNumbersInTheFormsKommunerWrite(
      String text, String prefix, int year, String serial, String klassa, String normalised) {
    Dnr dnr = Dnr.parse(text).orElseThrow();
    assertThat(dnr.prefix()).isEqualTo(prefix);
    assertThat(dnr.year()).isEqualTo(year);
    assertThat(dnr.serial()).isEqualTo(serial);
    assertThat(dnr.klassa()).isEqualTo(klassa);
    assertThat(dnr.normalised()).isEqualTo(normalised);
  }

  @Test
  void readsShortNumbersOfStandingItems() {
    Dnr dnr = Dnr.parse("Dnr 849").orElseThrow();
    assertThat(dnr.isShort()).isTrue();
    assertThat(dnr.normalised()).isEqualTo("849");
  }

  @Test
  void doesNotTakeAYearOrAnAmountForARegistryNumber() {
    assertThat(Dnr.find("Budget 2024 uppgår till 827,4 mkr")).isEmpty();
    assertThat(Dnr.parse("Redovisning 2023")).isEmpty();
  }

  @Test
  void theSameArendeWhateverPrefixAndCode() {
    Dnr agenda = Dnr.parse("Dnr 2023-00126 1.1.3.0").orElseThrow();
    Dnr skrivelse = Dnr.parse("Dnr IFON 2023-00126 1.1.3.0").orElseThrow();
    Dnr other = Dnr.parse("Dnr IFON 2023-00127 1.1.3.0").orElseThrow();
    assertThat(agenda.sameAs(skrivelse)).isTrue();
    assertThat(agenda.sameAs(other)).isFalse();
    assertThat(Dnr.parse("BUN 2025/0123").orElseThrow().sameAs(Dnr.parse("2025-123").orElseThrow())).isTrue();
  }

  @Test
  void theKeyIsTheSameHoweverTheNumberIsWritten() {
    for (String written : new String[] {"IFN 2026-00021 1.2.2.1", "2026-00021", "2026-21", "Dnr IFN 2026/021"}) {
      assertThat(Dnr.parse(written).orElseThrow().key()).as(written).isEqualTo("2026-21");
    }
    assertThat(Dnr.parse("BUN 2025/123").orElseThrow().key()).isEqualTo("2025-123");
    assertThat(Dnr.parse("2025-00120").orElseThrow().key()).isEqualTo("2025-120");
    assertThat(Dnr.parse("Dnr 0849").orElseThrow().key()).isEqualTo("849");
  }

  @Test
  void findsTheNumberInsideASentence() {
    assertThat(Dnr.find("Ärendet har diarienummer VON 2026-00012 1.2.3 och behandlas i mars.").orElseThrow().normalised())
        .isEqualTo("2026-00012");
  }
}
