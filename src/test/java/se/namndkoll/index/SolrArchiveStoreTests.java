package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.Test;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.DocumentReader;

/** Batches sent to Solr: a batch Solr does not take is sent again, and never dropped. */
class SolrArchiveStoreTests {

  /** A Solr that fails the first requests it is sent, then takes every one. */
  private static final class Flaky extends SolrClient {
    private int failuresLeft;
    final List<SolrRequest<?>> taken = new ArrayList<>();
    int tries;

    Flaky(int failures) {
      this.failuresLeft = failures;
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection) throws SolrServerException {
      tries++;
      if (failuresLeft-- > 0) {
        throw new SolrServerException("No live SolrServers available to handle this request");
      }
      taken.add(request);
      return new NamedList<>();
    }

    @Override
    public void close() throws IOException {}
  }

  private static List<org.apache.lucene.document.Document> kallelse() {
    Path f = Path.of("corpus/von-2026-04-15-kallelse.html");
    return DocumentIndexer.documents(f.toString(), f.toString(), "abc123", DocumentReader.standard().read(f));
  }

  @Test
  void aBatchSolrDoesNotTakeIsSentAgainUntilItIs() {
    Flaky solr = new Flaky(3);
    SolrArchiveStore store = new SolrArchiveStore(solr, "arkiv", "arkiv on test", Duration.ofMillis(1));

    store.replace("corpus/von-2026-04-15-kallelse.html", kallelse());
    store.commit();

    assertThat(solr.tries).isEqualTo(3 + 2);
    UpdateRequest batch = (UpdateRequest) solr.taken.get(0);
    assertThat(batch.getDocuments()).hasSize(kallelse().size())
        .allMatch(d -> "abc123".equals(d.getFieldValue(IndexFields.HASH)));
    assertThat(batch.getDeleteQuery()).singleElement().asString()
        .contains("file:").contains("-hash:abc123");
  }

  @Test
  void aBatchNeverTakenStopsTheIngestWithOneLineAndIsNotDropped() {
    Flaky solr = new Flaky(Integer.MAX_VALUE);
    SolrArchiveStore store = new SolrArchiveStore(solr, "arkiv", "arkiv on test", Duration.ofMillis(1));
    store.replace("corpus/von-2026-04-15-kallelse.html", kallelse());

    assertThatThrownBy(store::commit).isInstanceOf(NamndkollException.class)
        .hasMessageContaining("arkiv on test: Solr did not take a batch of")
        .hasMessageContaining("after " + SolrArchiveStore.TRIES + " tries")
        .hasMessageContaining("No live SolrServers");
    assertThat(solr.tries).isEqualTo(SolrArchiveStore.TRIES);
  }

  @Test
  void aClusterThatCannotBeReachedIsOneLineAfterTheConnectWaitNotAfterTheRetries() {
    long start = System.nanoTime();

    assertThatThrownBy(() -> SolrArchiveStore.client("127.0.0.1:1/solr")).isInstanceOf(NamndkollException.class)
        .hasMessage("127.0.0.1:1/solr: cannot reach the SolrCloud within " + SolrArchiveStore.CONNECT.toSeconds() + " s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SolrArchiveStore.CONNECT.multipliedBy(3));
  }
}
