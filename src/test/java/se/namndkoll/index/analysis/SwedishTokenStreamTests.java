package se.namndkoll.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Swedish analyzers as Lucene tests its own ({@code BaseTokenStreamTestCase}): each
 * token with its offsets and position increment, the final offset, and random text through every
 * analyzer, checked for the invariants highlighting and indexing rely on. A failure names the seed
 * and the text; {@code -Danalysis.seed=N} runs that seed again.
 */
class SwedishTokenStreamTests {

  private static final long SEED = Long.getLong("analysis.seed", 20260101L);
  private static final int RANDOM_TEXTS = 300;

  /** One token as a stream gives it. */
  record Token(String term, int start, int end, int increment, int length) {}

  /** The tokens of a text, and the final offset {@code end()} sets, checking the stream's contract. */
  record Analysis(List<Token> tokens, int finalOffset) {}

  static Analysis analyze(Analyzer analyzer, String text) throws IOException {
    List<Token> out = new ArrayList<>();
    int finalOffset;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement(),
            len.getPositionLength()));
      }
      ts.end();
      finalOffset = offset.endOffset();
    }
    return new Analysis(out, finalOffset);
  }

  /** Lucene's assertAnalyzesTo: terms, start and end offsets, position increments and the final offset. */
  private static void assertAnalyzesTo(Analyzer analyzer, String text, String[] terms, int[] starts, int[] ends,
      int[] increments) throws IOException {
    Analysis a = analyze(analyzer, text);
    assertThat(a.tokens()).extracting(Token::term).as("terms of %s", text).containsExactly(terms);
    assertThat(a.tokens()).extracting(Token::start).as("start offsets of %s", text).containsExactly(box(starts));
    assertThat(a.tokens()).extracting(Token::end).as("end offsets of %s", text).containsExactly(box(ends));
    assertThat(a.tokens()).extracting(Token::increment).as("position increments of %s", text)
        .containsExactly(box(increments));
    assertThat(a.finalOffset()).as("final offset of %s", text).isEqualTo(text.length());
    assertInvariants(text, a);
  }

  private static Integer[] box(int[] values) {
    Integer[] out = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  @Test
  void theIndexSplitsACompoundIntoPartsAtTheCompoundsPlaceAndPosition() throws IOException {
    assertAnalyzesTo(SwedishAnalyzers.index(), "Borås fuktskador",
        new String[] {"borås", "fuktskad", "fukt", "skad"},
        new int[] {0, 6, 6, 6},
        new int[] {5, 16, 16, 16},
        new int[] {1, 1, 0, 0});
  }

  @Test
  void theQueryKeepsACompoundWhole() throws IOException {
    assertAnalyzesTo(SwedishAnalyzers.query(), "Borås fuktskador",
        new String[] {"borås", "fuktskad"},
        new int[] {0, 6},
        new int[] {5, 16},
        new int[] {1, 1});
  }

  @Test
  void aLegalReferenceIsOneTokenOverTheWholeReferenceAndAStopWordLeavesAGap() throws IOException {
    String text = "enligt 6 kap. 6 § KL och SFS 2017:725";
    assertAnalyzesTo(SwedishAnalyzers.query(), text,
        new String[] {"enl", "kap6par6", "kl", "sfs", "2017", "725"},
        new int[] {0, 7, 18, 25, 29, 34},
        new int[] {6, 17, 20, 28, 33, 37},
        new int[] {1, 1, 1, 2, 1, 1});
    assertThat(text.substring(7, 17)).as("what a highlight of kap6par6 marks").isEqualTo("6 kap. 6 §");
  }

  @Test
  void aDefiniteNeuterGetsItsIndefiniteFormAtTheSamePlace() throws IOException {
    assertAnalyzesTo(SwedishAnalyzers.query(), "protokollet § 37 ",
        new String[] {"protokollet", "protokoll", "par37"},
        new int[] {0, 0, 12},
        new int[] {11, 11, 16},
        new int[] {1, 0, 1});
  }

  @Test
  void theFoldedTwinFoldsButNeitherStemsNorSplits() throws IOException {
    assertAnalyzesTo(SwedishAnalyzers.folded(), "Borås fuktskador i Växjö",
        new String[] {"boras", "fuktskador", "vaxjo"},
        new int[] {0, 6, 19},
        new int[] {5, 16, 24},
        new int[] {1, 1, 2});
  }

  @Test
  void emptyAndBlankTextGiveNoTokensAndTheirLengthAsFinalOffset() throws IOException {
    for (Analyzer a : analyzers()) {
      for (String text : new String[] {"", "   ", "\n\t\u00a0", "och i på"}) {
        Analysis analysis = analyze(a, text);
        assertThat(analysis.tokens()).as("tokens of '%s'", text).isEmpty();
        assertThat(analysis.finalOffset()).isEqualTo(text.length());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "query", "folded"})
  void randomTextKeepsEveryInvariantAndIndexesWithOffsets(String name) throws IOException {
    Analyzer analyzer = analyzer(name);
    Random random = new Random(SEED ^ name.hashCode());
    FieldType withOffsets = new FieldType();
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    withOffsets.setTokenized(true);
    withOffsets.freeze();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < RANDOM_TEXTS; i++) {
        String text = RandomText.of(random, 1 + random.nextInt(40));
        try {
          Analysis a = analyze(analyzer, text);
          assertInvariants(text, a);
          assertThat(analyze(analyzer, text)).as("the same tokens when the analyzer is used again").isEqualTo(a);
          Document doc = new Document();
          doc.add(new Field("body", text, withOffsets));
          // IndexWriter refuses offsets that go backwards or past each other
          writer.addDocument(doc);
        } catch (AssertionError | RuntimeException e) {
          fail("seed " + SEED + ", analyzer " + name + ", text " + RandomText.escaped(text) + ": " + e.getMessage(), e);
        }
      }
      assertThat(writer.getDocStats().numDocs).isEqualTo(RANDOM_TEXTS);
    }
  }

  @Test
  void twoThreadsGetTheSameTokensAsOne() throws Exception {
    Random random = new Random(SEED);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      texts.add(RandomText.of(random, 1 + random.nextInt(30)));
    }
    for (Analyzer analyzer : analyzers()) {
      List<Analysis> alone = new ArrayList<>();
      for (String t : texts) {
        alone.add(analyze(analyzer, t));
      }
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<List<Analysis>>> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
          runs.add(pool.submit(() -> {
            List<Analysis> out = new ArrayList<>();
            for (String t : texts) {
              out.add(analyze(analyzer, t));
            }
            return out;
          }));
        }
        for (Future<List<Analysis>> run : runs) {
          assertThat(run.get()).isEqualTo(alone);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /**
   * What Lucene's checks ask of every stream: offsets inside the text, never ending before they
   * start, start offsets never going back; a position increment of 0 or more, the first at least
   * 1; a term never empty; each token's offsets marking text, not only white space.
   */
  private static void assertInvariants(String text, Analysis a) {
    int lastStart = 0;
    boolean first = true;
    for (Token t : a.tokens()) {
      assertThat(t.term()).as("term").isNotEmpty();
      assertThat(t.start()).as("start of %s", t).isBetween(lastStart, text.length());
      assertThat(t.end()).as("end of %s", t).isBetween(t.start(), text.length());
      assertThat(text.substring(t.start(), t.end())).as("the text %s marks", t).isNotBlank();
      assertThat(t.increment()).as("increment of %s", t).isGreaterThanOrEqualTo(first ? 1 : 0);
      assertThat(t.length()).as("position length of %s", t).isEqualTo(1);
      lastStart = t.start();
      first = false;
    }
    assertThat(a.finalOffset()).as("final offset").isEqualTo(text.length());
  }

  private static List<Analyzer> analyzers() {
    return List.of(SwedishAnalyzers.index(), SwedishAnalyzers.query(), SwedishAnalyzers.folded());
  }

  private static Analyzer analyzer(String name) {
    return switch (name) {
      case "index" -> SwedishAnalyzers.index();
      case "query" -> SwedishAnalyzers.query();
      default -> SwedishAnalyzers.folded();
    };
  }

  /** Text of the kinds the archive holds, and of kinds it should survive. */
  static final class RandomText {

    private static final String[] WORDS = {"barnkonsekvensanalys", "Barnkonsekvensanalysen", "familjehemsplaceringar",
        "budgetuppföljningen", "fuktskador", "nämnden", "Socialnämndens", "beslut", "protokollet", "ärendet",
        "Kultur- och fritidsnämnden", "årsredovisning", "Växjö", "ÅÄÖ", "och", "i", "på", "att", "underskott",
        "tjänsteskrivelse", "delegationsbeslut", "LSS", "IFN", "2026-00021", "Dnr", "kap.", "§", "§§", "SFS",
        "2017:725", "tkr", "−4,2", "mkr", "e-post", "www.example.se", "a.b@c.se", "x", "ö", "ß", "ﬁ", "İ", "Ǆ"};
    private static final String[] REFERENCES = {"6 kap. 6 §", "6 kap 40 §", "§ 16", "§16", "§§ 7–12", "40 §",
        "6 kap. 40-41 §§", "2 kap. 3 a §", "§", "kap. §", "12 §§"};
    private static final String[] SPACES = {" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\r\n", ", ", ". ", "; ",
        " – ", "-", "/", "(", ")", "\""};

    private RandomText() {}

    static String of(Random random, int parts) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < parts; i++) {
        int kind = random.nextInt(10);
        if (kind < 6) {
          sb.append(WORDS[random.nextInt(WORDS.length)]);
        } else if (kind < 8) {
          sb.append(REFERENCES[random.nextInt(REFERENCES.length)]);
        } else if (kind < 9) {
          sb.append(random.nextInt(100_000));
        } else {
          sb.appendCodePoint(codePoint(random));
        }
        sb.append(SPACES[random.nextInt(SPACES.length)]);
      }
      return sb.toString();
    }

    /** Any code point but a lone surrogate: letters, marks, symbols, emoji, other scripts. */
    private static int codePoint(Random random) {
      int c;
      do {
        c = random.nextInt(4) == 0 ? 0x1F300 + random.nextInt(0x300) : random.nextInt(0x3000);
      } while (Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED);
      return c;
    }

    static String escaped(String text) {
      StringBuilder sb = new StringBuilder("\"");
      text.codePoints().forEach(c -> {
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
          sb.append((char) c);
        } else {
          sb.append(String.format("\\u{%04X}", c));
        }
      });
      return sb.append('"').toString();
    }
  }
}
