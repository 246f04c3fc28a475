package se.namndkoll.ingest.normalise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.ingest.extract.RawLine;

/**
 * The size of a document's body text, and which lines are set larger as headings are: a line whose
 * letters are clearly larger than those of most of the text, in a size whose lines are short (a
 * heading size; a kallelse's letter text set larger than its agenda table is not one). Only sources
 * that give sizes (a PDF) have them; for the others no line is larger.
 */
final class LetterSizes {

  /** How much larger than the body text a heading's letters are at least (a 12 pt body: 13.5 pt). */
  static final float HEADING_RATIO = 1.12f;
  /** The longest a size's lines are on average for it to be a size of headings, in characters. */
  static final int HEADING_MEAN_LENGTH = 60;

  private final float body;
  private final Map<Integer, int[]> bySize;

  private LetterSizes(float body, Map<Integer, int[]> bySize) {
    this.body = body;
    this.bySize = bySize;
  }

  /** The body size: the size, to half a point, that most letters of the document are set in. */
  static LetterSizes of(List<RawLine> lines) {
    Map<Integer, int[]> bySize = new HashMap<>();
    for (RawLine l : lines) {
      if (l.size() > 0 && l.text().indexOf('\t') < 0) {
        int[] tally = bySize.computeIfAbsent(key(l.size()), k -> new int[2]);
        tally[0] += l.text().length();
        tally[1]++;
      }
    }
    int best = 0;
    int most = 0;
    for (Map.Entry<Integer, int[]> e : bySize.entrySet()) {
      if (e.getValue()[0] > most) {
        most = e.getValue()[0];
        best = e.getKey();
      }
    }
    return new LetterSizes(best / 2f, bySize);
  }

  /** The line's letters are set clearly larger than the body text's, in a size of headings. */
  boolean larger(RawLine line) {
    if (body <= 0 || line.size() < body * HEADING_RATIO) {
      return false;
    }
    int[] tally = bySize.get(key(line.size()));
    return tally != null && tally[0] <= HEADING_MEAN_LENGTH * tally[1];
  }

  private static int key(float size) {
    return Math.round(size * 2);
  }
}
