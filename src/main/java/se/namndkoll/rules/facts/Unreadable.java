package se.namndkoll.rules.facts;

import java.time.LocalDate;

/** A file that could not be read, and why. */
public record Unreadable(String source, String reason) implements DocumentWide {

  @Override
  public String namnd() {
    return null;
  }

  @Override
  public LocalDate meetingDate() {
    return null;
  }

  @Override
  public String evidence() {
    return reason;
  }
}
