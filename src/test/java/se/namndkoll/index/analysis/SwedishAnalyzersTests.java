package se.namndkoll.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SwedishAnalyzersTests {

  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** The word's own token (a definite-looking word also gets its indefinite form after it). */
  private static String one(Analyzer a, String word) throws IOException {
    List<String> t = tokens(a, word);
    assertThat(t).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    return t.get(0);
  }

  @Test
  void aPartOfACompoundMatchesTheCompound() throws IOException {
    Analyzer index = SwedishAnalyzers.index();
    Analyzer query = SwedishAnalyzers.query();
    assertThat(tokens(index, "barnkonsekvensanalys")).contains(one(query, "konsekvensanalys"));
    assertThat(tokens(index, "familjehemsplaceringar")).contains(one(query, "placering"));
    assertThat(tokens(index, "budgetuppföljningen")).contains(one(query, "budget"));
    assertThat(tokens(index, "budgetuppföljningen")).contains(one(query, "uppföljning"));
  }

  @Test
  void aShortNounBeginningACompoundIsSplitOffWhenTheRestIsAWord() throws IOException {
    Analyzer index = SwedishAnalyzers.index();
    Analyzer query = SwedishAnalyzers.query();
    assertThat(tokens(index, "fuktskador")).contains(one(query, "fukt"), one(query, "skada"));
    assertThat(tokens(index, "fuktskadorna")).contains(one(query, "fukt"));
    assertThat(tokens(index, "tjejjouren")).contains(one(query, "tjej"));
    assertThat(tokens(index, "riskvärdet")).contains(one(query, "risk"));
    assertThat(tokens(index, "dagläger")).contains(one(query, "dag"));
    // the rest after a linking s
    assertThat(tokens(index, "dagsaktiviteter")).contains(one(query, "dag"), one(query, "aktivitet"));
  }

  @Test
  void aShortWordIsNotSplitOffWhereItIsOnlyTheBeginningOfAWord() throws IOException {
    Analyzer index = SwedishAnalyzers.index();
    Analyzer query = SwedishAnalyzers.query();
    // three letters of a word the dictionary has whole
    assertThat(tokens(index, "ordföranden")).doesNotContain(one(query, "ord"));
    assertThat(tokens(index, "kontakten")).doesNotContain(one(query, "kon"));
    assertThat(tokens(index, "deltagit")).doesNotContain(one(query, "del"));
    // no noun that begins compounds
    assertThat(tokens(index, "fastställer")).doesNotContain(one(query, "fast"));
    assertThat(tokens(index, "granskade")).doesNotContain(one(query, "gran"));
    assertThat(tokens(index, "reviderade")).doesNotContain("revi");
    // the rest no word
    assertThat(tokens(index, "posteringar")).doesNotContain(one(query, "post"));
    // set aside: their compounds in a nämnd's text are words of their own
    assertThat(tokens(index, "fortsätter")).doesNotContain(one(query, "fort"));
    assertThat(tokens(index, "handledning")).doesNotContain(one(query, "hand"));
  }

  @Test
  void inflectedFormsMeet() throws IOException {
    Analyzer query = SwedishAnalyzers.query();
    assertThat(one(query, "placeringar")).isEqualTo(one(query, "placering"));
    assertThat(one(query, "nämnden")).isEqualTo(one(query, "nämnd"));
    assertThat(one(query, "barnen")).isEqualTo(one(query, "barn"));
  }

  @Test
  void theFoldedTwinMeetsWordsTypedWithoutRingsAndDots() throws IOException {
    Analyzer folded = SwedishAnalyzers.folded();
    assertThat(tokens(folded, "Borås Stad")).contains("boras");
    assertThat(tokens(folded, "boras")).containsExactly("boras");
    assertThat(tokens(folded, "Nämnden bör")).containsExactly("namnden", "bor").doesNotContain("boras");
  }

  @Test
  void queriesAreNotSplit() throws IOException {
    assertThat(tokens(SwedishAnalyzers.query(), "barnkonsekvensanalys")).hasSize(1);
    assertThat(tokens(SwedishAnalyzers.query(), "protokollet")).contains(one(SwedishAnalyzers.query(), "protokoll"));
  }

  @Test
  void legalReferencesStayWhole() throws IOException {
    Analyzer index = SwedishAnalyzers.index();
    assertThat(tokens(index, "enligt 6 kap. 40 § kommunallagen")).contains("kap6par40").doesNotContain("40");
    assertThat(tokens(index, "Protokoll § 16 Dnr")).contains("par16").doesNotContain("16");
    assertThat(tokens(SwedishAnalyzers.query(), LegalReferences.rewrite("§ 16"))).containsExactly("par16");
    assertThat(LegalReferences.rewrite("6 kap. 40 §")).isEqualTo("kap6par40");
    assertThat(LegalReferences.rewrite("4 kap. 1 § SoL och 9 § LSS")).isEqualTo("kap4par1 SoL och par9 LSS");
  }

  @Test
  void stopWordsAreLeftOut() throws IOException {
    assertThat(tokens(SwedishAnalyzers.query(), "och att det")).isEmpty();
  }
}
