package se.namndkoll.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.ingest.extract.ExtractedText;
import se.namndkoll.ingest.extract.RawLine;
import se.namndkoll.ingest.vocabulary.HeadingSpelling;
import se.namndkoll.model.Line;

/**
 * Turns extracted lines into clean lines of text: markup noise removed, glued headings split, page
 * furniture blanked, broken sentences joined; a line marked as a heading by its source, or set
 * larger than the body text, keeps that mark as a hint of how it looks. Every output line remembers the source lines and
 * page it came from.
 */
public final class Normaliser {

  private static final Pattern DOLLAR_PARAGRAPH = Pattern.compile("^\\$(\\$?)\\s?(?=\\d{1,4}\\b)");
  private static final int MIN_MISREAD_SIGNS = 3;

  /**
   * Text recognised from a scan reads "§" as "$": where three lines or more open with "$ 58", the
   * sign is the paragraph's ("§ 58", "§§ 58-70").
   */
  static List<WorkLine> withParagraphSigns(List<WorkLine> lines) {
    int seen = 0;
    for (WorkLine w : lines) {
      if (!w.text().isEmpty() && w.text().charAt(0) == '$' && DOLLAR_PARAGRAPH.matcher(w.text()).find()) {
        seen++;
      }
    }
    if (seen < MIN_MISREAD_SIGNS) {
      return lines;
    }
    List<WorkLine> out = new ArrayList<>(lines.size());
    for (WorkLine w : lines) {
      Matcher m = w.text().isEmpty() || w.text().charAt(0) != '$' ? null : DOLLAR_PARAGRAPH.matcher(w.text());
      out.add(m != null && m.find() ? w.withText(m.replaceFirst(m.group(1).isEmpty() ? "§ " : "§§ ")) : w);
    }
    return out;
  }

  public List<Line> normalise(ExtractedText text) {
    List<WorkLine> work = new ArrayList<>(text.lines().size() + 64);
    LetterSizes sizes = LetterSizes.of(text.lines());
    Set<Integer> ocrPages = Set.copyOf(text.scanned().recognised());
    int lineNo = 0;
    for (RawLine raw : text.lines()) {
      lineNo++;
      LineCleaner.Cleaned cleaned = LineCleaner.clean(raw.text());
      boolean heading = raw.heading() || cleaned.heading() || sizes.larger(raw);
      boolean ocr = ocrPages.contains(raw.page());
      for (String piece : GlueSplitter.split(cleaned.text())) {
        // a heading OCR read a letter or two wrong is spelled as the section words have it
        work.add(new WorkLine(ocr ? HeadingSpelling.mended(piece) : piece, lineNo, lineNo, raw.page(), heading));
      }
    }
    work = withParagraphSigns(work);
    work = FurnitureFilter.filter(work, text.pageCount());
    work = LineJoiner.join(work);
    List<Line> out = new ArrayList<>(work.size());
    for (WorkLine w : work) {
      out.add(new Line(w.text(), w.lineNo(), w.lastLineNo(), w.page(), w.heading() && !w.isBlank()));
    }
    return out;
  }
}
