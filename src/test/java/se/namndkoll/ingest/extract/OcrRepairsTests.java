package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrRepairsTests {

  @Test
  void aParagraphSignTesseractMisreadsAtTheStartOfAProtocolParagraphIsMended() {
    assertThat(OcrRepairs.repaired("8 7 Dnr 721")).isEqualTo("§ 7 Dnr 721");
    assertThat(OcrRepairs.repaired("& 8 Dnr IFN 2026-00007 3.7.7.4")).isEqualTo("§ 8 Dnr IFN 2026-00007 3.7.7.4");
    assertThat(OcrRepairs.repaired("3 11")).isEqualTo("§ 11");
    assertThat(OcrRepairs.repaired("8 barn har fått plats")).isEqualTo("8 barn har fått plats");
    assertThat(OcrRepairs.repaired("Totalt 8 12 Dnr")).isEqualTo("Totalt 8 12 Dnr");
    assertThat(OcrRepairs.repaired("Övervägande om fortsatt vård enligt 13 8 LVU"))
        .isEqualTo("Övervägande om fortsatt vård enligt 13 § LVU");
    assertThat(OcrRepairs.repaired("Ansökan om vård enligt 1 8 och 2 8 LVU")).isEqualTo("Ansökan om vård enligt 1 § och 2 § LVU");
    assertThat(OcrRepairs.repaired("sekretess enligt 26 kap. 1 8 OSL")).isEqualTo("sekretess enligt 26 kap. 1 § OSL");
    assertThat(OcrRepairs.repaired("Barnen i 3 8 klasser")).isEqualTo("Barnen i 3 8 klasser");
  }

  @Test
  void aLawsParagraphSignReadAsFiveIsMended() {
    assertThat(OcrRepairs.repaired("brådskande beslut enligt 6 kap. 39 5 kommunallagen"))
        .isEqualTo("brådskande beslut enligt 6 kap. 39 § kommunallagen");
    assertThat(OcrRepairs.repaired("Under 2025 fick 39 5 barn plats")).isEqualTo("Under 2025 fick 39 5 barn plats");
  }

  @Test
  void lettersReadForDigitsInsideANumberAreMended() {
    assertThat(OcrRepairs.repaired("Dnr IFN 2O26-0OO12")).isEqualTo("Dnr IFN 2026-00012");
    assertThat(OcrRepairs.repaired("Sammanträdesdatum 2O26-O2-l5")).isEqualTo("Sammanträdesdatum 2026-02-15");
    assertThat(OcrRepairs.repaired("Summa 1 2O0 tkr")).isEqualTo("Summa 1 200 tkr");
  }

  @Test
  void wordsThatAreNotNumbersKeepTheirLetters() {
    assertThat(OcrRepairs.repaired("I ärendet 1O")).isEqualTo("I ärendet 1O");
    assertThat(OcrRepairs.repaired("Ol-Ola lO IO")).isEqualTo("Ol-Ola lO IO");
    assertThat(OcrRepairs.repaired("Socia1nämnden")).isEqualTo("Socia1nämnden");
  }

  @Test
  void spacesInsideARegistryNumberOrADateAreTakenOut() {
    assertThat(OcrRepairs.repaired("KFKS 20 18/ I 097")).isEqualTo("KFKS 2018/1097");
    assertThat(OcrRepairs.repaired("Dnr IFN 2026- 00008 3.7.7.4")).isEqualTo("Dnr IFN 2026-00008 3.7.7.4");
    assertThat(OcrRepairs.repaired("Sammanträdesdatum 2026- 02- 05")).isEqualTo("Sammanträdesdatum 2026-02-05");
    assertThat(OcrRepairs.repaired("Dn? IFN 2026-00012")).isEqualTo("Dnr IFN 2026-00012");
  }

  @Test
  void numbersThatStandApartStayApart() {
    assertThat(OcrRepairs.repaired("Under 2025 var 78 procent belagda")).isEqualTo("Under 2025 var 78 procent belagda");
    assertThat(OcrRepairs.repaired("Budget 20 26 tkr")).isEqualTo("Budget 20 26 tkr");
    assertThat(OcrRepairs.repaired("Dnr 2018/1097 12 ärenden")).isEqualTo("Dnr 2018/1097 12 ärenden");
    assertThat(OcrRepairs.repaired("Resultat 2 500 -1 250 1 250")).isEqualTo("Resultat 2 500 -1 250 1 250");
    assertThat(OcrRepairs.repaired("Intäkter 20 18 -3 15")).isEqualTo("Intäkter 20 18 -3 15");
    assertThat(OcrRepairs.repaired("Avvikelse 1 2018 - 40")).isEqualTo("Avvikelse 1 2018 - 40");
  }

  @Test
  void anEmailAddressWithItsAtSignMisreadIsMended() {
    assertThat(OcrRepairs.repaired("Kommunstyrelsen, ks.diariumQnorrvik. example"))
        .isEqualTo("Kommunstyrelsen, ks.diarium@norrvik.example");
    assertThat(OcrRepairs.repaired("Kommunens revisorer, revisionen(&norrvik.se")).isEqualTo("Kommunens revisorer, revisionen@norrvik.se");
    assertThat(OcrRepairs.repaired("avtal Öfamiljevarden-malardalen.se")).isEqualTo("avtal@familjevarden-malardalen.se");
    assertThat(OcrRepairs.repaired("Kultur & Fritid. Nämnden")).isEqualTo("Kultur & Fritid. Nämnden");
    assertThat(OcrRepairs.repaired("vård & omsorg. Se bilaga")).isEqualTo("vård & omsorg. Se bilaga");
  }
}
