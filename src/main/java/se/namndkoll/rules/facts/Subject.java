package se.namndkoll.rules.facts;

import java.time.LocalDate;

/**
 * What a finding points at: the document, the ärende (Dnr and title), the place and a short quote.
 * Every fact a rule can report on is one.
 */
public interface Subject {

  String source();

  String namnd();

  LocalDate meetingDate();

  /** The normalised Dnr, or {@code null} for what concerns no single ärende. */
  String dnr();

  String title();

  Integer page();

  Integer line();

  /** A short quote from the document. */
  String evidence();

  /** The date of what the finding concerns where there is no ärende, else {@code null}. */
  default LocalDate date() {
    return null;
  }
}
