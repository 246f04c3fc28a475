package se.namndkoll.ingest.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameBodyTests {

  @Test
  void aLongNameWithALetterMisreadIsTheSameBody() {
    assertThat(Text.sameBody("Individ- och familjeomsörgsnämndens", "Individ- och familjeomsorgsnämnden")).isTrue();
    assertThat(Text.sameBody("Kommunstyreisen", "Kommunstyrelsen")).isTrue();
    assertThat(Text.sameBody("Socialnämnden", "socialnämndens")).isTrue();
  }

  @Test
  void differentBodiesAndShortNamesAreNot() {
    assertThat(Text.sameBody("Individ- och familjeomsorgsnämnden", "Individ- och familjeomsorgsutskottet")).isFalse();
    assertThat(Text.sameBody("Kulturnämnden", "Kultunämnden")).as("too short to forgive a letter").isFalse();
    assertThat(Text.sameBody("Barn- och utbildningsnämnden", "Bygg- och miljönämnden")).isFalse();
  }
}
