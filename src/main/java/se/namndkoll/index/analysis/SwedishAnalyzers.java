package se.namndkoll.index.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import se.namndkoll.text.SwedishWords;

/**
 * Swedish analysis for the archive. At index time each word is also split into the dictionary
 * words it is compounded of ("barnkonsekvensanalys" gives "barn", "konsekvensanalys", "analys"),
 * so that a search for a part finds the compound; a short noun that begins a compound is split off
 * too when the rest is a dictionary word ("fuktskador" gives "fukt", see {@link FirstParts}).
 * Queries are not split, which would flood the results. Both sides reduce words to their Snowball
 * stem ("placeringar" and "placering" meet), with the indefinite form beside a definite neuter
 * ("protokollet", "protokoll"). References to laws and protocol paragraphs are kept whole by
 * {@link LegalReferences}.
 */
public final class SwedishAnalyzers {

  private static final String FIRST_PARTS = "first-parts.txt";
  private static final int MIN_WORD = 7;
  private static final int MIN_SUBWORD = 3;
  private static final int MAX_SUBWORD = 24;

  private SwedishAnalyzers() {}

  /** The analyzer for document text: splits compounds. */
  public static Analyzer index() {
    return IndexHolder.INDEX;
  }

  /**
   * Reads the word lists (about a third of a second) on a background thread, so that a one-shot
   * ingest has them by the time its first document is indexed.
   */
  public static void warmUp() {
    Thread t = new Thread(() -> {
      try {
        Words.LIST.size();
      } catch (RuntimeException | LinkageError e) {
        // a failure here shows again, with its message, when a document is indexed
      }
    }, "namndkoll-word-lists");
    t.setDaemon(true);
    t.start();
  }

  /** The analyzer for queries: the same words, not split. */
  public static Analyzer query() {
    return QueryHolder.QUERY;
  }

  /**
   * The analyzer of the folded twin of each text field, for index and query alike: lower case, å ä ö
   * folded to a a o, not stemmed, so that "boras" finds "Borås" without "bör" finding it too.
   */
  public static Analyzer folded() {
    return FoldedHolder.FOLDED;
  }

  private static final class Words {
    static final List<String> LIST = SwedishWords.list();
    static final CompoundDictionary DICTIONARY = CompoundDictionary.of(LIST);
    static final CharArraySet FIRST = set(SwedishWords.read(SwedishAnalyzers.class, FIRST_PARTS));
    static final CharArraySet STEMS = FirstParts.stemsOf(LIST);

    private static CharArraySet set(List<String> words) {
      CharArraySet set = new CharArraySet(words.size(), false);
      set.addAll(words);
      return CharArraySet.unmodifiableSet(set);
    }
  }

  private static final class IndexHolder {
    static final Analyzer INDEX = new Swedish(true);
  }

  private static final class QueryHolder {
    static final Analyzer QUERY = new Swedish(false);
  }

  private static final class FoldedHolder {
    static final Analyzer FOLDED = new Folded();
  }

  private static final class Folded extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return legalReferences(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new LowerCaseFilter(source);
      ts = new StopFilter(ts, SwedishAnalyzer.getDefaultStopSet());
      return new TokenStreamComponents(source, new ASCIIFoldingFilter(ts));
    }
  }

  /** The compound splitting of the index analyzer, on a stream of lower-cased words. */
  static TokenStream compoundSplit(TokenStream in) {
    return new CompoundSplitFilter(in, Words.DICTIONARY, new FirstParts(Words.FIRST, Words.STEMS), MIN_WORD,
        MIN_SUBWORD, MAX_SUBWORD);
  }

  private static Reader legalReferences(Reader reader) {
    return new LegalReferenceCharFilter(reader);
  }

  private static final class Swedish extends Analyzer {
    private final boolean splitCompounds;

    Swedish(boolean splitCompounds) {
      this.splitCompounds = splitCompounds;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return legalReferences(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new LowerCaseFilter(source);
      ts = new StopFilter(ts, SwedishAnalyzer.getDefaultStopSet());
      if (splitCompounds) {
        ts = compoundSplit(ts);
      }
      ts = new DefiniteFormFilter(ts);
      ts = new SnowballFilter(ts, new SwedishStemmer());
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
