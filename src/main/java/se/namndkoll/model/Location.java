package se.namndkoll.model;

/**
 * Where something sits in its source: pages where the source has pages, lines of the extracted
 * text (1-based) always. Any part may be {@code null} when unknown.
 */
public record Location(Integer pageStart, Integer pageEnd, Integer lineStart, Integer lineEnd) {

  public static final Location UNKNOWN = new Location(null, null, null, null);

  public static Location lines(int start, int end) {
    return new Location(null, null, start, end);
  }

  /** The smallest location that covers both. */
  public Location span(Location other) {
    return new Location(
        min(pageStart, other.pageStart),
        max(pageEnd, other.pageEnd),
        min(lineStart, other.lineStart),
        max(lineEnd, other.lineEnd));
  }

  private static Integer min(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
  }

  private static Integer max(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }
}
