package se.namndkoll.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.namndkoll.ingest.vocabulary.Headings;

/**
 * Joins sentences that extraction broke over lines: a line that does not end a sentence, followed
 * (at most one blank line between, as double-spaced PDF text has) by a line that starts in lower
 * case, is one sentence.
 */
final class LineJoiner {

  private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,3}[.)]|[•\\-–*])\\s");
  private static final Pattern HYPHEN_JOINS_WITH_SPACE =
      Pattern.compile("^(?:och|eller|samt|respektive|resp\\.|till|som)\\b");

  /** "Kommunstyrelsen föreslår Kommunfullmäktige besluta" heads its att-clauses; never joined. */
  private static final Pattern PROPOSAL_HEADING = Pattern.compile("\\bbesluta$");

  private LineJoiner() {}

  static List<WorkLine> join(List<WorkLine> lines) {
    List<WorkLine> out = new ArrayList<>(lines.size());
    int i = 0;
    while (i < lines.size()) {
      WorkLine current = lines.get(i);
      int consumedUpTo = i;
      while (endsOpen(current)) {
        int next = consumedUpTo + 1;
        int blanks = 0;
        while (next < lines.size() && lines.get(next).isBlank() && blanks < 2) {
          next++;
          blanks++;
        }
        if (next >= lines.size() || blanks > 1 || isHeading(current.text())
            || !isContinuation(lines.get(next)) && !(blanks == 0 && continuesBrokenWord(current, lines.get(next)))) {
          break;
        }
        WorkLine continuation = lines.get(next);
        current =
            new WorkLine(
                glue(current.text(), continuation.text()),
                current.lineNo(),
                continuation.lastLineNo(),
                current.page(),
                current.heading());
        consumedUpTo = next;
      }
      out.add(current);
      // keep the skipped blank lines out: they were inside one sentence
      i = consumedUpTo + 1;
    }
    return out;
  }

  private static boolean endsOpen(WorkLine line) {
    String t = line.text();
    if (t.isEmpty() || t.indexOf('\t') >= 0 || line.heading()) {
      return false;
    }
    if (t.endsWith("besluta") && PROPOSAL_HEADING.matcher(t).find()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last != '.' && last != '!' && last != '?' && last != ':' && last != ';';
  }

  private static boolean isContinuation(WorkLine line) {
    String t = line.text();
    if (t.isEmpty() || t.indexOf('\t') >= 0 || LIST_ITEM.matcher(t).find()) {
      return false;
    }
    return Character.isLowerCase(t.codePointAt(0)) && !isHeading(t);
  }

  /**
   * The rest of a word broken at its hyphen ("LSS-" / "beslut"): lower case right after, even where
   * it reads like a heading on its own.
   */
  private static boolean continuesBrokenWord(WorkLine current, WorkLine next) {
    String a = current.text();
    String b = next.text();
    return a.length() > 1 && a.endsWith("-") && Character.isLetterOrDigit(a.charAt(a.length() - 2)) && !b.isEmpty()
        && b.indexOf('\t') < 0 && Character.isLowerCase(b.codePointAt(0)) && !LIST_ITEM.matcher(b).find();
  }

  /** Headings stand on their own line, whatever their case ("förslag till beslut"). */
  private static boolean isHeading(String t) {
    return t.length() <= 90 && (Headings.section(t).isPresent() || Headings.decision(t).isPresent());
  }

  private static String glue(String first, String second) {
    if (first.endsWith("-") && !first.endsWith(" -")) {
      return HYPHEN_JOINS_WITH_SPACE.matcher(second).find() ? first + " " + second : first + second;
    }
    return first + " " + second;
  }
}
