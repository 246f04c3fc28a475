package se.namndkoll.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;
import se.namndkoll.model.Personnummer;

/**
 * Fills the archive: reads every document under the paths on two cores and indexes it. A file whose
 * content is unchanged since it was indexed is skipped, a changed one replaces its old entries. A
 * file that cannot be read is recorded with its reason and never stops the run; its earlier entries,
 * if any, are kept. The index is committed as the run goes, so a crash or a kill loses at most the
 * last few files.
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

  /** Read and indexed. */
  public record Ingested(String source, int pages, int arenden) implements Outcome {}

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
  }

  /** Reads and indexes the documents under the paths. */
  public IngestSummary ingest(List<Path> paths, Path indexDir, boolean rebuild, int threads, Listener listener) {
    List<Path> files = ArchiveFiles.under(paths);
    long start = System.nanoTime();
    List<Outcome> outcomes = new ArrayList<>();
    try (ArchiveIndex index = ArchiveIndex.forWriting(indexDir, rebuild)) {
      Map<String, String> known = rebuild ? Map.of() : index.fileHashes();
      listener.started(files.size());
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
          if (sinceCommit >= COMMIT_EVERY_FILES || System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
            index.commit();
            lastCommit = System.nanoTime();
            sinceCommit = 0;
          }
        }
        index.commit();
      } finally {
        pool.shutdownNow();
      }
    }
    return IngestSummary.of(outcomes, Duration.ofNanos(System.nanoTime() - start));
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

  private Outcome one(Path file, ArchiveIndex index, Map<String, String> known) {
    String source = file.toString();
    String key = key(file);
    String hash;
    try {
      hash = sha256(file);
    } catch (IOException e) {
      return new Failed(source, "cannot read the file (" + e.getMessage() + ")");
    }
    if (hash.equals(known.get(key))) {
      return new Skipped(source, 0);
    }
    try {
      Document doc = reader.read(file);
      index.replace(key, DocumentIndexer.documents(key, source, hash, doc));
      return new Ingested(source, Math.max(1, doc.pageCount()), doc.arenden().size());
    } catch (NamndkollException e) {
      String reason = e.getMessage().startsWith(source + ": ") ? e.getMessage().substring(source.length() + 2) : e.getMessage();
      if (!known.containsKey(key)) {
        index.replace(key, List.of(DocumentIndexer.failed(key, source, hash, reason)));
      }
      return new Failed(source, reason);
    } catch (RuntimeException | StackOverflowError e) {
      return new Failed(source, "unreadable: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse("")));
    }
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
}
