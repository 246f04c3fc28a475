package se.namndkoll.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredTextTests {

  @Test
  void readsWhatEveryMatchContains() {
    assertThat(ways("\\bbarn")).containsExactly(List.of(Set.of("barn")));
    assertThat(ways("\\bung(?:a|dom|domar)\\b")).containsExactly(List.of(Set.of("ung"), Set.of("a", "dom", "domar")));
    assertThat(ways("ÅÅÅÅ-MM-DD")).containsExactly(List.of(Set.of("åååå-mm-dd")));
    assertThat(ways("läggs? till handlingarna")).containsExactly(List.of(Set.of("lägg"), Set.of(" till handlingarna")));
    assertThat(ways("\\?\\?\\?")).containsExactly(List.of(Set.of("???")));
    assertThat(ways("barn|unga")).containsExactly(List.of(Set.of("barn")), List.of(Set.of("unga")));
    assertThat(ways("\\[(?:[^\\]]{0,40}\\b)?(?:bilaga|datum)\\b[^\\]]{0,60}\\]"))
        .containsExactly(List.of(Set.of("["), Set.of("bilaga", "datum"), Set.of("]")));
    assertThat(ways("^\\s*sekretessbelag(?:d|t|da)\\.?\\s*$")).containsExactly(List.of(Set.of("sekretessbelag"), Set.of("d", "t", "da")));
    assertThat(ways("\\bXX(?:XX)+\\b")).containsExactly(List.of(Set.of("xx"), Set.of("xx")));
    assertThat(ways("(?<body>nämnd|styrelse)ens beslut")).containsExactly(List.of(Set.of("nämnd", "styrelse"), Set.of("ens beslut")));
    assertThat(ways("klicka (?:eller tryck )?här")).containsExactly(List.of(Set.of("klicka "), Set.of("här")));
    assertThat(ways("a+b")).containsExactly(List.of(Set.of("a"), Set.of("b")));
  }

  @Test
  void knowsNothingWhereAWayThroughNeedsNoText() {
    assertThat(ways("(?:prognos|resultat)?\\w*")).isEmpty();
    assertThat(ways("barn|\\d+")).isEmpty();
    assertThat(ways("[^\\]]{2,80}")).isEmpty();
    assertThat(ways("(?=barn)")).isEmpty();
    assertThat(ways("(barn)\\1")).isEmpty();
    assertThat(ways("\\Qa.b\\E")).isEmpty();
    assertThat(ways("(unclosed")).isEmpty();
    assertThat(RequiredText.of("").mayMatch("anything")).isTrue();
  }

  @Test
  void neverRulesOutATextTheExpressionMatches() {
    List<String> expressions = List.of("\\bbarn", "barn|unga", "\\bung(?:a|dom|domar)\\b", "läggs? till handlingarna",
        "(?:ärendet|beslutet) omfattas", "Sekretess enligt (?:OSL|\\d+ kap\\.)", "\\bXX(?:XX)+\\b", "a{2,3}b+c",
        "(?:x|y)+z", "<\\s*(?:namn|datum)\\s*>", "\\[(?:[^\\]]{0,40}\\b)?(?:bilaga|datum)\\b[^\\]]{0,60}\\]",
        "(?:a(?:b|c)d|e)f");
    List<String> texts = List.of("Barnen", "UNGDOMAR", "Läggs till handlingarna", "lägg till handlingarna",
        "Ärendet omfattas", "sekretess enligt 26 kap. 1 §", "XXXX-nummer", "aabbbc", "xyxz", "< Namn >",
        "[se Bilaga 2]", "inget av det", "ÄRENDET OMFATTAS", "SEKRETESS ENLIGT OSL", "acdf", "ef");
    for (String e : expressions) {
      Pattern p = Pattern.compile(e, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      RequiredText required = RequiredText.of(e);
      for (String t : texts) {
        if (p.matcher(t).find()) {
          assertThat(required.mayMatch(RequiredText.fold(t))).as("%s in %s", e, t).isTrue();
        }
      }
    }
    assertThat(RequiredText.of("\\bbarn").mayMatch(RequiredText.fold("inget av det"))).isFalse();
    assertThat(RequiredText.of("\\[(?:bilaga|datum)\\]").mayMatch(RequiredText.fold("datum utan klammer"))).isFalse();
  }

  @Test
  void severalExpressionsNeedWhatAnyOfThemNeeds() {
    assertThat(RequiredText.ofAny(List.of("barn", "unga|äldre")).ways())
        .containsExactly(List.of(Set.of("barn")), List.of(Set.of("unga")), List.of(Set.of("äldre")));
    assertThat(RequiredText.ofAny(List.of("barn", "\\d+")).ways()).isEmpty();
  }

  @Test
  void keepsTheCaseOfALiteralReading() {
    assertThat(RequiredText.literal("Barn").ways()).containsExactly(List.of(Set.of("Barn")));
  }

  private static List<List<Set<String>>> ways(String expression) {
    return RequiredText.of(expression).ways();
  }
}
