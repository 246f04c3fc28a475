package se.namndkoll.index;

import java.time.LocalDate;
import se.namndkoll.NamndkollException;

/**
 * A search of the archive: free text with phrases, AND/OR/NOT and field filters
 * ({@code namnd:}, {@code dnr:}, {@code year:}, {@code kind:}, {@code klassa:}, a section's name
 * such as {@code barnkonsekvensanalys:}), narrowed by nämnd, dates and kind.
 *
 * @param namnd a nämnd's name or Dnr prefix ("Sociala omsorgsnämnden", "SON"), or {@code null}
 * @param kind an ärende kind ("skrivelse") or document kind ("protokoll"), or {@code null}
 */
public record SearchRequest(String query, String namnd, LocalDate from, LocalDate to, String kind, int limit) {

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw NamndkollException.badUsage("give something to search for");
    }
    if (limit < 1) {
      throw NamndkollException.badUsage("--limit must be at least 1, not " + limit);
    }
  }
}
