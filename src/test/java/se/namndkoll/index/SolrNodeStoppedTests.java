package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;

/**
 * A node stopped in the middle of an ingest, in a collection whose shards have one replica each:
 * half the archive has nowhere to go until the node is back. The ingest waits for it (its batches
 * sent again after a growing pause) and, once the node has returned, finishes with every document.
 */
class SolrNodeStoppedTests {

  @TempDir Path dir;

  @Test
  void anIngestWaitsForANodeStoppedInItsMiddleAndLosesNothing() throws Exception {
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).build();
    try {
      String zkHost = cluster.getZkServer().getZkAddress();
      new SolrCollections().init(zkHost, "arkiv", 2, 1);
      List<Document> corpus = new ArrayList<>();
      try (Stream<Path> s = Files.list(Path.of("corpus"))) {
        for (Path p : s.filter(se.namndkoll.ingest.ArchiveFiles::isDocument).sorted().toList()) {
          corpus.add(DocumentReader.standard().read(p));
        }
      }
      int expected = 0;
      int resent;
      CompletableFuture<Void> restarted = null;
      try (SolrArchiveStore store = SolrArchiveStore.connect(zkHost, "arkiv")) {
        for (int round = 0; round < 40; round++) {
          if (round == 10) {
            JettySolrRunner node = cluster.stopJettySolrRunner(1);
            cluster.waitForJettyToStop(node);
            restarted = CompletableFuture.runAsync(() -> {
              try {
                TimeUnit.SECONDS.sleep(4);
                cluster.startJettySolrRunner(node);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
          }
          for (Document d : corpus) {
            String key = "round-" + round + "/" + Path.of(d.source()).getFileName();
            var documents = DocumentIndexer.documents(key, key, "h" + round, ArchiveBenchmark.variant(d, round));
            store.replace(key, documents);
            expected += documents.size();
          }
        }
        store.commit();
        resent = store.resent();
      }
      restarted.get(60, TimeUnit.SECONDS);
      cluster.waitForActiveCollection("arkiv", 2, 2);

      assertThat(expected).isGreaterThan(2 * SolrArchiveStore.BATCH);
      assertThat(resent).as("batches sent again while the node was away").isPositive();
      assertThat(cluster.getSolrClient().query("arkiv", new SolrQuery("*:*")).getResults().getNumFound())
          .as("every document, though a shard was gone for a while").isEqualTo(expected);
    } finally {
      cluster.shutdown();
    }
  }
}
