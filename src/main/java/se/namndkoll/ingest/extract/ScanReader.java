package se.namndkoll.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The scanned pages of one PDF read by OCR: each page rendered in turn (PDFBox's renderer is not
 * shared between threads) and recognised by Tesseract on the program's OCR threads, one per core
 * and shared by every file being read, so that one long scan uses every core and an ingest of many
 * never runs more Tesseracts than cores. At most as many rendered pages wait as there are threads.
 */
final class ScanReader {

  /** What OCR made of the pages. */
  record Result(Map<Integer, TesseractOcr.Page> recognised, List<Integer> unread, String reason) {}

  private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
  private static final ExecutorService OCR = Executors.newFixedThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "namndkoll-ocr");
    t.setDaemon(true);
    return t;
  });

  private final TesseractOcr ocr;
  private final int dpi;
  private final int speckArea;
  private final Duration pageLimit;
  private final Duration fileLimit;

  ScanReader(TesseractOcr ocr, int dpi, Duration pageLimit, Duration fileLimit) {
    this.ocr = ocr;
    this.dpi = dpi;
    // eight pixels at 300 dpi: smaller than the full stop of eight-point type
    this.speckArea = Math.max(1, Math.round(8f * dpi * dpi / (300f * 300f)));
    this.pageLimit = pageLimit;
    this.fileLimit = fileLimit;
  }

  private static void finished(AtomicBoolean page) {
    if (page.compareAndSet(false, true)) {
      OcrActivity.finished();
    }
  }

  Result read(PDDocument pdf, List<Integer> pages) {
    long deadline = System.nanoTime() + fileLimit.toNanos();
    OcrActivity.wanted(pages.size());
    // each page is counted finished once: when its OCR ends, or when it is given up
    Map<Integer, AtomicBoolean> counted = new ConcurrentHashMap<>();
    pages.forEach(p -> counted.put(p, new AtomicBoolean()));
    PDFRenderer renderer = new PDFRenderer(pdf);
    Semaphore waiting = new Semaphore(THREADS);
    Map<Integer, Future<TesseractOcr.Page>> running = new LinkedHashMap<>();
    Map<Integer, TesseractOcr.Page> recognised = new TreeMap<>();
    List<Integer> unread = new ArrayList<>();
    String reason = "";
    try {
      for (int p : pages) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !waiting.tryAcquire(left, TimeUnit.NANOSECONDS)) {
          break;
        }
        BufferedImage image;
        try {
          image = renderer.renderImageWithDPI(p - 1, dpi, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
          waiting.release();
          unread.add(p);
          reason = reason.isEmpty() ? "sidan kunde inte återges som bild: " + e.getMessage() : reason;
          continue;
        }
        running.put(p, OCR.submit(() -> {
          try {
            return ocr.recognise(Despeckle.clean(image, speckArea), pageLimit);
          } finally {
            waiting.release();
            finished(counted.get(p));
          }
        }));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (int p : pages) {
      Future<TesseractOcr.Page> f = running.get(p);
      if (f == null) {
        if (!unread.contains(p)) {
          unread.add(p);
          reason = reason.isEmpty() ? "OCR av filen nådde sin tidsgräns (" + fileLimit.toSeconds() + " s)" : reason;
        }
        continue;
      }
      try {
        TesseractOcr.Page page = f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (page.words() == 0) {
          unread.add(p);
          reason = reason.isEmpty() ? "OCR fann ingen text på sidan" : reason;
        } else {
          recognised.put(p, page);
        }
      } catch (TimeoutException e) {
        f.cancel(true);
        unread.add(p);
        reason = reason.isEmpty() ? "OCR av filen nådde sin tidsgräns (" + fileLimit.toSeconds() + " s)" : reason;
      } catch (ExecutionException e) {
        unread.add(p);
        Throwable cause = e.getCause();
        String what = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        reason = reason.isEmpty() ? "OCR misslyckades: " + what : reason;
      } catch (InterruptedException e) {
        running.values().forEach(x -> x.cancel(true));
        Thread.currentThread().interrupt();
        unread.add(p);
        reason = reason.isEmpty() ? "OCR avbröts" : reason;
      }
    }
    pages.forEach(p -> finished(counted.get(p)));
    unread.sort(null);
    return new Result(recognised, unread, reason);
  }
}
