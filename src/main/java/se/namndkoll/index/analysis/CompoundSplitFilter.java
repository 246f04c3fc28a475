package se.namndkoll.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Splits a compound into the dictionary words it is made of: after each word comes, at the same
 * position, the longest dictionary word that starts at each of its letters ("barnkonsekvensanalys"
 * gives "barn", "konsekvensanalys", "analys"). The same contract as Lucene's
 * DictionaryCompoundWordTokenFilter with only the longest match, in one pass per letter. A short
 * first part the dictionary lacks comes first, and the rest after it, when {@link FirstParts}
 * accepts them ("fuktskador" gives "fukt", "skador").
 */
final class CompoundSplitFilter extends TokenFilter {

  private static final int WORDS_KEPT = 50_000;

  private final CompoundDictionary dictionary;
  private final FirstParts firstParts;
  private final int minWord;
  private final int minSubword;
  private final int maxSubword;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> parts = new ArrayDeque<>();
  /**
   * The parts of the words this filter has split: an archive's words repeat, so most are split
   * once. The filter belongs to one thread's analyzer and lives as long as it; emptied when full.
   */
  private final Map<String, String[]> split = new HashMap<>();
  private AttributeSource.State word;

  CompoundSplitFilter(TokenStream input, CompoundDictionary dictionary, FirstParts firstParts, int minWord,
      int minSubword, int maxSubword) {
    super(input);
    this.dictionary = dictionary;
    this.firstParts = firstParts;
    this.minWord = minWord;
    this.minSubword = minSubword;
    this.maxSubword = maxSubword;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(parts.removeFirst());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() >= minWord) {
      String w = term.toString();
      String[] found = split.get(w);
      if (found == null) {
        if (split.size() >= WORDS_KEPT) {
          split.clear();
        }
        found = split(term.buffer(), term.length());
        split.put(w, found);
      }
      if (found.length > 0) {
        parts.addAll(Arrays.asList(found));
        word = captureState();
      }
    }
    return true;
  }

  /** The parts of a word, in the order they follow it. */
  private String[] split(char[] buffer, int length) throws IOException {
    Deque<String> out = new ArrayDeque<>();
    for (int i = 0; i <= length - minSubword; i++) {
      int found = dictionary.longestAt(buffer, i, length, minSubword, maxSubword);
      if (found > 0 && found < length) {
        out.addLast(new String(buffer, i, found));
      }
    }
    int first = firstParts == null ? 0 : firstParts.at(buffer, length);
    if (first > 0) {
      String rest = new String(buffer, firstParts.restFrom(), length - firstParts.restFrom());
      if (!out.contains(rest)) {
        out.addFirst(rest);
      }
      String part = new String(buffer, 0, first);
      if (!out.contains(part)) {
        out.addFirst(part);
      }
    }
    return out.toArray(String[]::new);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    word = null;
  }
}
