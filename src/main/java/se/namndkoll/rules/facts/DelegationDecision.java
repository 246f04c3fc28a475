package se.namndkoll.rules.facts;

import java.time.LocalDate;

/**
 * A decision taken on delegation, to be reported to the nämnd: an utskott's protocol, an
 * ordförandebeslut, a decision listed as delegationsbeslut.
 *
 * @param namnd the nämnd it must be reported to
 * @param decidedBy who decided, as written ("Socialt utskott", "Ordförandebeslut")
 * @param decider the key a report of it is matched by ("socialt utskott", "ordforande")
 * @param decidedOn the date of the decision
 * @param origin "utskott", "ordforande" or "list"
 * @param nextMeeting the date of the nämnd's first meeting in the archive after the decision, or
 *     {@code null} when the archive holds none
 */
public record DelegationDecision(
    String source,
    String namnd,
    String decidedBy,
    String decider,
    LocalDate decidedOn,
    String origin,
    LocalDate nextMeeting,
    Integer page,
    Integer line,
    String evidence)
    implements Subject {

  @Override
  public LocalDate meetingDate() {
    return null;
  }

  @Override
  public String dnr() {
    return null;
  }

  @Override
  public String title() {
    return decidedBy + " " + decidedOn;
  }

  @Override
  public LocalDate date() {
    return decidedOn;
  }
}
