package se.namndkoll.web;

/**
 * What the search page was asked: the query and its filters as the address gives them.
 *
 * @param namnd a nämnd's name or Dnr prefix
 * @param kind an ärende or document kind
 * @param from the first meeting day (YYYY-MM-DD or a year)
 * @param to the last meeting day (YYYY-MM-DD or a year)
 * @param page the page of hits, from 1
 */
public record SearchForm(String q, String namnd, String kind, String from, String to, int page) {

  public SearchForm {
    q = blankToNull(q);
    namnd = blankToNull(namnd);
    kind = blankToNull(kind);
    from = blankToNull(from);
    to = blankToNull(to);
    page = Math.max(1, page);
  }

  /** The same search with one filter set (null clears it), from its first page. */
  SearchForm with(String filter, String value) {
    return switch (filter) {
      case "namnd" -> new SearchForm(q, value, kind, from, to, 1);
      case "kind" -> new SearchForm(q, namnd, value, from, to, 1);
      case "year" -> new SearchForm(q, namnd, kind, value, value, 1);
      case "dates" -> new SearchForm(q, namnd, kind, null, null, 1);
      default -> throw new IllegalArgumentException(filter);
    };
  }

  boolean hasQuery() {
    return q != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
