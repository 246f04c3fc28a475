package se.namndkoll.rules.facts;

import java.time.LocalDate;

/**
 * A meeting of a nämnd (not of an utskott), with all the archive holds of it: its kallelse, its
 * protocol.
 *
 * @param ordinal the meeting's place among the nämnd's meetings in the archive, from 0
 * @param hasAgenda a kallelse or protocol of it lists its items
 * @param reportsDelegation its agenda or protocol has an item reporting delegation decisions
 */
public record NamndMeeting(
    String source,
    String namnd,
    LocalDate meetingDate,
    int ordinal,
    boolean hasAgenda,
    boolean reportsDelegation,
    Integer page,
    Integer line,
    String evidence)
    implements Subject {

  @Override
  public String dnr() {
    return null;
  }

  @Override
  public String title() {
    return "Sammanträde " + meetingDate;
  }

  @Override
  public LocalDate date() {
    return meetingDate;
  }
}
