package se.namndkoll.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import se.namndkoll.ingest.ExtractedText;
import se.namndkoll.ingest.RawLine;
import se.namndkoll.model.Line;

/**
 * Turns extracted lines into clean lines of text: markup noise removed, glued headings split, page
 * furniture blanked, broken sentences joined. Every output line remembers the source lines and
 * page it came from.
 */
public final class Normaliser {

  public List<Line> normalise(ExtractedText text) {
    List<WorkLine> work = new ArrayList<>(text.lines().size() + 64);
    int lineNo = 0;
    for (RawLine raw : text.lines()) {
      lineNo++;
      LineCleaner.Cleaned cleaned = LineCleaner.clean(raw.text());
      boolean heading = raw.heading() || cleaned.heading();
      for (String piece : GlueSplitter.split(cleaned.text())) {
        work.add(new WorkLine(piece, lineNo, lineNo, raw.page(), heading));
      }
    }
    work = FurnitureFilter.filter(work, text.pageCount());
    work = LineJoiner.join(work);
    List<Line> out = new ArrayList<>(work.size());
    for (WorkLine w : work) {
      out.add(new Line(w.text(), w.lineNo(), w.lastLineNo(), w.page(), w.heading() && !w.isBlank()));
    }
    return out;
  }
}
