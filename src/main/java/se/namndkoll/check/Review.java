package se.namndkoll.check;

import java.time.LocalDate;

/**
 * A revisor's review of one finding: the finding's fingerprint, enough to recognise it by eye (rule,
 * Dnr, title), the comment, who and when.
 *
 * @param fingerprint the finding's {@link se.namndkoll.model.Finding#fingerprint() fingerprint}
 * @param rule the finding's rule id, for people reading the file
 * @param dnr the finding's Dnr, or {@code null}
 * @param title the finding's title, or {@code null}
 * @param comment why the finding needs no further action
 * @param reviewer who reviewed it
 * @param date when
 */
public record Review(
    String fingerprint, String rule, String dnr, String title, String comment, String reviewer, LocalDate date) {

  public Review {
    if (fingerprint == null || fingerprint.isBlank()) {
      throw new IllegalArgumentException("a review needs the finding's fingerprint");
    }
    if (comment == null || comment.isBlank() || reviewer == null || reviewer.isBlank() || date == null) {
      throw new IllegalArgumentException("a review needs a comment, a reviewer and a date");
    }
    fingerprint = fingerprint.strip();
  }
}
