package se.namndkoll.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Rewrites the legal references of a text ({@link LegalReferences}) with offsets kept true to the
 * original for highlighting. Most text has no "§": it passes through untouched, without the
 * pattern filters' work.
 */
final class LegalReferenceCharFilter extends CharFilter {

  private Reader delegate;

  LegalReferenceCharFilter(Reader in) {
    super(in);
  }

  private Reader delegate() throws IOException {
    if (delegate == null) {
      StringBuilder sb = new StringBuilder();
      char[] chunk = new char[8192];
      for (int n = input.read(chunk); n >= 0; n = input.read(chunk)) {
        sb.append(chunk, 0, n);
      }
      String text = sb.toString();
      if (text.indexOf('§') < 0) {
        delegate = new StringReader(text);
      } else {
        Reader r = new PatternReplaceCharFilter(LegalReferences.CHAPTER_SECTION, "kap$1par$2", new StringReader(text));
        r = new PatternReplaceCharFilter(LegalReferences.PARAGRAPH, "par$1", r);
        delegate = new PatternReplaceCharFilter(LegalReferences.SECTION_AFTER, "par$1", r);
      }
    }
    return delegate;
  }

  @Override
  protected int correct(int currentOff) {
    return delegate instanceof CharFilter f ? f.correctOffset(currentOff) : currentOff;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    return delegate().read(cbuf, off, len);
  }
}
