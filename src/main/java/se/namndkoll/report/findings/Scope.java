package se.namndkoll.report.findings;

import java.time.LocalDate;
import java.util.List;

/**
 * What a check covered, as a report names it to its reader: the kommun, the nämnder and the period
 * of their meetings, the documents read and those that could not be read, the rules and policy used
 * (with a hash of the rules folder, so that a later reader can tell whether the rules have changed),
 * who ran it, and the revisor's own conclusions. Every part may be unknown ({@code null} or empty);
 * a report then leaves it out or says so.
 *
 * @param kommun the kommun the documents are of, or {@code null}
 * @param namnder the nämnder (and utskott) whose meetings the documents are for, in Swedish order
 * @param firstMeeting the first meeting date of the documents, or {@code null}
 * @param lastMeeting the last meeting date, or {@code null}
 * @param documents the documents read, each with its nämnd, meeting and kind
 * @param failed the files that could not be read, each with its reason
 * @param rulesFolder the rules folder as named ("rules"), or {@code null}
 * @param rulesHash the SHA-256 of the rules folder's rule and policy files, or {@code null}
 * @param policy what the policy decided beyond the rules' own words (a kommun profile, rules
 *     switched off), one line each
 * @param ranBy who ran the check, or {@code null}
 * @param conclusions the revisor's own conclusions, paragraphs separated by blank lines, or
 *     {@code null}
 * @param toolVersion the version of namndkoll that wrote the report, or {@code null}
 * @param informationUri the address where namndkoll is published, or {@code null}
 * @param referenceUri the address of the published rules reference (RULES.md), whose sections are
 *     named by the rule ids in lower case, or {@code null}
 */
public record Scope(
    String kommun,
    List<String> namnder,
    LocalDate firstMeeting,
    LocalDate lastMeeting,
    List<DocumentRead> documents,
    List<FileFailed> failed,
    String rulesFolder,
    String rulesHash,
    List<String> policy,
    String ranBy,
    String conclusions,
    String toolVersion,
    String informationUri,
    String referenceUri) {

  /** Nothing known. */
  public static final Scope NONE =
      new Scope(null, List.of(), null, null, List.of(), List.of(), null, null, List.of(), null, null, null, null, null);

  /** A document that was read: its file, nämnd, meeting date and kind (each may be unknown). */
  public record DocumentRead(String source, String namnd, LocalDate meetingDate, String kind) {}

  /** A file that could not be read, and why. */
  public record FileFailed(String source, String reason) {}

  public Scope {
    namnder = namnder == null ? List.of() : List.copyOf(namnder);
    documents = documents == null ? List.of() : List.copyOf(documents);
    failed = failed == null ? List.of() : List.copyOf(failed);
    policy = policy == null ? List.of() : List.copyOf(policy);
    conclusions = conclusions == null || conclusions.isBlank() ? null : conclusions.strip();
  }

  public Scope withConclusions(String text) {
    return new Scope(kommun, namnder, firstMeeting, lastMeeting, documents, failed, rulesFolder, rulesHash, policy,
        ranBy, text, toolVersion, informationUri, referenceUri);
  }

  public Scope withRanBy(String who) {
    return new Scope(kommun, namnder, firstMeeting, lastMeeting, documents, failed, rulesFolder, rulesHash, policy,
        who, conclusions, toolVersion, informationUri, referenceUri);
  }

  public Scope withRules(String folder, String hash, List<String> policyNotes) {
    return new Scope(kommun, namnder, firstMeeting, lastMeeting, documents, failed, folder, hash, policyNotes, ranBy,
        conclusions, toolVersion, informationUri, referenceUri);
  }

  public Scope withTool(String version, String information, String reference) {
    return new Scope(kommun, namnder, firstMeeting, lastMeeting, documents, failed, rulesFolder, rulesHash, policy,
        ranBy, conclusions, version, information, reference);
  }

  /** The address of a rule's section in the rules reference, or {@code null} when none is published. */
  public String ruleUri(String ruleId) {
    return referenceUri == null ? null : referenceUri + "#" + ruleId.toLowerCase(java.util.Locale.ROOT);
  }
}
