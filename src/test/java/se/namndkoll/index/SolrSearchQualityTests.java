package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.namndkoll.ingest.DocumentReader;

/**
 * The search quality cases on a SolrCloud collection: two nodes and ZooKeeper in this JVM, the
 * collection made by {@code solr init}'s code from the configset the program carries (two shards
 * with two replicas each), filled by {@code ingest --solr}'s code.
 */
class SolrSearchQualityTests extends SearchQualityTests {

  private MiniSolrCloudCluster cluster;
  private SearchService embedded;

  @Override
  ArchiveSearch archive(List<Path> paths, Path dir) throws Exception {
    embedded = new EmbeddedSearchQualityTests().archive(paths, dir);
    cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).build();
    String zkHost = cluster.getZkServer().getZkAddress();
    new SolrCollections().init(zkHost, "arkiv", 2, 2);
    IngestSummary summary = new IngestService(DocumentReader.standard())
        .ingest(paths, () -> SolrArchiveStore.connect(zkHost, "arkiv"), false, 2, new IngestService.Listener() {});
    assertThat(summary.failed()).isEmpty();
    return SolrSearchService.connect(zkHost, "arkiv");
  }

  /**
   * Every case gives the same hits in the same order as the embedded index, with the same snippets,
   * and the same counts per nämnd, year and kind.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatTheEmbeddedIndexFindsInItsOrderWithItsSnippetsAndCounts(Case c) {
    SearchRequest request = c.request(50);
    SearchResult inSolr = search().search(request);
    SearchResult inIndex = embedded.search(request);
    assertThat(inSolr.total()).as(c + ": hits").isEqualTo(inIndex.total());
    assertThat(ranks(inSolr)).as(c + ": ids in the order of their scores").isEqualTo(ranks(inIndex));
    assertThat(inSolr.hits()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("score")
        .as(c + ": what hits show, snippets too").containsExactlyInAnyOrderElementsOf(inIndex.hits());
    assertThat(inSolr.facets()).as(c + ": facets").isEqualTo(inIndex.facets());
  }

  /** The hits' ids, those of equal score (to six digits) together: their order is the backend's own. */
  private static List<Set<String>> ranks(SearchResult r) {
    Map<String, Set<String>> byScore = new LinkedHashMap<>();
    for (SearchHit h : r.hits()) {
      byScore.computeIfAbsent(String.format(Locale.ROOT, "%.6g", h.score()), s -> new TreeSet<>()).add(h.id());
    }
    return new ArrayList<>(byScore.values());
  }

  @Override
  void stop() throws Exception {
    if (embedded != null) {
      embedded.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }
}
