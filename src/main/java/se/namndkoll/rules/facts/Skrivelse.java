package se.namndkoll.rules.facts;

import java.util.Objects;
import java.util.Set;
import se.namndkoll.model.Dnr;

/**
 * A decision document of one ärende (tjänsteskrivelse, nämndskrivelse, protocol paragraph, list),
 * with what the section rules look at. Standing and sekretess items are never facts.
 *
 * @param kind the ärende's kind ("skrivelse", "protokollsparagraf", "initiativarende",
 *     "delegationsbeslut", "anmalningsarenden", "other")
 * @param sections the ids of the sections it has ("beslut", "barnkonsekvensanalys" …)
 * @param bkaPolicy the nämnd's policy: "required", "when-children" or "off"
 * @param concernsChildren the text speaks of children or young people as the policy's words say
 * @param bkaReasoned the barnkonsekvensanalys gives grounds, not only "ej aktuellt"
 * @param recipients how many receive the decision under "Beslutet expedieras till"
 * @param filedOnly the decision only files the matter ("läggs till handlingarna"), needing no
 *     expediering
 * @param signed the document ends with names (ordförande, förvaltningschef)
 * @param documentDnr the Dnr the document itself gives, as shown ({@link Dnr#normalised}), or
 *     {@code null}
 * @param agendaDnr the Dnr the agenda gives the same item, as shown, or {@code null}
 * @param ownBody the decision is the meeting's own body's (not a KF or KS decision in the package)
 * @param expected the sections a decision of this document is expected to have: those the policy
 *     requires, and those most decisions of the same document (or, for a document of one decision,
 *     of the whole sweep) carry; a section outside it is no finding when missing
 */
public record Skrivelse(
    About about,
    String kind,
    String documentKind,
    Set<String> sections,
    String bkaPolicy,
    boolean concernsChildren,
    boolean bkaReasoned,
    String bkaText,
    int recipients,
    boolean filedOnly,
    boolean signed,
    String documentDnr,
    String agendaDnr,
    boolean ownBody,
    Set<String> expected)
    implements AboutFact {

  public Skrivelse {
    sections = Set.copyOf(sections);
    expected = Set.copyOf(expected);
  }

  /** True when a decision of this document is expected to have the section ("expedieras"). */
  public boolean expects(String section) {
    return expected.contains(section);
  }

  /** The same decision document, expected to have other sections. */
  public Skrivelse withExpected(Set<String> sectionsExpected) {
    return new Skrivelse(about, kind, documentKind, sections,
        bkaPolicy, concernsChildren, bkaReasoned, bkaText, recipients, filedOnly, signed, documentDnr, agendaDnr,
        ownBody, sectionsExpected);
  }

  /**
   * A decision that asks something of someone (not one that only files or notes the matter, nor a
   * list reported to the nämnd): the decisions whose sections make a document's practice.
   */
  public boolean isRealDecision() {
    return has("beslut") && !filedOnly && !isList();
  }

  /** True when the agenda and the document give the same Dnr, however each writes it. */
  public boolean dnrAgrees() {
    return Objects.equals(Dnr.keyOf(documentDnr), Dnr.keyOf(agendaDnr));
  }

  /** True when the document has the section ("barnkonsekvensanalys"). */
  public boolean has(String section) {
    return sections.contains(section);
  }

  /** A protocol paragraph, signed once for the whole protocol rather than on its own. */
  public boolean isParagraph() {
    return "protokollsparagraf".equals(kind) || "protokoll".equals(documentKind)
        || "protokollsutdrag".equals(documentKind);
  }

  /** A list of decisions reported to the nämnd (delegationsbeslut, anmälningsärenden). */
  public boolean isList() {
    return "delegationsbeslut".equals(kind) || "anmalningsarenden".equals(kind);
  }
}
