package se.namndkoll.rules.facts;

import java.time.LocalDate;

/**
 * An entry of a nämnd meeting's lists that reports a decision taken on delegation.
 *
 * @param meetingOrdinal the ordinal of the meeting ({@link NamndMeeting#ordinal()})
 * @param decider the key of who decided, as for {@link DelegationDecision#decider()}
 * @param decidedOn the date of the decision reported
 */
public record DelegationReport(
    String namnd, LocalDate meetingDate, int meetingOrdinal, String decider, LocalDate decidedOn, String text) {}
