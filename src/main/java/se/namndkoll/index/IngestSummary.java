package se.namndkoll.index;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How an ingest went: files read, skipped as unchanged, failed (each with its reason), ärenden
 * indexed, pages read and the time it took.
 */
public record IngestSummary(
    int read, int skipped, List<IngestService.Failed> failed, int arenden, int pages, Duration time) {

  public IngestSummary {
    failed = List.copyOf(failed);
  }

  static IngestSummary of(List<IngestService.Outcome> outcomes, Duration time) {
    int read = 0;
    int skipped = 0;
    int arenden = 0;
    int pages = 0;
    List<IngestService.Failed> failed = new ArrayList<>();
    for (IngestService.Outcome o : outcomes) {
      if (o instanceof IngestService.Ingested i) {
        read++;
        arenden += i.arenden();
        pages += i.pages();
      } else if (o instanceof IngestService.Skipped) {
        skipped++;
      } else if (o instanceof IngestService.Failed f) {
        failed.add(f);
      }
    }
    failed.sort(Comparator.comparing(IngestService.Failed::source));
    return new IngestSummary(read, skipped, failed, arenden, pages, time);
  }

  public double pagesPerSecond() {
    double s = time.toMillis() / 1000.0;
    return s <= 0 ? 0 : pages / s;
  }
}
