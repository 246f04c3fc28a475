package se.namndkoll.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.namndkoll.bench.ParseBenchmark;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;
import se.namndkoll.model.Meeting;

/**
 * The archive's benchmark, not a test: ingest throughput in pages per second against
 * {@code pdftotext} on the same PDFs (where that tool is installed), then an archive scaled to
 * 100 000 ärenden by variants of the sample archive (other dates, Dnr and nämnder), its size on
 * disk and the latency of a fixed mix of queries. Run it with {@code mvn -Pbench verify}, or:
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
 *     se.namndkoll.index.ArchiveBenchmark [ärenden]
 * </pre>
 */
public final class ArchiveBenchmark {

  private static final List<String> NAMNDER = List.of(
      "Individ- och familjeomsorgsnämnden", "Vård- och omsorgsnämnden", "Sociala omsorgsnämnden", "Kommunstyrelsen",
      "Tekniska nämnden", "Kulturnämnden", "Fritids- och folkhälsonämnden", "Grundskolenämnden",
      "Miljö- och konsumentnämnden", "Samhällsbyggnadsnämnden", "Servicenämnden", "Arbetslivsnämnden");
  private static final List<String> PREFIXES =
      List.of("IFN", "VON", "SON", "KS", "TN", "KN", "FFN", "GSN", "MKN", "SBN", "SN", "ALN");

  public static final List<String> QUERIES = List.of(
      "konsekvensanalys", "placering", "budget", "boras", "\"ekonomi i balans\"", "jourhem", "trygghetslarm",
      "kontrollplan", "delegationsbeslut", "2026-00022", "dnr:2024-00015", "§ 16", "budgetuppföljning AND NOT title:mars",
      "trygghetslarm OR anhörigstöd", "barnkonsekvensanalys:artikel", "årsredovisning year:2024", "lex Sarah",
      "underskott", "handlingsplan åtgärder", "initiativärende");

  private ArchiveBenchmark() {}

  public static void main(String[] args) throws Exception {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path work = Files.createTempDirectory("namndkoll-archive-bench");
    System.out.printf(Locale.ROOT, "machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    ingestThroughput(work);
    if (args.length < 2 || !args[1].equals("--ingest-only")) {
      scaledArchive(work, target);
    }
  }

  /** Pages per second of ingest and of pdftotext over the same PDFs. */
  static void ingestThroughput(Path work) throws Exception {
    Path pdfs = Files.createDirectories(work.resolve("pdfs"));
    Path big = ParseBenchmark.pdfOfAtLeast(work, 200);
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(sources::add);
    }
    sources.add(big);
    int pages = 0;
    for (int copy = 0; copy < 4; copy++) {
      for (Path src : sources) {
        Path dst = pdfs.resolve(copy + "-" + src.getFileName());
        Files.copy(src, dst);
        pages += pageCount(dst);
      }
    }
    IngestService ingest = new IngestService(DocumentReader.standard());
    double ingestSeconds = Double.MAX_VALUE;
    IngestSummary s = null;
    // a sweep of ten years runs long enough for the JIT to settle: the best of six rounds is its pace
    for (int round = 1; round <= 6; round++) {
      long t0 = System.nanoTime();
      s = ingest.ingest(List.of(pdfs), work.resolve("pdf-index"), true, 2, new IngestService.Listener() {});
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "ingest round %d%s: %d pages in %.1f s: %.0f pages/s%n", round,
          round == 1 ? " (cold JVM)" : "", pages, seconds, pages / seconds);
      ingestSeconds = Math.min(ingestSeconds, seconds);
    }
    System.out.printf(Locale.ROOT, "ingest: %d PDFs, %d pages, best %.1f s: %.0f pages/s (2 threads), %d ärenden%n",
        s.read(), pages, ingestSeconds, pages / ingestSeconds, s.arenden());
    if (!onPath("pdftotext")) {
      System.out.println("pdftotext: not installed, no comparison");
      return;
    }
    List<Path> files;
    try (Stream<Path> f = Files.list(pdfs)) {
      files = f.sorted().toList();
    }
    double popplerSeconds = Double.MAX_VALUE;
    for (int round = 1; round <= 3; round++) {
      long t1 = System.nanoTime();
      List<Process> running = new ArrayList<>();
      for (Path f : files) {
        running.add(new ProcessBuilder("pdftotext", "-layout", f.toString(),
            work.resolve(f.getFileName() + ".txt").toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        if (running.size() == 2) {
          running.remove(0).waitFor(60, TimeUnit.SECONDS);
        }
      }
      for (Process p : running) {
        p.waitFor(60, TimeUnit.SECONDS);
      }
      popplerSeconds = Math.min(popplerSeconds, (System.nanoTime() - t1) / 1e9);
    }
    System.out.printf(Locale.ROOT, "pdftotext: %d pages, best of 3 in %.2f s: %.0f pages/s (2 at a time); ingest is %.2f× of it%n",
        pages, popplerSeconds, pages / popplerSeconds, popplerSeconds / ingestSeconds);
  }

  /** An archive of the sample documents' variants, grown to the target number of ärenden. */
  static void scaledArchive(Path work, int target) throws Exception {
    Path indexDir = scaledIndex(work, target);
    try (SearchService search = SearchService.open(indexDir)) {
      queries("queries", search);
    }
  }

  /** The sample archive's variants indexed until the index holds {@code target} ärenden; its folder. */
  public static Path scaledIndex(Path work, int target) throws Exception {
    DocumentReader reader = DocumentReader.standard();
    List<Document> base = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path p : s.filter(se.namndkoll.ingest.ArchiveFiles::isDocument).sorted().toList()) {
        base.add(reader.read(p));
      }
    }
    Path indexDir = work.resolve("scaled-index");
    int arenden = 0;
    int round = 0;
    long t0 = System.nanoTime();
    try (ArchiveIndex index = ArchiveIndex.forWriting(indexDir, true)) {
      while (arenden < target) {
        for (Document d : base) {
          Document v = variant(d, round);
          String key = "bench/" + round + "/" + Path.of(d.source()).getFileName();
          index.replace(key, DocumentIndexer.documents(key, key, "h" + round, v));
          arenden += v.arenden().size();
        }
        round++;
        if (round % 200 == 0) {
          index.commit();
        }
      }
      index.commit();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long bytes;
    try (ArchiveIndex index = ArchiveIndex.forReading(indexDir)) {
      bytes = index.sizeOnDisk();
    }
    System.out.printf(Locale.ROOT, "scaled archive: %d ärenden (%d files) indexed in %.1f s, %.0f MB on disk%n",
        arenden, round * base.size(), seconds, bytes / 1e6);
    return indexDir;
  }

  /**
   * The query mix, with and without a nämnd and date filter, 10 rounds after 3 to warm up: prints
   * p50, p99 and the slowest.
   */
  static void queries(String name, ArchiveSearch search) {
    for (int warm = 0; warm < 3; warm++) {
      for (String q : QUERIES) {
        search.search(new SearchRequest(q, null, null, null, null, 10));
      }
    }
    List<Long> micros = new ArrayList<>();
    for (int rep = 0; rep < 10; rep++) {
      for (String q : QUERIES) {
        for (SearchRequest r : List.of(
            new SearchRequest(q, null, null, null, null, 10),
            new SearchRequest(q, "VON", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null, 10))) {
          long t = System.nanoTime();
          search.search(r);
          micros.add((System.nanoTime() - t) / 1000);
        }
      }
    }
    long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "%s: %d (20 queries, with and without filters, 10 rounds): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        name, sorted.length, sorted[sorted.length / 2] / 1000.0, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1000.0,
        sorted[sorted.length - 1] / 1000.0);
  }

  /** The document as another nämnd's, another year's: its dates moved, its Dnr renumbered. */
  public static Document variant(Document d, int round) {
    if (round == 0) {
      return d;
    }
    String namnd = NAMNDER.get(round % NAMNDER.size());
    String prefix = PREFIXES.get(round % PREFIXES.size());
    int weeks = round;
    List<Meeting> meetings = d.meetings().stream().map(m -> new Meeting(namnd, m.date() == null ? null : m.date().minusWeeks(weeks),
        m.time(), m.place(), m.parent())).toList();
    List<AgendaItem> agenda = d.agenda().stream().map(a -> new AgendaItem(a.no(), a.title(), renumber(a.dnr(), prefix, round),
        a.sekretess(), a.standing(), a.location())).toList();
    List<Arende> arenden = d.arenden().stream().map(a -> new Arende(renumber(a.dnr(), prefix, round), a.dnrSource(), a.title(),
        a.kind(), a.sekretess(), a.standing(), namnd, a.agendaNo(), a.paragraph(), a.handlaggare(), a.date(), a.sections(),
        a.beslutsunderlag(), a.expedierasTill(), a.samverkanDate(), a.signatories(), a.attachments(), a.location())).toList();
    return new Document(d.source(), d.mediaType(), d.pageCount(), d.kind(), meetings, agenda, arenden, d.delegation(),
        d.anmalningar(), d.tables(), d.statements(), d.lines(), d.personnummer(), d.sekretess());
  }

  private static Dnr renumber(Dnr dnr, String prefix, int round) {
    if (dnr == null || dnr.isShort()) {
      return dnr;
    }
    int year = dnr.year() - round / 50;
    String serial = String.format(Locale.ROOT, "%05d", (Integer.parseInt(dnr.serial()) + round * 37) % 100_000);
    return new Dnr(prefix + " " + year + "-" + serial + (dnr.klassa() == null ? "" : " " + dnr.klassa()), prefix, year, serial,
        dnr.klassa());
  }

  private static int pageCount(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  private static boolean onPath(String tool) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }
}
