package se.namndkoll.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How an ingest went: files read, skipped as unchanged, failed (each with its reason), ärenden
 * indexed, pages read and the time it took, and of the pages that are scans without text: how many
 * OCR read, how many it did not, and why (the first reason given).
 */
public record IngestSummary(
    int read, int skipped, List<IngestService.Failed> failed, int arenden, int pages, Duration time,
    int ocrPages, int unreadPages, String unreadReason) {

  public IngestSummary {
    failed = List.copyOf(failed);
    unreadReason = unreadReason == null ? "" : unreadReason;
  }

  public IngestSummary(int read, int skipped, List<IngestService.Failed> failed, int arenden, int pages, Duration time) {
    this(read, skipped, failed, arenden, pages, time, 0, 0, "");
  }

  static IngestSummary of(List<IngestService.Outcome> outcomes, Duration time) {
    int read = 0;
    int skipped = 0;
    int arenden = 0;
    int pages = 0;
    int ocrPages = 0;
    int unreadPages = 0;
    String unreadReason = "";
    List<IngestService.Failed> failed = new ArrayList<>();
    for (IngestService.Outcome o : outcomes) {
      if (o instanceof IngestService.Ingested i) {
        read++;
        arenden += i.arenden();
        pages += i.pages();
        ocrPages += i.scanned().recognised().size();
        unreadPages += i.scanned().unread().size();
        if (unreadReason.isEmpty() && !i.scanned().unread().isEmpty()) {
          unreadReason = i.scanned().reason();
        }
      } else if (o instanceof IngestService.Skipped) {
        skipped++;
      } else if (o instanceof IngestService.Failed f) {
        failed.add(f);
      }
    }
    failed.sort(Comparator.comparing(IngestService.Failed::source));
    return new IngestSummary(read, skipped, failed, arenden, pages, time, ocrPages, unreadPages, unreadReason);
  }

  public double pagesPerSecond() {
    double s = time.toMillis() / 1000.0;
    return s <= 0 ? 0 : pages / s;
  }
}
