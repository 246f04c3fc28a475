package se.namndkoll.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTests {

  @Test
  void requiredLiteralsAreWhatEveryMatchContains() {
    assertThat(Literals.required("\\bbarn")).isEqualTo("barn");
    assertThat(Literals.required("\\bung(?:a|dom|domar)\\b")).isEqualTo("ung");
    assertThat(Literals.required("åååå-mm-dd")).isEqualTo("åååå-mm-dd");
    assertThat(Literals.required("läggs? till handlingarna")).isEqualTo(" till handlingarna");
    assertThat(Literals.required("\\[(?:[^\\]]{0,40}\\b)?(?:bilaga|datum)\\b[^\\]]{0,60}\\]")).hasSize(1);
    assertThat(Literals.required("\\?\\?\\?")).isEqualTo("???");
    assertThat(Literals.required("barn|unga")).isNull();
    assertThat(Literals.required("(?:prognos|resultat)\\w*")).isNull();
  }

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
