package se.namndkoll.model;

/**
 * A section of a decision document.
 *
 * @param kind what the section is
 * @param heading the heading as written
 * @param text the section's text, lines joined by newlines, without the heading
 * @param location where the heading and text sit
 */
public record Section(SectionKind kind, String heading, String text, Location location) {

  public Section {
    if (kind == null || heading == null || text == null || location == null) {
      throw new IllegalArgumentException("section parts must not be null");
    }
  }
}
