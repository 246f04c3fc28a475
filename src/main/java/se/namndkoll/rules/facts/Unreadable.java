package se.namndkoll.rules.facts;

import java.time.LocalDate;

/** A file that could not be read, and why. */
public record Unreadable(String source, String reason) implements Subject {

  @Override
  public String namnd() {
    return null;
  }

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
    return null;
  }

  @Override
  public Integer page() {
    return null;
  }

  @Override
  public Integer line() {
    return null;
  }

  @Override
  public String evidence() {
    return reason;
  }
}
