package se.namndkoll.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.namndkoll.ingest.extract.ExtractedText;
import se.namndkoll.ingest.extract.DocumentExtractor;
import se.namndkoll.ingest.extract.PdfFixtures;

/**
 * Times the extraction of a 200-page PDF: once cold, as a one-shot command pays it (Tika's detector
 * and parser built on first use, classes loaded, no JIT yet), then warm. Not a test; run it by
 * hand:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
 *     se.namndkoll.bench.ExtractBenchmark [pages]
 * </pre>
 */
public final class ExtractBenchmark {

  private static final String[] SENTENCES = {
    "Förvaltningen har under perioden sett över kostnaderna för köpt vård.",
    "Prognosen för helåret visar ett underskott på 4 300 tkr jämfört med budget.",
    "Nämnden beslutar att godkänna redovisningen och lägga den till handlingarna.",
    "Åtgärder för en budget i balans redovisas i en särskild handlingsplan.",
    "Barnkonsekvensanalys: beslutet påverkar barn och unga i familjehemsvården.",
    "Ärendet har samverkats i förvaltningens samverkansgrupp den 2 april 2025.",
    "Beslutet expedieras till ekonomiavdelningen och till kommunstyrelsen.",
    "Summa intäkter 1 200 tkr, summa kostnader 43 800 tkr, nettokostnad 42 600 tkr."
  };

  private ExtractBenchmark() {}

  public static void main(String[] args) throws IOException {
    int pageCount = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path dir = Files.createTempDirectory("namndkoll-bench");
    try {
      Path embedded =
          PdfFixtures.writeWithEmbeddedFont(dir.resolve("inbaddat-typsnitt.pdf"), pages(pageCount));
      Path standard = PdfFixtures.write(dir.resolve("standardtypsnitt.pdf"), pages(pageCount));
      System.out.printf(
          Locale.ROOT,
          "PDF: %d pages; %,d bytes with an embedded font subset, %,d with standard Helvetica%n",
          pageCount,
          Files.size(embedded),
          Files.size(standard));

      DocumentExtractor extractor = new DocumentExtractor();
      long start = System.nanoTime();
      ExtractedText text = extractor.extract(embedded);
      long cold = System.nanoTime() - start;
      System.out.printf(
          Locale.ROOT,
          "cold, embedded font: %d ms (%d pages, %,d lines; first use of Tika included)%n",
          cold / 1_000_000,
          text.pageCount(),
          text.lines().size());
      System.out.printf(
          Locale.ROOT, "warm, embedded font: %d ms (best of 5)%n", best(extractor, embedded));
      System.out.printf(
          Locale.ROOT, "warm, standard font: %d ms (best of 5)%n", best(extractor, standard));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static long best(DocumentExtractor extractor, Path pdf) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      extractor.extract(pdf);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best / 1_000_000;
  }

  private static List<List<String>> pages(int count) {
    List<List<String>> pages = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      List<String> lines = new ArrayList<>();
      lines.add("Individ- och familjeomsorgsnämnden, sida " + (p + 1));
      lines.add("");
      for (int i = 0; i < 44; i++) {
        lines.add(SENTENCES[(p + i) % SENTENCES.length]);
        if (i % 6 == 5) {
          lines.add("");
        }
      }
      pages.add(lines);
    }
    return pages;
  }
}
