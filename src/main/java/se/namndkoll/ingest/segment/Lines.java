package se.namndkoll.ingest.segment;

import java.util.List;
import se.namndkoll.model.Line;
import se.namndkoll.model.Location;

/** Navigation over a document's normalised lines by index. */
final class Lines {

  private final List<Line> lines;

  Lines(List<Line> lines) {
    this.lines = lines;
  }

  int size() {
    return lines.size();
  }

  Line get(int i) {
    return lines.get(i);
  }

  String text(int i) {
    return lines.get(i).text();
  }

  boolean blank(int i) {
    return lines.get(i).isBlank();
  }

  /** The next non-blank index at or after {@code from} and at or before {@code limit}, or -1. */
  int nextNonBlank(int from, int limit) {
    for (int i = Math.max(0, from); i <= limit && i < lines.size(); i++) {
      if (!blank(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The previous non-blank index at or before {@code from} and at or after {@code bound}, or -1. */
  int prevNonBlank(int from, int bound) {
    for (int i = Math.min(from, lines.size() - 1); i >= Math.max(0, bound); i--) {
      if (!blank(i)) {
        return i;
      }
    }
    return -1;
  }

  /** Blank lines between two indexes, exclusive. */
  int blanksBetween(int a, int b) {
    int n = 0;
    for (int i = a + 1; i < b; i++) {
      if (blank(i)) {
        n++;
      }
    }
    return n;
  }

  /** Where lines {@code from..to} sit in the source, blank lines at the ends ignored. */
  Location location(int from, int to) {
    int a = nextNonBlank(from, to);
    int b = prevNonBlank(to, from);
    if (a < 0 || b < 0) {
      return lines.get(Math.max(0, Math.min(from, lines.size() - 1))).location();
    }
    return lines.get(a).location().span(lines.get(b).location());
  }

  /** The non-blank lines {@code from..to} joined with newlines. */
  String join(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (!blank(i)) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(text(i));
      }
    }
    return sb.toString();
  }
}
