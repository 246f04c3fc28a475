package se.namndkoll.shell;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import se.namndkoll.index.IngestService;
import se.namndkoll.ingest.extract.OcrActivity;

/**
 * Shows an ingest's progress on standard error: a progress bar (files, pages/s, ETA) on a terminal,
 * a plain line every few seconds otherwise.
 */
final class IngestProgress implements IngestService.Listener, AutoCloseable {

  private static final Duration LOG_EVERY = Duration.ofSeconds(5);

  private final boolean terminal;
  private final PrintStream err;
  private final long start = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();
  private ProgressBar bar;
  private int total;
  private long lastLog = System.nanoTime();
  private long lastOcrLog = System.nanoTime();
  private volatile String ocr = "";

  IngestProgress(boolean terminal, PrintStream err) {
    this.terminal = terminal;
    this.err = err;
  }

  @Override
  public void started(int files) {
    total = files;
    if (terminal && files > 0) {
      bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).setUnit(" files", 1)
          .showSpeed().build();
    }
  }

  @Override
  public synchronized void done(IngestService.Outcome outcome) {
    int n = done.incrementAndGet();
    int p = pages.addAndGet(outcome.pages());
    double seconds = (System.nanoTime() - start) / 1e9;
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(String.format(Locale.ROOT, " %.0f pages/s%s", seconds > 0 ? p / seconds : 0, ocr));
    } else if (System.nanoTime() - lastLog > LOG_EVERY.toNanos() || n == total) {
      lastLog = System.nanoTime();
      double rate = seconds > 0 ? p / seconds : 0;
      long eta = n == 0 ? 0 : Math.round(seconds / n * (total - n));
      err.printf(Locale.ROOT, "ingest: %d/%d files, %.0f pages/s%s, about %d s left%n", n, total, rate, ocr, eta);
    }
  }

  /** Scanned pages are slow: OCR's own count shows that a long scan moves, page by page. */
  @Override
  public synchronized void ocr(OcrActivity.Count pages) {
    double seconds = (System.nanoTime() - start) / 1e9;
    ocr = String.format(Locale.ROOT, ", OCR %d/%d scanned pages (%.1f pages/s)", pages.finished(), pages.wanted(),
        seconds > 0 ? pages.finished() / seconds : 0);
    if (bar != null) {
      double rate = seconds > 0 ? this.pages.get() / seconds : 0;
      bar.setExtraMessage(String.format(Locale.ROOT, " %.0f pages/s%s", rate, ocr));
      bar.refresh();
    } else if (System.nanoTime() - lastOcrLog > LOG_EVERY.toNanos() && System.nanoTime() - lastLog > LOG_EVERY.toNanos()) {
      lastOcrLog = System.nanoTime();
      lastLog = lastOcrLog;
      err.printf(Locale.ROOT, "ingest: %d/%d files%s%n", done.get(), total, ocr);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
