package se.namndkoll.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonnummerTests {

  @Test
  void findsNumbersWithAValidCheckDigit() {
    assertThat(Personnummer.find("Skrivelse från A, 19850312-2486, inkommen")).containsExactly("19850312-2486");
    assertThat(Personnummer.find("född 850312-2486")).containsExactly("850312-2486");
    assertThat(Personnummer.find("samordningsnummer 701063-2391")).containsExactly("701063-2391");
    assertThat(Personnummer.find("beslut-2026-05-19-19850312-2486.pdf")).as("in a file name").containsExactly("19850312-2486");
  }

  @Test
  void leavesOutWhatOnlyLooksLikeOne() {
    assertThat(Personnummer.find("19850312-2487")).as("wrong check digit").isEmpty();
    assertThat(Personnummer.find("Dnr IFN 2023-00126 1.1.3.0")).isEmpty();
    assertThat(Personnummer.find("Telefon 0612-882310")).isEmpty();
    assertThat(Personnummer.find("8503122486")).as("ten digits without a separator").isEmpty();
    assertThat(Personnummer.find("19851312-2486")).as("no thirteenth month").isEmpty();
  }

  @Test
  void masksTheLastFourDigitsOfEveryFormAndNothingElse() {
    assertThat(Personnummer.mask("Skrivelse från A, 19850312-2486, inkommen")).isEqualTo("Skrivelse från A, 19850312-XXXX, inkommen");
    assertThat(Personnummer.mask("född 850312-2486")).isEqualTo("född 850312-XXXX");
    assertThat(Personnummer.mask("samordningsnummer 701063-2391")).isEqualTo("samordningsnummer 701063-XXXX");
    assertThat(Personnummer.mask("19850312 2486 och 198503122486 och 850312+2486"))
        .isEqualTo("19850312 XXXX och 19850312XXXX och 850312+XXXX");
    assertThat(Personnummer.masked("850312-2486")).isEqualTo("850312-XXXX");
  }

  @Test
  void leavesOrganisationsnummerAndOtherNumbersAsTheyAre() {
    String text = "Ekbacken Service AB 556677-8899, Ekby Bygg 16720405-1234, Dnr ON 2026-00052, tel 0612-882310, "
        + "fel kontrollsiffra 19850312-2487, 8503122486";
    assertThat(Personnummer.mask(text)).isSameAs(text);
    assertThat(Personnummer.find(text)).isEmpty();
  }

  @Test
  void knowsAMaskedNumberSoThatItsXxxxIsNoPlaceholder() {
    assertThat(Personnummer.hasMasked("Skrivelse från A, 19850312-XXXX, inkommen")).isTrue();
    assertThat(Personnummer.hasMasked("född 850312-xxxx")).isTrue();
    assertThat(Personnummer.withoutMasked("från 19850312-XXXX, inkommen")).isEqualTo("från  , inkommen");
    assertThat(Personnummer.hasMasked("Avtal XXXX-2")).isFalse();
    assertThat(Personnummer.hasMasked("19851312-XXXX")).as("no thirteenth month").isFalse();
  }

  @Test
  void readsTheNumbersOfLinesMaskedEachWithItsLine() {
    List<Personnummer> found = Personnummer.in(List.of(new Line("Inget här", 1, 1, 1, false),
        new Line("Från Ebba Holm, 19790521-1236, och Karl Ros, 480229-4118", 2, 2, 1, false)));

    assertThat(found).extracting(Personnummer::masked).containsExactly("19790521-XXXX", "480229-XXXX");
    assertThat(found).allSatisfy(p -> assertThat(p.location().lineStart()).isEqualTo(2));
  }
}
