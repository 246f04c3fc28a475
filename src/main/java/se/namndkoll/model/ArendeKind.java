package se.namndkoll.model;

import java.util.Locale;

/** What an ärende is. */
public enum ArendeKind {
  /** A tjänsteskrivelse or nämndskrivelse: a proposed decision with its sections. */
  SKRIVELSE,
  /** A report of decisions taken on delegation. */
  DELEGATIONSBESLUT,
  /** Items reported to the nämnd for its information. */
  ANMALNINGSARENDEN,
  /** A matter raised by a member or party group, or the answer to one. */
  INITIATIVARENDE,
  /** A paragraph (§) of a protocol. */
  PROTOKOLLSPARAGRAF,
  /** A decision document of another body, or a political counter-proposal. */
  OTHER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
