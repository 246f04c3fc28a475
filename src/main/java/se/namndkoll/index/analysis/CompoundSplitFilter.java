package se.namndkoll.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
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

  private final CompoundDictionary dictionary;
  private final FirstParts firstParts;
  private final int minWord;
  private final int minSubword;
  private final int maxSubword;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> parts = new ArrayDeque<>();
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
    int length = term.length();
    if (length >= minWord) {
      char[] buffer = term.buffer();
      for (int i = 0; i <= length - minSubword; i++) {
        int found = dictionary.longestAt(buffer, i, length, minSubword, maxSubword);
        if (found > 0 && found < length) {
          parts.addLast(new String(buffer, i, found));
        }
      }
      int first = firstParts == null ? 0 : firstParts.at(buffer, length);
      if (first > 0) {
        String rest = new String(buffer, firstParts.restFrom(), length - firstParts.restFrom());
        if (!parts.contains(rest)) {
          parts.addFirst(rest);
        }
        String part = new String(buffer, 0, first);
        if (!parts.contains(part)) {
          parts.addFirst(part);
        }
      }
      if (!parts.isEmpty()) {
        word = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    word = null;
  }
}
