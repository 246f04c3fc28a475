package se.namndkoll.ingest.extract;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the program's OCR has come since it started: the scanned pages handed to it and those it
 * has finished, read or not. OCR runs on threads shared by every file being read, so that one count
 * is what a progress bar of a scanned archive shows, page by page within a long scan.
 */
public final class OcrActivity {

  /** The pages wanted and those finished, at one moment. */
  public record Count(long wanted, long finished) {
    public Count since(Count earlier) {
      return new Count(wanted - earlier.wanted, finished - earlier.finished);
    }
  }

  private static final AtomicLong WANTED = new AtomicLong();
  private static final AtomicLong FINISHED = new AtomicLong();

  private OcrActivity() {}

  public static Count now() {
    long finished = FINISHED.get();
    return new Count(WANTED.get(), finished);
  }

  static void wanted(int pages) {
    WANTED.addAndGet(pages);
  }

  static void finished() {
    FINISHED.incrementAndGet();
  }
}
