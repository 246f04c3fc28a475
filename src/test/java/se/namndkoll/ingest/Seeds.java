package se.namndkoll.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import se.namndkoll.ingest.extract.ExtractedText;
import se.namndkoll.ingest.extract.RawLine;
import se.namndkoll.ingest.normalise.Normaliser;
import se.namndkoll.ingest.segment.Segmenter;
import se.namndkoll.model.Document;

/** The real seed documents and their labels, read from the shared folder beside the project. */
public final class Seeds {

  private Seeds() {}

  public static Path dir() {
    String configured = System.getProperty("namndkoll.shared", System.getenv("NAMNDKOLL_SHARED"));
    Path base = configured != null ? Path.of(configured) : Path.of("..", "shared");
    return base.toAbsolutePath().normalize();
  }

  public static Path seeds() {
    return dir().resolve("seeds");
  }

  public static Path labels() {
    return dir().resolve("labels");
  }

  /** Whether the seeds and their labels are beside the project. */
  public static boolean present() {
    return Files.isDirectory(seeds()) && Files.isDirectory(labels());
  }

  /**
   * Skips the calling test, with the reason, when the seeds are not beside the project (a clone
   * with nothing beside it): called before each test, so that each is reported as skipped.
   */
  public static void assumePresent() {
    Assumptions.assumeTrue(present(), () -> "skipped: the real seed documents and their labels are not in " + dir()
        + " (set -Dnamndkoll.shared=DIR to read them elsewhere)");
  }

  /** Skips the calling test, with the reason, when the seed documents are not beside the project. */
  public static void assumeSeeds() {
    Assumptions.assumeTrue(Files.isDirectory(seeds()), () -> "skipped: the real seed documents are not in " + seeds()
        + " (set -Dnamndkoll.shared=DIR to read them elsewhere)");
  }

  /** Skips the calling test, with the reason, when the development set of real documents is absent. */
  public static void assumeRealDocuments() {
    Assumptions.assumeTrue(Files.isDirectory(dir().resolve("real")), () -> "skipped: the development set of real "
        + "documents is not in " + dir().resolve("real") + " (set -Dnamndkoll.shared=DIR to read it elsewhere)");
  }

  public static List<Path> seedFiles() {
    try (Stream<Path> s = Files.list(seeds())) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed's lines as a plain-text extraction would give them. */
  public static ExtractedText text(Path seed) {
    try {
      List<RawLine> lines = new ArrayList<>();
      for (String l : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
        lines.add(RawLine.of(l, 0));
      }
      return new ExtractedText("text/plain", 0, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document parse(Path seed) {
    ExtractedText text = text(seed);
    return new Segmenter().segment(seed.getFileName().toString(), text.mediaType(), text.pageCount(),
        new Normaliser().normalise(text));
  }
}
