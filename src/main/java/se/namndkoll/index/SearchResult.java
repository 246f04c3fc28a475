package se.namndkoll.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many in all, the best hits, and counts per nämnd, year and kind over
 * all of them.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets, long millis) {}
