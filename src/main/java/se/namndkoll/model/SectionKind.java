package se.namndkoll.model;

import java.util.Locale;

/** The named sections of a decision document. */
public enum SectionKind {
  BESLUT,
  SAMMANFATTNING,
  ARENDET,
  BARNKONSEKVENSANALYS,
  BESLUTSUNDERLAG,
  SAMVERKAN,
  EXPEDIERAS,
  SIGNATURES,
  PROTOKOLLSANTECKNING,
  RESERVATION,
  DELTAGANDE,
  JAV,
  /** Any other heading of the decision document (Förvaltningens bedömning, Ekonomi …). */
  OTHER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
