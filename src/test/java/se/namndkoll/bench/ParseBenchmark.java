package se.namndkoll.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.namndkoll.ingest.SeedRenderer;
import se.namndkoll.ingest.Seeds;

/**
 * Times the one-shot command a script runs, {@code java -jar target/namndkoll.jar parse FILE
 * --format json}, on a 200-page kallelse med handlingar, against the start-up of the same jar with
 * a command that reads nothing. Not a test; build the jar, then:
 *
 * <pre>
 * mvn -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * mvn -q test-compile
 * java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
 *     se.namndkoll.bench.ParseBenchmark [runs]
 * </pre>
 */
public final class ParseBenchmark {

  private static final int PAGES = 200;

  private ParseBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path dir = Files.createTempDirectory("namndkoll-bench");
    Path pdf = pdfOfAtLeast(dir, PAGES);
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      pages = doc.getNumberOfPages();
    }
    Path jar = Path.of("target/namndkoll.jar").toAbsolutePath();
    System.out.printf(Locale.ROOT, "document: %d pages, %d KiB%n", pages, Files.size(pdf) / 1024);
    List<Long> startUp = time(runs, dir, "java", "-jar", jar.toString(), "version");
    List<Long> parse = time(runs, dir, "java", "-jar", jar.toString(), "parse", pdf.toString(), "--format", "json");
    System.out.printf(Locale.ROOT, "start-up (version): median %d ms, all %s%n", median(startUp), startUp);
    System.out.printf(Locale.ROOT, "parse --format json: median %d ms, all %s%n", median(parse), parse);
  }

  /** The labelled seeds rendered to PDF one after the other until the document has enough pages. */
  public static Path pdfOfAtLeast(Path dir, int pages) throws IOException {
    StringBuilder text = new StringBuilder();
    Path out = dir.resolve("kallelse-" + pages + ".pdf");
    List<Path> seeds = Seeds.seedFiles();
    int round = 0;
    while (true) {
      for (Path seed : seeds) {
        text.append(Files.readString(seed)).append('\n');
      }
      Path source = dir.resolve("source.txt");
      Files.writeString(source, text);
      SeedRenderer.pdf(source, out);
      try (PDDocument doc = Loader.loadPDF(out.toFile())) {
        if (doc.getNumberOfPages() >= pages || ++round > 20) {
          return trim(out, pages);
        }
      }
    }
  }

  private static Path trim(Path pdf, int pages) throws IOException {
    Path out = pdf.resolveSibling("trimmed-" + pdf.getFileName());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      while (doc.getNumberOfPages() > pages) {
        doc.removePage(doc.getNumberOfPages() - 1);
      }
      doc.save(out.toFile()); // never over the file it is still reading from
    }
    return out;
  }

  private static List<Long> time(int runs, Path dir, String... command) throws Exception {
    List<Long> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("failed: " + Arrays.toString(command));
      }
      ms.add((System.nanoTime() - start) / 1_000_000);
    }
    return ms;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
