package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.namndkoll.rules.facts.Personnummer;

class PersonnummerTests {

  @Test
  void findsNumbersWithAValidCheckDigit() {
    assertThat(Personnummer.find("Skrivelse från A, 19850312-2486, inkommen")).containsExactly("19850312-2486");
    assertThat(Personnummer.find("född 850312-2486")).containsExactly("850312-2486");
    assertThat(Personnummer.find("samordningsnummer 701063-2391")).containsExactly("701063-2391");
  }

  @Test
  void leavesOutWhatOnlyLooksLikeOne() {
    assertThat(Personnummer.find("19850312-2487")).as("wrong check digit").isEmpty();
    assertThat(Personnummer.find("Dnr IFN 2023-00126 1.1.3.0")).isEmpty();
    assertThat(Personnummer.find("Telefon 0612-882310")).isEmpty();
    assertThat(Personnummer.find("8503122486")).as("ten digits without a separator").isEmpty();
    assertThat(Personnummer.find("19851312-2486")).as("no thirteenth month").isEmpty();
  }
}
