package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayerQualityTests {

  private static final List<String> TYPED = List.of(
      "Socialnämnden föreslås besluta att godkänna förvaltningens delegationsbeslut för perioden",
      "Barnkonsekvensanalys: förslaget påverkar barn och unga som placeras i familjehem.",
      "Ärendet i sin helhet framgår av tjänsteskrivelsen daterad 2025-03-14, Dnr SN 2025/118.",
      "Kommunstyrelsen har i uppdrag att följa upp verksamhetens ekonomi under året.");

  @Test
  void typedSwedishIsWorthReading() {
    TextLayerQuality q = TextLayerQuality.of(TYPED);

    assertThat(q.words()).isGreaterThanOrEqualTo(TextLayerQuality.MIN_WORDS);
    assertThat(q.share()).isGreaterThan(0.85);
    assertThat(q.poor()).isFalse();
  }

  @Test
  void aLayerWithLettersTakenForOthersIsPoor() {
    List<String> misread = TYPED.stream()
        .map(l -> l.replace("m", "rn").replace("ä", "a").replace("l", "1").replace("o", "0")).toList();

    TextLayerQuality q = TextLayerQuality.of(misread);

    assertThat(q.share()).isLessThan(TextLayerQuality.POOR_BELOW);
    assertThat(q.poor()).isTrue();
  }

  @Test
  void wordsWithDigitsOrBracketsInsideCountAgainstButNumbersAndOrdinalsDoNot() {
    assertThat(TextLayerQuality.of(List.of("l(OMMUN Socia1nämnden 0ch")).known()).isZero();
    assertThat(TextLayerQuality.of(List.of("l(OMMUN Socia1nämnden 0ch")).words()).isEqualTo(3);
    assertThat(TextLayerQuality.of(List.of("2025-03-14 3:e 1 250 12,5 % 20st")).words()).isZero();
  }

  @Test
  void aShortPageIsNotJudged() {
    assertThat(TextLayerQuality.of(List.of("Xqzvbn Pqlrt Wxyzk")).poor()).isFalse();
  }
}
