package se.namndkoll.index.analysis;

import java.util.Collection;
import org.apache.lucene.analysis.CharArraySet;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Short first parts of compounds: a noun of three or four letters that begins a word whose rest is
 * a dictionary word ("fukt" in "fuktskador", "risk" in "riskvärde", "dag" in "dagläger"). The
 * general word list keeps words of five letters or more, so the splitter cannot take these parts
 * from it; a short part is split off only when
 *
 * <ul>
 *   <li>it is one of the short nouns Hunspell lets begin a compound ({@code first-parts.txt}), not
 *       any three or four letters ("kont" of "kontroll", "revi" of "reviderad");
 *   <li>the rest of the word, to its end, is a dictionary word in any inflection (its Snowball stem
 *       is the stem of a word of the list: "skador" is a form of "skada", "värdet" of "värde"),
 *       after a linking "s" if need be, and at least {@link #MIN_REST} letters long;
 *   <li>for a three-letter part, the whole word is not a dictionary word in its own right: three
 *       letters are too often just a syllable of one ("ord" of "ordförande", "kon" of "kontakt",
 *       "del" of "deltagit").
 * </ul>
 *
 * One instance per token stream: the stemmer it holds is not shared.
 */
final class FirstParts {

  static final int MIN_REST = 4;

  private final CharArraySet parts;
  private final CharArraySet stems;
  private final SwedishStemmer stemmer = new SwedishStemmer();
  private char[] scratch = new char[32];
  private int restFrom;

  /**
   * @param parts the short first parts, lower case
   * @param stems the Snowball stems of the dictionary's words
   */
  FirstParts(CharArraySet parts, CharArraySet stems) {
    this.parts = parts;
    this.stems = stems;
  }

  /** The Snowball stems of the words, as a set. */
  static CharArraySet stemsOf(Collection<String> words) {
    SwedishStemmer stemmer = new SwedishStemmer();
    CharArraySet out = new CharArraySet(words.size(), false);
    for (String w : words) {
      stemmer.setCurrent(w);
      stemmer.stem();
      out.add(stemmer.getCurrent());
    }
    return CharArraySet.unmodifiableSet(out);
  }

  /**
   * The length of the short first part the word begins with (4 before 3), or 0 when it has none;
   * the rest, a dictionary word, begins at {@link #restFrom}.
   */
  int at(char[] word, int length) {
    for (int k = 4; k >= 3; k--) {
      if (length - k < MIN_REST || !parts.contains(word, 0, k)) {
        continue;
      }
      int from = isWord(word, k, length) ? k
          : word[k] == 's' && length - k - 1 >= MIN_REST && isWord(word, k + 1, length) ? k + 1 : -1;
      if (from < 0) {
        continue;
      }
      if (k == 3 && isWord(word, 0, length)) {
        return 0;
      }
      restFrom = from;
      return k;
    }
    return 0;
  }

  /** Where the rest begins of the word {@link #at} last found a first part in (after a linking "s"). */
  int restFrom() {
    return restFrom;
  }

  /**
   * True when the letters from..to are a dictionary word in some inflection, the definite neuter
   * ("värdet") too, which the stemmer leaves as it is.
   */
  private boolean isWord(char[] word, int from, int to) {
    return stemIsWord(word, from, to)
        || (to - from >= MIN_REST + 2 && word[to - 2] == 'e' && word[to - 1] == 't' && stemIsWord(word, from, to - 2));
  }

  private boolean stemIsWord(char[] word, int from, int to) {
    int n = to - from;
    if (scratch.length < n) {
      scratch = new char[n + 8];
    }
    System.arraycopy(word, from, scratch, 0, n);
    stemmer.setCurrent(scratch, n); // the stemmer works in the copy, not the token's buffer
    stemmer.stem();
    scratch = stemmer.getCurrentBuffer();
    return stems.contains(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
  }
}
