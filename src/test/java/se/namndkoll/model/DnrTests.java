package se.namndkoll.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
        "Diarienummer 2023/BUN 0214   | BUN  | 2023 | 0214  |         | 2023-0214",
        "Dnr **KS 2022-00216 1.1.1.1** | KS  | 2022 | 00216 | 1.1.1.1 | 2022-00216",
        "KFKS 2020/1109               | KFKS | 2020 | 1109  |         | 2020-1109",
        "KFKS 2019/1                  | KFKS | 2019 | 1     |         | 2019-1",
        "SLK-2025-00035               | SLK  | 2025 | 00035 |         | 2025-00035",
        "IF-2023-00055                | IF   | 2023 | 00055 |         | 2023-00055",
        "SLK-2023-00025:-1            | SLK  | 2023 | 00025 |         | 2023-00025",
        "Bun/2025:532 600             | Bun  | 2025 | 532   | 600     | 2025-532",
        "Bun 2025:532                 | Bun  | 2025 | 532   |         | 2025-532",
        "KS 2024/00012                | KS   | 2024 | 00012 |         | 2024-00012",
        "Dnr 2019-825                 |      | 2019 | 825   |         | 2019-825",
        "Dnr. MBN 2021/77             | MBN  | 2021 | 77    |         | 2021-77",
        "Dnr: 2022-00310 1.4.1        |      | 2022 | 00310 | 1.4.1   | 2022-00310",
        "Diarienr KFN 2020-14         | KFN  | 2020 | 14    |         | 2020-14",
        "Ärendenummer: TN 2021/0456   | TN   | 2021 | 0456  |         | 2021-0456",
        "Ärende nr SBN 2024/318       | SBN  | 2024 | 318   |         | 2024-318",
        "Beteckning VA 2023-00990     | VA   | 2023 | 00990 |         | 2023-00990",
        "Vår beteckning: KS 2022/1204 | KS   | 2022 | 1204  |         | 2022-1204",
        "Er beteckning ON 2021-00045  | ON   | 2021 | 00045 |         | 2021-00045",
        "Dnr 2025:61                  |      | 2025 | 61    |         | 2025-61",
        "IF-2023- 00055               | IF   | 2023 | 00055 |         | 2023-00055",
        "KFKS 20 18/ I 097            | KFKS | 2018 | 1097  |         | 2018-1097",
        "Dnr 2 017/l04                |      | 2017 | 104   |         | 2017-104",
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
  void theKeyOfANumberShownIsTheKeyOfTheNumber() {
    for (String written : new String[] {"IFN 2026-00021 1.2.2.1", "2026-021", "Dnr IFN 2026/021", "Dnr 0849"}) {
      Dnr dnr = Dnr.parse(written).orElseThrow();
      assertThat(Dnr.keyOf(dnr.normalised())).as(written).isEqualTo(dnr.key());
    }
    assertThat(Dnr.keyOf(null)).isNull();
  }

  @Test
  void findsTheNumberInsideASentence() {
    assertThat(Dnr.find("Ärendet har diarienummer VON 2026-00012 1.2.3 och behandlas i mars.").orElseThrow().normalised())
        .isEqualTo("2026-00012");
  }

  @Test
  void theLabelIsNotPartOfTheNumber() {
    assertThat(Dnr.parse("Vår beteckning: KS 2022/1204").orElseThrow().full()).isEqualTo("KS 2022/1204");
    assertThat(Dnr.find("Ärende nr SBN 2024/318").orElseThrow().full()).isEqualTo("SBN 2024/318");
    assertThat(Dnr.find("Diarienummer: 2023-00412").orElseThrow().full()).isEqualTo("2023-00412");
    assertThat(Dnr.find("DNR 2019-123").orElseThrow().prefix()).isNull();
  }

  @Test
  void aDocumentSuffixIsWrittenButNotPartOfTheKey() {
    Dnr withSuffix = Dnr.parse("SLK-2023-00025:-1").orElseThrow();
    assertThat(withSuffix.full()).isEqualTo("SLK-2023-00025:-1");
    assertThat(withSuffix.sameAs(Dnr.parse("SLK-2023-00025").orElseThrow())).isTrue();
    assertThat(withSuffix.sameAs(Dnr.parse("2023-25").orElseThrow())).isTrue();
  }

  @Test
  void findsTheNumbersOfASentenceAndOfAList() {
    assertThat(Dnr.find("Ärendet återremitterades (KFKS 2018/373) till nämnden.").orElseThrow().normalised())
        .isEqualTo("2018-373");
    assertThat(Dnr.findAll("Se även KFKS 2017/1077, KFKS 2019/50").stream().map(Dnr::normalised))
        .containsExactly("2017-1077", "2019-50");
    assertThat(Dnr.findAll("Ärendena SLK-2024-00101, SLK-2024-00102:-1 och 2014/KS0527 005 behandlas").stream()
            .map(Dnr::normalised))
        .containsExactly("2024-00101", "2024-00102", "2014-0527");
    assertThat(Dnr.findAll("Beslutad 2024-03-01 i ärende IFON 2024-00007 3.7.2.0 enligt SFS 2017:725"))
        .extracting(Dnr::full).containsExactly("IFON 2024-00007 3.7.2.0");
    assertThat(Dnr.findAll("Inga nummer här")).isEmpty();
    assertThat(Dnr.findAll(null)).isEmpty();
  }

  @Test
  void readsScanningNoiseOnlyAfterAPrefixOrALabel() {
    Dnr scanned = Dnr.find("Kommunstyrelsen, KFKS 20 18/ I 097, beslut").orElseThrow();
    assertThat(scanned.prefix()).isEqualTo("KFKS");
    assertThat(scanned.normalised()).isEqualTo("2018-1097");
    assertThat(scanned.sameAs(Dnr.parse("KFKS 2018/1097").orElseThrow())).isTrue();
    assertThat(Dnr.find("Dnr: 2021/4l5").orElseThrow().normalised()).isEqualTo("2021-415");
    assertThat(Dnr.find("sidan 20 18/ I 097")).isEmpty();
    assertThat(Dnr.find("år 20 19-12")).isEmpty();
  }

  @Test
  void theColonFormNeedsARegistryPrefix() {
    assertThat(Dnr.find("Ärende Bun/2025:532 600 om skolskjuts").orElseThrow().klassa()).isEqualTo("600");
    assertThat(Dnr.find("Ärendenummer 2025:532").orElseThrow().normalised()).isEqualTo("2025-532");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2024",
        "Rapport för perioden 2024-03-01 - 2024-03-31",
        "Sammanträdet hölls 2019-02-13 kl. 13.00",
        "Datum 2024/03/01",
        "Datum 2024.03.01",
        "Budget 2024 uppgår till 827,4 mkr",
        "Resultatet blev -4,4 miljoner kronor 2023",
        "enligt lagen (SFS 2017:725) om",
        "enligt förordningen 2009:400",
        "betänkandet SOU 2023:55",
        "Ds 2019:12 och Prop 2016:17",
        "föreskrifterna AFS 2020:1 och HSLF-FS 2016:40",
        "enligt prop. 2016/17:180",
        "Organisationsnummer 212000-0142",
        "Telefon 0300-83 40 00 eller 08-508 290 00",
        "växel 0771-20 19 00",
        "Mål 41-2017:9529 vid förvaltningsrätten",
        "Verksamhetsplan 2023-2024",
        "Läsåret 2024/25 och budgetåret 2025-26",
        "Budget 2024-2025",
        "Tkr Prognos 2023 Budget 2024:1",
        "Mål 2024:3 uppnås delvis",
        "besök 2021-11-02 och 2021-12-",
        "arkiv/2024/2024-04-18/kallelse",
      })
  void doesNotTakeDatesAmountsLawsOrPhoneNumbersForARegistryNumber(String text) {
    assertThat(Dnr.find(text)).as(text).isEmpty();
    assertThat(Dnr.findAll(text)).as(text).isEmpty();
    assertThat(Dnr.parse(text)).as(text).isEmpty();
  }

  @Test
  void aLabelOrPrefixMakesASpanOfYearsANumber() {
    assertThat(Dnr.parse("Dnr 2024/25").orElseThrow().normalised()).isEqualTo("2024-25");
    assertThat(Dnr.find("KS 2023-2024").orElseThrow().normalised()).isEqualTo("2023-2024");
  }
}
