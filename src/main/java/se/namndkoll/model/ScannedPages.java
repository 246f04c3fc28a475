package se.namndkoll.model;

import java.util.List;

/**
 * The pages of a document that are scans: images only, or an image under a text layer so poor
 * (a publisher's OCR) that it was read again. Those recognised by OCR, with the mean confidence of
 * their words, and those that could not be read, with why. A quote from a recognised page may hold
 * misreads; an unread page was not checked at all, or only through its poor layer.
 *
 * @param recognised pages whose text came from OCR, 1-based
 * @param confidence the mean confidence of the recognised words, 0–100; 0 when none were
 * @param unread pages of images only that gave no text, and scans with a poor layer OCR could not read again
 * @param reason why the unread pages were not read, in Swedish; empty when there are none
 * @param poorLayer scans whose own text layer was too poor to trust (mostly not Swedish words); those
 *     also recognised had it replaced by OCR's reading
 * @param pageConfidence the mean confidence of each recognised page's words, in the order of
 *     {@code recognised}; empty where it is not known
 */
public record ScannedPages(List<Integer> recognised, double confidence, List<Integer> unread, String reason,
    List<Integer> poorLayer, List<Double> pageConfidence) {

  /** A document with no page of images only. */
  public static final ScannedPages NONE = new ScannedPages(List.of(), 0, List.of(), "", List.of(), List.of());

  public ScannedPages {
    recognised = List.copyOf(recognised);
    unread = List.copyOf(unread);
    reason = reason == null ? "" : reason;
    // an index written before the poor layers were judged stores none
    poorLayer = poorLayer == null ? List.of() : List.copyOf(poorLayer);
    pageConfidence = pageConfidence == null || pageConfidence.size() != recognised.size() ? List.of()
        : List.copyOf(pageConfidence);
  }

  /** Scans of images only, none with a layer of its own. */
  public ScannedPages(List<Integer> recognised, double confidence, List<Integer> unread, String reason) {
    this(recognised, confidence, unread, reason, List.of(), List.of());
  }

  /** The mean confidence of the words OCR read on the page; {@code null} where it read none or it is not known. */
  public Double confidenceOf(int page) {
    int i = recognised.indexOf(page);
    return i < 0 || pageConfidence.isEmpty() ? null : pageConfidence.get(i);
  }

  public boolean any() {
    return !recognised.isEmpty() || !unread.isEmpty() || !poorLayer.isEmpty();
  }

  /** True when OCR read any page from {@code first} to {@code last}; false where either is unknown. */
  public boolean recognisedBetween(Integer first, Integer last) {
    return first != null && last != null && recognised.stream().anyMatch(p -> p >= first && p <= last);
  }
}
