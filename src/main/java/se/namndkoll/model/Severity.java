package se.namndkoll.model;

import java.util.Locale;
import java.util.Optional;

/** How grave a finding is, least first. */
public enum Severity {
  /** Worth knowing, not a defect. */
  INFO,
  /** A likely breach, or something a revisor should look at. */
  WARNING,
  /** A clear breach. */
  ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity named ("error", "Warning"), if it is one. */
  public static Optional<Severity> of(String name) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
