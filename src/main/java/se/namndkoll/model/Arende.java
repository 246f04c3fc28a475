package se.namndkoll.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One ärende: a matter with its decision document (tjänsteskrivelse, protocol paragraph,
 * delegation list) and what is attached to it.
 *
 * @param dnr the registry number: the document's own, or the agenda's where the document lacks
 *     one; {@code null} when neither gives it
 * @param dnrSource where {@code dnr} came from
 * @param title the title (rubrik)
 * @param kind what the ärende is
 * @param sekretess covered by secrecy (marked so in its title or on the agenda, said so in its own
 *     text, or in a document secret whole, see {@link Sekretess}): its content is not public, and it
 *     gets no section findings
 * @param standing a standing item (upprop, justering, övriga frågor) rather than a matter
 * @param namnd the body whose decision it is ("Sociala omsorgsnämnden"), as the decision heading
 *     names it; {@code null} when the heading names none
 * @param agendaNo the number of the agenda item it belongs to, or {@code null}
 * @param paragraph the protocol paragraph ("§ 16"), or {@code null}
 * @param handlaggare the case officer, or {@code null}
 * @param date the date of the document, or {@code null}
 * @param sections the sections in order; a heading with no content is left out
 * @param beslutsunderlag the documents listed under Beslutsunderlag
 * @param expedierasTill who receives the decision, as listed
 * @param samverkanDate the date of the consultation with the unions, or {@code null}
 * @param signatories the names the document ends with
 * @param attachments reports and letters that follow the decision document
 * @param location where the decision document sits, attachments excluded
 */
public record Arende(
    Dnr dnr,
    DnrSource dnrSource,
    String title,
    ArendeKind kind,
    boolean sekretess,
    boolean standing,
    String namnd,
    Integer agendaNo,
    String paragraph,
    String handlaggare,
    LocalDate date,
    List<Section> sections,
    List<String> beslutsunderlag,
    List<String> expedierasTill,
    LocalDate samverkanDate,
    List<Signatory> signatories,
    List<Attachment> attachments,
    Location location) {

  /** Where an ärende's registry number was found. */
  public enum DnrSource {
    DOCUMENT,
    AGENDA,
    NONE
  }

  public Arende {
    sections = List.copyOf(sections);
    beslutsunderlag = List.copyOf(beslutsunderlag);
    expedierasTill = List.copyOf(expedierasTill);
    signatories = List.copyOf(signatories);
    attachments = List.copyOf(attachments);
  }

  public boolean has(SectionKind kind) {
    return sections.stream().anyMatch(s -> s.kind() == kind);
  }

  public Optional<Section> section(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** The same ärende, covered by secrecy. */
  public Arende asSecret() {
    return new Arende(dnr, dnrSource, title, kind, true, standing, namnd, agendaNo, paragraph, handlaggare, date,
        sections, beslutsunderlag, expedierasTill, samverkanDate, signatories, attachments, location);
  }

  /** The normalised registry number, or {@code null}. */
  public String dnrNormalised() {
    return dnr == null ? null : dnr.normalised();
  }
}
