package se.namndkoll.web;

import java.util.List;
import se.namndkoll.index.SearchHit;
import se.namndkoll.index.SearchResult;

/**
 * The search page's content.
 *
 * @param result the search's result, or {@code null} before a query or after an error
 * @param hits this page's hits
 * @param error what was wrong with the query, in a sentence; otherwise {@code null}
 */
public record SearchPage(SearchForm form, SearchResult result, List<SearchHit> hits, List<FacetGroup> facets,
    List<ActiveFilter> filters, int pages, String previous, String next, String error) {

  /** One facet: its values as links, with their counts. */
  public record FacetGroup(String name, String label, List<FacetLink> links) {}

  /** A facet's value: a link that narrows the search to it. */
  public record FacetLink(String label, int count, String url, boolean active) {}

  /** A filter in force, with the link that removes it. */
  public record ActiveFilter(String label, String removeUrl) {}

  /** The first hit's number on this page (1-based). */
  public int firstShown() {
    return (form.page() - 1) * WebArchive.PAGE_SIZE + 1;
  }
}
