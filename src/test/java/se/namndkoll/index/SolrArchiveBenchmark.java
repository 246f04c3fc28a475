package se.namndkoll.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.namndkoll.cluster.LocalSolrCluster;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;

/**
 * The archive on SolrCloud against the embedded index, not a test: the sample archive's variants
 * (as {@link ArchiveBenchmark} makes them) grown to a million ärenden, written into the embedded
 * index and into a collection of a local two-node cluster ({@code cluster start}'s, in this JVM),
 * then the same mix of queries on both. Prints throughput, size on disk and query p50/p99.
 *
 * <pre>
 * java -Xmx8g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
 *     se.namndkoll.index.SolrArchiveBenchmark [ärenden] [shards] [replicas]
 * </pre>
 */
public final class SolrArchiveBenchmark {

  private SolrArchiveBenchmark() {}

  public static void main(String[] args) throws Exception {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int shards = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int replicas = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Path work = Files.createTempDirectory("namndkoll-solr-bench");
    System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, heap %d MB%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    List<Document> base = new ArrayList<>();
    DocumentReader reader = DocumentReader.standard();
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path p : s.filter(se.namndkoll.ingest.ArchiveFiles::isDocument).sorted().toList()) {
        base.add(reader.read(p));
      }
    }
    Path indexDir = work.resolve("index");
    long t0 = System.nanoTime();
    int[] files = new int[1];
    int arenden;
    try (ArchiveIndex index = ArchiveIndex.forWriting(indexDir, true)) {
      arenden = write(base, target, index, files);
    }
    double embeddedSeconds = (System.nanoTime() - t0) / 1e9;
    long embeddedBytes = size(indexDir);
    System.out.printf(Locale.ROOT, "embedded index: %d ärenden (%d files) in %.0f s, %.0f ärenden/s, %.2f GB on disk%n",
        arenden, files[0], embeddedSeconds, arenden / embeddedSeconds, embeddedBytes / 1e9);

    try (LocalSolrCluster cluster = LocalSolrCluster.start(2, work.resolve("cluster"), 0)) {
      new SolrCollections().init(cluster.zkHost(), "namndkoll", shards, replicas);
      long t1 = System.nanoTime();
      try (SolrArchiveStore store = SolrArchiveStore.connect(cluster.zkHost(), "namndkoll")) {
        write(base, target, store, new int[1]);
      }
      double solrSeconds = (System.nanoTime() - t1) / 1e9;
      long solrBytes = size(work.resolve("cluster"));
      System.out.printf(Locale.ROOT,
          "solr collection (%d shards x %d replicas on 2 nodes): %d ärenden in %.0f s, %.0f ärenden/s, %.2f GB on disk%n",
          shards, replicas, arenden, solrSeconds, arenden / solrSeconds, solrBytes / 1e9);

      try (SearchService embedded = SearchService.open(indexDir);
          SolrSearchService solr = SolrSearchService.connect(cluster.zkHost(), "namndkoll")) {
        ArchiveBenchmark.queries("embedded queries", embedded);
        ArchiveBenchmark.queries("solr queries", solr);
        ArchiveBenchmark.queries("embedded queries", embedded);
        ArchiveBenchmark.queries("solr queries", solr);
      }
    }
  }

  /** The variants, round after round, until the target; returns the ärenden written. */
  private static int write(List<Document> base, int target, ArchiveStore store, int[] files) {
    int arenden = 0;
    int round = 0;
    while (arenden < target) {
      for (Document d : base) {
        Document v = ArchiveBenchmark.variant(d, round);
        String key = "bench/" + round + "/" + Path.of(d.source()).getFileName();
        store.replace(key, DocumentIndexer.documents(key, key, "h" + round, v));
        arenden += v.arenden().size();
        files[0]++;
      }
      round++;
      if (round % 500 == 0) {
        store.commit();
        System.out.printf(Locale.ROOT, "  %d ärenden%n", arenden);
      }
    }
    store.commit();
    return arenden;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    }
  }
}
