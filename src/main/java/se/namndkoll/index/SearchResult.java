package se.namndkoll.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many in all, the best hits, and counts per nämnd, year and kind over
 * all of them.
 *
 * @param suggestion when the query had no hit, the query with its unknown words spelt as the
 *     nearest words of the archive ("menade du"), whose hits these are; otherwise {@code null}
 * @param relaxed true when no ärende had all the words and the hits are those with some of them
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets, long millis,
    String suggestion, boolean relaxed) {

  /** A result of the query as it was typed. */
  public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets, long millis) {
    this(total, hits, facets, millis, null, false);
  }
}
