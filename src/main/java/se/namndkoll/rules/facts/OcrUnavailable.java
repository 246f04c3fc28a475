package se.namndkoll.rules.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.namndkoll.model.Document;

/**
 * A document with pages of images only (scans without a text layer) that OCR did not read: no
 * Tesseract, no Swedish model, a page it could not recognise or the file's time limit. Nothing on
 * those pages was checked; this says so, once per document, with the pages and why.
 *
 * @param pages the pages not read, 1-based
 * @param reason why, in Swedish
 */
public record OcrUnavailable(String source, String namnd, LocalDate meetingDate, List<Integer> pages, String reason)
    implements DocumentWide {

  public OcrUnavailable {
    pages = List.copyOf(pages);
  }

  static Optional<OcrUnavailable> of(Document d, String namnd, LocalDate meetingDate) {
    return d.scanned().unread().isEmpty() ? Optional.empty()
        : Optional.of(new OcrUnavailable(d.source(), namnd, meetingDate, d.scanned().unread(), d.scanned().reason()));
  }

  /** "sidan 3", "sidorna 2, 3 och 5". */
  public String pagesSaid() {
    if (pages.size() == 1) {
      return "sidan " + pages.get(0);
    }
    String all = pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return "sidorna " + all.substring(0, last) + " och " + all.substring(last + 2);
  }

  @Override
  public String evidence() {
    return pagesSaid() + ": " + reason;
  }
}
