package se.namndkoll.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.namndkoll.index.ArchiveBenchmark;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;

/**
 * How long the rules take over a large archive: the sample archive's variants (other nämnder,
 * dates and Dnr) grown to 100 000 ärenden, every rule of {@code rules/} over all of them at once,
 * the facts read and the rules fired. Parsing is not part of it (the archive's index holds the
 * parsed documents). Not a unit test; run it on a quiet machine:
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
 *     se.namndkoll.rules.RulesBenchmark [ärenden]
 * </pre>
 */
public final class RulesBenchmark {

  private RulesBenchmark() {}

  public static void main(String[] args) throws Exception {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1 << 20));
    long c0 = System.nanoTime();
    RulesCompliance rules = new RulesCompliance(Path.of("rules")).load();
    System.out.printf(Locale.ROOT, "rules compiled in %.1f s (%d rules)%n", (System.nanoTime() - c0) / 1e9, rules.rules().size());

    DocumentReader reader = DocumentReader.standard();
    List<Document> base = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path p : s.filter(ArchiveFiles::isDocument).sorted().toList()) {
        base.add(reader.read(p));
      }
    }
    List<Document> archive = new ArrayList<>();
    int arenden = 0;
    for (int round = 0; arenden < target; round++) {
      for (Document d : base) {
        Document v = ArchiveBenchmark.variant(d, round);
        archive.add(v);
        arenden += v.arenden().size();
      }
    }
    long lines = archive.stream().mapToLong(d -> d.lines().size()).sum();
    System.out.printf(Locale.ROOT, "archive: %d documents, %d ärenden, %d lines%n", archive.size(), arenden, lines);
    long f0 = System.nanoTime();
    int facts = new se.namndkoll.rules.facts.FactBuilder(rules.policy()).facts(archive).size();
    System.out.printf(Locale.ROOT, "facts alone (first, cold): %d in %.2f s%n", facts, (System.nanoTime() - f0) / 1e9);
    for (int run = 1; run <= 5; run++) {
      System.gc();
      long t0 = System.nanoTime();
      List<Finding> findings = rules.check(archive, List.of());
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "run %d: %d findings in %.2f s (%.0f ärenden/s)%n", run, findings.size(), s, arenden / s);
    }
  }
}
