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
 * DictionaryCompoundWordTokenFilter with only the longest match, in one pass per letter.
 */
final class CompoundSplitFilter extends TokenFilter {

  private final CompoundDictionary dictionary;
  private final int minWord;
  private final int minSubword;
  private final int maxSubword;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> parts = new ArrayDeque<>();
  private AttributeSource.State word;

  CompoundSplitFilter(TokenStream input, CompoundDictionary dictionary, int minWord, int minSubword, int maxSubword) {
    super(input);
    this.dictionary = dictionary;
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
