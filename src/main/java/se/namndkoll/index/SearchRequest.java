package se.namndkoll.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

  /** A date or a year; a year means its first day as a start and its last as an end. */
  public static LocalDate day(String value, String option, boolean end) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      if (v.matches("\\d{4}")) {
        return end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw NamndkollException.badUsage(option + " takes a date (YYYY-MM-DD) or a year, not '" + value + "'");
    }
  }
}
