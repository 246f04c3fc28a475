package se.namndkoll.rules.facts;

import java.time.LocalDate;

/** A fact whose shared fields are one {@link About}: what a rule reads of them is read there. */
public interface AboutFact extends Subject {

  About about();

  @Override
  default String source() {
    return about().source();
  }

  @Override
  default String namnd() {
    return about().namnd();
  }

  @Override
  default LocalDate meetingDate() {
    return about().meetingDate();
  }

  @Override
  default String dnr() {
    return about().dnr();
  }

  /** The Dnr as facts are matched by, the same however it is written, or {@code null}. */
  default String dnrKey() {
    return about().dnrKey();
  }

  @Override
  default String title() {
    return about().title();
  }

  @Override
  default Integer page() {
    return about().page();
  }

  @Override
  default Integer line() {
    return about().line();
  }

  @Override
  default String evidence() {
    return about().evidence();
  }
}
