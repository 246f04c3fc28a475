package se.namndkoll.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTests {

  @Test
  void matchesLowerCasedTextAndQuotesItAsWritten() {
    Words w = Words.of(List.of("ÅÅÅÅ-MM-DD", "\\bXX(?:XX)+\\b", "lorem ipsum"));

    assertThat(w.first("Yttrande, ÅÅÅÅ-MM-DD")).isEqualTo("ÅÅÅÅ-MM-DD");
    assertThat(w.first("Lorem Ipsum dolor")).isEqualTo("Lorem Ipsum");
    assertThat(w.find("Avtal XXXX-2")).isTrue();
    assertThat(w.find("Yttrande 2026-03-01")).isFalse();
  }

  @Test
  void countsEachPatternOnItsOwn() {
    Words w = Words.of(List.of("\\bbarn", "familjehem"));

    assertThat(w.count("Barn i familjehem och barnens skola")).isEqualTo(3);
    assertThat(w.count("Äldreomsorg")).isZero();
  }
}
