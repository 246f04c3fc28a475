package se.namndkoll.index;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.ingest.extract.FileProblems;
import se.namndkoll.ingest.extract.OcrActivity;
import se.namndkoll.model.ScannedPages;
import se.namndkoll.model.Document;
import se.namndkoll.model.Personnummer;
import se.namndkoll.model.Reading;

/**
 * Fills the archive: reads every document under the paths on two cores and indexes it. A file whose
 * content is unchanged since it was indexed is skipped, a changed one replaces its old entries. A
 * file or folder that cannot be read is recorded with its reason and never stops the run; its earlier
 * entries, if any, are kept. The index is committed as the run goes, so a crash or a kill loses at
 * most the last few files; a rebuild commits once, at the end.
 */
public final class IngestService {

  private static final int COMMIT_EVERY_FILES = 25;
  private static final Duration COMMIT_EVERY = Duration.ofSeconds(10);

  private final DocumentReader reader;

  public IngestService(DocumentReader reader) {
    this.reader = reader;
  }

  /** How one file went. */
  public sealed interface Outcome permits Ingested, Skipped, Failed {
    String source();

    int pages();
  }

  /** Read and indexed; {@code scanned} its pages of images only, read by OCR or not. */
  public record Ingested(String source, int pages, int arenden, ScannedPages scanned) implements Outcome {}

  /** Unchanged since it was indexed. */
  public record Skipped(String source, int pages) implements Outcome {}

  /** Could not be read; the reason says why. */
  public record Failed(String source, String reason) implements Outcome {
    @Override
    public int pages() {
      return 0;
    }
  }

  /** Hears how the run goes, for a progress bar or log lines. */
  public interface Listener {
    default void started(int files) {}

    default void done(Outcome outcome) {}

    /** Scanned pages OCR has been given and finished in this run; heard about once a second while they change. */
    default void ocr(OcrActivity.Count pages) {}
  }

  /**
   * Reads and indexes the documents under the paths. A folder or file the walk cannot read is a
   * failure like a file that cannot be parsed. With {@code rebuild} the new index is built beside
   * the old one and takes its place in one commit at the end: until then every reader sees the old
   * archive whole, and a run that stops (an error, a kill) leaves it as it was.
   */
  public IngestSummary ingest(List<Path> paths, Path indexDir, boolean rebuild, int threads, Listener listener) {
    return ingest(paths, () -> ArchiveIndex.forWriting(indexDir, rebuild), rebuild, threads, listener);
  }

  /** Opens the store an ingest writes to, once the paths are known to be readable. */
  public interface StoreOpener {
    ArchiveStore open();
  }

  /** Reads and stores the documents under the paths in the store the opener opens, as above. */
  public IngestSummary ingest(List<Path> paths, StoreOpener store, boolean rebuild, int threads, Listener listener) {
    ArchiveFiles.Listing listing = ArchiveFiles.list(paths);
    List<Path> files = listing.files();
    long start = System.nanoTime();
    List<Outcome> outcomes = new ArrayList<>();
    try (ArchiveStore index = store.open()) {
      boolean finished = false;
      try {
        Map<String, String> known = rebuild ? Map.of() : index.fileHashes();
        listener.started(files.size() + listing.skipped().size());
        forgetStaleFailures(paths, listing, index, known);
        for (ArchiveFiles.Skipped skipped : listing.skipped()) {
          Outcome outcome = failed(skipped.path(), skipped.reason(), UNREAD, index, known);
          outcomes.add(outcome);
          listener.done(outcome);
        }
        try (OcrTicker ticker = new OcrTicker(listener)) {
          readAll(files, index, known, rebuild, threads, listener, outcomes);
        }
        index.commit();
        finished = true;
      } finally {
        if (!finished && rebuild) {
          index.rollback();
        }
      }
    }
    return IngestSummary.of(outcomes, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The hash recorded for a file or folder that could not be read at all: never the hash of content. */
  private static final String UNREAD = "";

  private void readAll(List<Path> files, ArchiveStore index, Map<String, String> known, boolean rebuild, int threads,
      Listener listener, List<Outcome> outcomes) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "namndkoll-ingest");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
      for (Path file : files) {
        done.submit(() -> one(file, index, known));
      }
      long lastCommit = System.nanoTime();
      int sinceCommit = 0;
      for (int i = 0; i < files.size(); i++) {
        Outcome outcome = take(done);
        outcomes.add(outcome);
        listener.done(outcome);
        sinceCommit++;
        // a rebuild commits once, at the end: the old archive stays whole until the new one is
        if (!rebuild && (sinceCommit >= COMMIT_EVERY_FILES || System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos())) {
          index.commit();
          lastCommit = System.nanoTime();
          sinceCommit = 0;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A file or folder under a walked path that could not be read at all before, and that this walk
   * neither skipped nor found as a file, is mended or gone: its failure is forgotten.
   */
  private static void forgetStaleFailures(List<Path> paths, ArchiveFiles.Listing listing, ArchiveStore index,
      Map<String, String> known) {
    Set<String> current = new HashSet<>();
    listing.files().forEach(f -> current.add(key(f)));
    listing.skipped().forEach(s -> current.add(key(s.path())));
    List<String> roots = paths.stream().filter(Files::isDirectory).map(p -> key(p) + File.separator).toList();
    known.forEach((key, hash) -> {
      if (UNREAD.equals(hash) && !current.contains(key) && roots.stream().anyMatch(key::startsWith)) {
        index.replace(key, List.of());
      }
    });
  }

  private static Outcome take(CompletionService<Outcome> done) {
    try {
      return done.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NamndkollException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("ingest failed unexpectedly", e.getCause());
    }
  }

  private Outcome one(Path file, ArchiveStore index, Map<String, String> known) {
    String source = file.toString();
    String hash;
    try {
      hash = sha256(file);
    } catch (IOException e) {
      return failed(file, FileProblems.file(e), UNREAD, index, known);
    }
    String key = key(file);
    if (hash.equals(known.get(key))) {
      return new Skipped(source, 0);
    }
    Reading reading = reader.reading(file);
    if (reading instanceof Reading.Unreadable failed) {
      return failed(file, failed.reason(), hash, index, known);
    }
    Document doc = ((Reading.Parsed) reading).document();
    index.replace(key, DocumentIndexer.documents(key, source, hash, doc));
    return new Ingested(source, Math.max(1, doc.pageCount()), doc.arenden().size(), doc.scanned());
  }

  /**
   * A file or folder that could not be read: recorded in the index with its reason, so that a check
   * of the archive reports it, unless the index holds what was read of it before (kept, not lost).
   */
  private static Failed failed(Path path, String reason, String hash, ArchiveStore index, Map<String, String> known) {
    String key = key(path);
    String oneLine = reason.replaceAll("[\\r\\n]+", " ").strip();
    String before = known.get(key);
    if (before == null || before.equals(UNREAD)) {
      index.replace(key, List.of(DocumentIndexer.failed(key, path.toString(), hash, oneLine)));
    }
    return new Failed(path.toString(), oneLine);
  }

  /**
   * The identity of a file in the index: its absolute, normalised path, a personnummer in it masked
   * as everything the archive keeps.
   */
  static String key(Path file) {
    return Personnummer.mask(file.toAbsolutePath().normalize().toString());
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[64 * 1024];
      while (in.read(buf) >= 0) {
        // reading feeds the digest
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tells the listener how the run's OCR goes, once a second while it goes on. */
  private static final class OcrTicker implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "namndkoll-ocr-progress");
      t.setDaemon(true);
      return t;
    });
    private final OcrActivity.Count start = OcrActivity.now();
    private final Listener listener;
    private OcrActivity.Count last = new OcrActivity.Count(0, 0);

    OcrTicker(Listener listener) {
      this.listener = listener;
      timer.scheduleAtFixedRate(this::tell, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void tell() {
      OcrActivity.Count now = OcrActivity.now().since(start);
      if (now.wanted() > 0 && !now.equals(last)) {
        last = now;
        listener.ocr(now);
      }
    }

    @Override
    public void close() {
      timer.shutdownNow();
      tell();
    }
  }
}
