package se.namndkoll.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.TreeSet;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.NoOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * The compound word list as a finite-state transducer: walking a word's characters from any
 * position finds every dictionary word that starts there in one pass, where a set would be asked
 * for every substring.
 */
final class CompoundDictionary {

  private final FST<Object> fst;

  private CompoundDictionary(FST<Object> fst) {
    this.fst = fst;
  }

  static CompoundDictionary of(Collection<String> words) {
    try {
      NoOutputs outputs = NoOutputs.getSingleton();
      FSTCompiler<Object> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, outputs).build();
      IntsRefBuilder scratch = new IntsRefBuilder();
      for (String w : new TreeSet<>(words)) {
        compiler.add(Util.toUTF16(w, scratch), outputs.getNoOutput());
      }
      return new CompoundDictionary(FST.fromFSTReader(compiler.compile(), compiler.getFSTReader()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the compound word dictionary", e);
    }
  }

  /**
   * The length of the longest dictionary word that starts at {@code from} in the buffer, at least
   * {@code min} and at most {@code max} characters long; 0 when there is none.
   */
  int longestAt(char[] buffer, int from, int end, int min, int max) throws IOException {
    FST.BytesReader reader = fst.getBytesReader();
    FST.Arc<Object> arc = fst.getFirstArc(new FST.Arc<>());
    int longest = 0;
    int limit = Math.min(end, from + max);
    for (int i = from; i < limit; i++) {
      if (fst.findTargetArc(buffer[i], arc, arc, reader) == null) {
        break;
      }
      int length = i - from + 1;
      if (arc.isFinal() && length >= min) {
        longest = length;
      }
    }
    return longest;
  }
}
