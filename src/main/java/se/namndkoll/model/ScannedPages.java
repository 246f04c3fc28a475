package se.namndkoll.model;

import java.util.List;

/**
 * The pages of a document that are images only (a scan without a text layer): those recognised by
 * OCR, with the mean confidence of their words, and those that could not be read, with why. A
 * quote from a recognised page may hold misreads; an unread page was not checked at all.
 *
 * @param recognised pages whose text came from OCR, 1-based
 * @param confidence the mean confidence of the recognised words, 0–100; 0 when none were
 * @param unread pages of images only that gave no text
 * @param reason why the unread pages were not read, in Swedish; empty when there are none
 */
public record ScannedPages(List<Integer> recognised, double confidence, List<Integer> unread, String reason) {

  /** A document with no page of images only. */
  public static final ScannedPages NONE = new ScannedPages(List.of(), 0, List.of(), "");

  public ScannedPages {
    recognised = List.copyOf(recognised);
    unread = List.copyOf(unread);
    reason = reason == null ? "" : reason;
  }

  public boolean any() {
    return !recognised.isEmpty() || !unread.isEmpty();
  }

  /** True when OCR read any page from {@code first} to {@code last}; false where either is unknown. */
  public boolean recognisedBetween(Integer first, Integer last) {
    return first != null && last != null && recognised.stream().anyMatch(p -> p >= first && p <= last);
  }
}
