package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.index.analysis.SwedishAnalyzers;
import se.namndkoll.ingest.DocumentReader;

/**
 * The sample archive in a real SolrCloud (two nodes in this JVM, a collection of two shards with
 * two replicas each, made from {@code solr/configsets/namndkoll}) against the embedded index of the
 * same documents: searched field by field, the same ärenden, meetings and files match.
 */
class SolrCloudArchiveTests {

  private static final String COLLECTION = "namndkoll";

  @TempDir static Path dir;
  private static MiniSolrCloudCluster cluster;
  private static IndexSearcher embedded;
  private static DirectoryReader reader;
  private static int documents;

  @BeforeAll
  static void indexBoth() throws Exception {
    cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr"))
        .addConfig(COLLECTION, Path.of("solr/configsets/namndkoll/conf")).build();
    CloudSolrClient solr = cluster.getSolrClient();
    CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, 2, 2).process(solr);
    cluster.waitForActiveCollection(COLLECTION, 2, 4);

    DocumentReader parser = DocumentReader.standard();
    List<SolrInputDocument> batch = new ArrayList<>();
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir.resolve("lucene")),
        new IndexWriterConfig(FieldAnalyzers.index()));
        Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList()) {
        se.namndkoll.model.Document parsed = parser.read(f);
        for (Document d : DocumentIndexer.documents(f.toString(), f.toString(), "hash", parsed)) {
          writer.addDocument(DocumentIndexer.build(d));
          batch.add(SolrDocuments.input(d));
          documents++;
        }
      }
    }
    solr.add(COLLECTION, batch);
    solr.commit(COLLECTION);
    reader = DirectoryReader.open(FSDirectory.open(dir.resolve("lucene")));
    embedded = new IndexSearcher(reader);
  }

  @AfterAll
  static void stop() throws Exception {
    if (reader != null) {
      reader.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void everyDocumentIsInTheCollection() throws Exception {
    assertThat(documents).isGreaterThan(20);
    assertThat(cluster.getSolrClient().query(COLLECTION, new SolrQuery("*:*")).getResults().getNumFound())
        .isEqualTo(documents);
  }

  @Test
  void searchedFieldByFieldTheSameDocumentsMatchAsInTheEmbeddedIndex() throws Exception {
    List<String[]> searches = List.of(
        new String[] {"title", "uppföljning"},
        new String[] {"title", "placeringar"},
        new String[] {"body", "protokoll"},
        new String[] {"body", "barn"},
        new String[] {"body", "\"ekonomiskt bistånd\""},
        new String[] {"body", "underskott"},
        new String[] {"head", "nämnd"},
        new String[] {"beslut", "godkänna"},
        new String[] {"barnkonsekvensanalys", "barn"},
        new String[] {"body_f", "bistand"},
        new String[] {"title_f", "forlangning"},
        new String[] {"dnr", "2026-00021"},
        new String[] {"kind", "skrivelse"},
        new String[] {"year", "2026"});
    List<String> found = new ArrayList<>();
    for (String[] s : searches) {
      Set<String> lucene = lucene(s[0], s[1]);
      Set<String> solr = solr(s[0] + ":" + s[1]);
      assertThat(solr).as(s[0] + ":" + s[1]).isEqualTo(lucene);
      if (!lucene.isEmpty()) {
        found.add(s[0] + ":" + s[1]);
      }
    }
    assertThat(found).as("searches that find something").hasSize(searches.size());
  }

  private static Set<String> lucene(String field, String query) throws Exception {
    Analyzer analyzer = field.endsWith("_f") ? SwedishAnalyzers.folded()
        : IndexFields.EXACT.contains(field) ? new org.apache.lucene.analysis.core.KeywordAnalyzer()
        : SwedishAnalyzers.query();
    QueryParser parser = new QueryParser(field, analyzer);
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc d : embedded.search(parser.parse(query), 10_000).scoreDocs) {
      ids.add(embedded.storedFields().document(d.doc).get(IndexFields.ID));
    }
    return ids;
  }

  private static Set<String> solr(String query) throws Exception {
    SolrQuery q = new SolrQuery(query);
    q.setRows(10_000);
    q.setFields(IndexFields.ID);
    Set<String> ids = new TreeSet<>();
    for (SolrDocument d : cluster.getSolrClient().query(COLLECTION, q).getResults()) {
      ids.add((String) d.getFieldValue(IndexFields.ID));
    }
    return ids;
  }
}
