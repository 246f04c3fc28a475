package se.namndkoll.ingest.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.namndkoll.text.EditDistance;

class HeadingSpellingTests {

  @Test
  void aHeadingReadWithALetterOrTwoWrongIsSpelledAsTheSectionWordsHaveIt() {
    assertThat(HeadingSpelling.mended("Barnkonsekvensana1ys")).isEqualTo("Barnkonsekvensanalys");
    assertThat(HeadingSpelling.mended("Ärendet i sin heihet")).isEqualTo("Ärendet i sin helhet");
    assertThat(HeadingSpelling.mended("BESLUTSUNDERIAG")).isEqualTo("BESLUTSUNDERLAG");
    assertThat(HeadingSpelling.mended("Sarnmanfattning")).isEqualTo("Sammanfattning");
  }

  @Test
  void aHeadingSpelledRightAndProseStayAsTheyAre() {
    assertThat(HeadingSpelling.mended("Beslutsunderlag")).isEqualTo("Beslutsunderlag");
    assertThat(HeadingSpelling.mended("Platserna används när ett barn akut behöver placeras")).isEqualTo(
        "Platserna används när ett barn akut behöver placeras");
    assertThat(HeadingSpelling.mended("Bakgrunder")).isEqualTo("Bakgrunder");
  }

  @Test
  void distanceCountsASwapOfNeighboursAsOneAndStopsPastTheLimit() {
    assertThat(EditDistance.of("helhet", "hlehet", 2)).isEqualTo(1);
    assertThat(EditDistance.of("helhet", "heihet", 2)).isEqualTo(1);
    assertThat(EditDistance.of("sammanfattning", "beslutsunderlag", 2)).isEqualTo(3);
  }
}
