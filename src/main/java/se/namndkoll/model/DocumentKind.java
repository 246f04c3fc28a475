package se.namndkoll.model;

import java.util.Locale;

/** What a whole document is. */
public enum DocumentKind {
  KALLELSE,
  PROTOKOLL,
  PROTOKOLLSUTDRAG,
  SKRIVELSE,
  BUDGET,
  OTHER;

  /** The name used in JSON and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
