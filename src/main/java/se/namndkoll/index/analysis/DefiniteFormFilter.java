package se.namndkoll.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds the indefinite form beside a word in the definite neuter ("protokollet" gives also
 * "protokoll", "beslutet" also "beslut"), which the Swedish Snowball stemmer leaves as it is. The
 * extra token stands at the same position, so phrases still match; for a word that only looks
 * definite ("budget") it is a harmless extra.
 */
final class DefiniteFormFilter extends TokenFilter {

  private static final int MIN_LENGTH = 6;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private AttributeSource.State pending;
  private String pendingTerm;

  DefiniteFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      term.setEmpty().append(pendingTerm);
      position.setPositionIncrement(0);
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int len = term.length();
    if (len >= MIN_LENGTH && term.charAt(len - 2) == 'e' && term.charAt(len - 1) == 't') {
      pending = captureState();
      pendingTerm = term.subSequence(0, len - 2).toString();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
