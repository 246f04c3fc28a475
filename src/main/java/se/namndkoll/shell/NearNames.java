package se.namndkoll.shell;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The name a user most likely meant by one that is not known: "did you mean …". */
final class NearNames {

  private NearNames() {}

  /**
   * The known name nearest to the typed one: one that starts with it, or one within a small edit
   * distance (one edit for short names, two for longer ones); none when nothing is that near.
   */
  static Optional<String> nearest(String typed, Collection<String> known) {
    String t = typed.toLowerCase(Locale.ROOT);
    int allowed = t.length() <= 4 ? 1 : 2;
    LevenshteinDistance distance = new LevenshteinDistance(allowed);
    return known.stream()
        .filter(k -> {
          String name = k.toLowerCase(Locale.ROOT);
          return (t.length() >= 3 && name.startsWith(t)) || distance.apply(t, name) >= 0;
        })
        .min(Comparator.comparingInt((String k) -> score(t, k.toLowerCase(Locale.ROOT), distance)).thenComparing(k -> k));
  }

  private static int score(String typed, String name, LevenshteinDistance distance) {
    int d = distance.apply(typed, name);
    return d >= 0 ? d : 10 + name.length() - typed.length();
  }

  /** The words a message adds for a near name, or nothing. */
  static String suggestion(String typed, Collection<String> known) {
    return nearest(typed, known).map(n -> "; did you mean '" + n + "'?").orElse("");
  }
}
