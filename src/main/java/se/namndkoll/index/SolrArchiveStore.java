package se.namndkoll.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;
import se.namndkoll.NamndkollException;

/**
 * The archive in a SolrCloud collection made from {@code solr/configsets/namndkoll}. A file's
 * documents are sent with its content hash on each; the documents of its earlier version (another
 * hash) are deleted in the same request, after them, so that a re-run adds nothing, a changed file
 * replaces its documents, and a request sent twice does no harm. Files are sent in batches, a few
 * on their way at once; a batch Solr does not take is sent again after a growing pause, and the
 * ingest stops with a clear line when it never is: nothing is dropped.
 */
public final class SolrArchiveStore implements ArchiveStore {

  /** Documents sent in one request. */
  static final int BATCH = 500;
  /** How often a batch is sent before the ingest gives up, and the first pause between tries. */
  static final int TRIES = 8;
  static final Duration FIRST_PAUSE = Duration.ofMillis(500);

  private final SolrClient solr;
  private final String collection;
  private final String where;
  private final Duration firstPause;
  private UpdateRequest pending = new UpdateRequest();
  private int pendingDocuments;
  /** Batches on their way: a few at once, so that Solr's nodes index while the next batch is made. */
  private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
    Thread t = new Thread(r, "namndkoll-solr-send");
    t.setDaemon(true);
    return t;
  });
  private final Semaphore inFlight = new Semaphore(SENDERS);
  private final java.util.concurrent.atomic.AtomicInteger resent = new java.util.concurrent.atomic.AtomicInteger();
  private final List<Future<?>> sent = new ArrayList<>();

  /** Batches sent at once. */
  static final int SENDERS = 3;

  SolrArchiveStore(SolrClient solr, String collection, String where, Duration firstPause) {
    this.solr = solr;
    this.collection = collection;
    this.where = where;
    this.firstPause = firstPause;
  }

  /**
   * The collection on the SolrCloud at {@code zkHost} ("host:2181,host2:2181/solr"), or at a Solr
   * node's address ("http://host:8983/solr").
   */
  public static SolrArchiveStore connect(String zkHost, String collection) {
    return new SolrArchiveStore(client(zkHost), collection, collection + " on " + zkHost, FIRST_PAUSE);
  }

  /**
   * A client of the SolrCloud at a zkHost or a node's address, connected: a cluster that cannot be
   * reached is one line after {@link #CONNECT}, not a wait as long as the retries of a batch.
   */
  static CloudSolrClient client(String zkHost) {
    String z = zkHost.strip();
    if (z.isEmpty()) {
      throw NamndkollException.badUsage("--solr: give the SolrCloud's zkHost (host:port[/chroot]) or a node's address");
    }
    CloudSolrClient client;
    if (z.startsWith("http://") || z.startsWith("https://")) {
      client = new CloudSolrClient.Builder(List.of(z)).build();
    } else {
      int slash = z.indexOf('/');
      String hosts = slash < 0 ? z : z.substring(0, slash);
      Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(z.substring(slash));
      client = new CloudSolrClient.Builder(Arrays.asList(hosts.split(",")), chroot).build();
    }
    try {
      client.connect(CONNECT.toSeconds(), TimeUnit.SECONDS);
      return client;
    } catch (TimeoutException | RuntimeException e) {
      close(client);
      throw new NamndkollException(z + ": cannot reach the SolrCloud within " + CONNECT.toSeconds() + " s"
          + (e instanceof TimeoutException ? "" : ": " + said(e)), e);
    } catch (InterruptedException e) {
      close(client);
      Thread.currentThread().interrupt();
      throw new NamndkollException(z + ": interrupted while reaching the SolrCloud", e);
    }
  }

  /** How long a command waits to reach the cluster. */
  static final Duration CONNECT = Duration.ofSeconds(15);

  private static void close(CloudSolrClient client) {
    try {
      client.close();
    } catch (IOException | RuntimeException e) {
      // a client that never connected holds nothing worth a message
    }
  }

  @Override
  public Map<String, String> fileHashes() {
    Map<String, String> out = new HashMap<>();
    SolrQuery q = new SolrQuery(IndexFields.TYPE + ":(" + IndexFields.TYPE_FILE + " OR " + IndexFields.TYPE_FAILED + ")");
    q.setFields(IndexFields.FILE, IndexFields.HASH);
    q.setRows(1000);
    SolrCursor.forEach(q, page -> withRetries("read the files it holds", () -> solr.query(collection, page)), d -> {
      Object file = d.getFirstValue(IndexFields.FILE);
      Object hash = d.getFirstValue(IndexFields.HASH);
      if (file != null) {
        out.put(file.toString(), hash == null ? "" : hash.toString());
      }
    });
    return out;
  }

  @Override
  public synchronized void replace(String fileKey, List<Document> documents) {
    String hash = null;
    for (Document d : documents) {
      hash = hash != null ? hash : d.get(IndexFields.HASH);
    }
    String file = IndexFields.FILE + ":" + ClientUtils.escapeQueryChars(fileKey);
    for (Document d : documents) {
      SolrInputDocument s = SolrDocuments.input(d);
      if (hash != null && !s.containsKey(IndexFields.HASH)) {
        s.addField(IndexFields.HASH, hash);
      }
      pending.add(s);
      pendingDocuments++;
    }
    // sent after the documents: what is left of the file's earlier version
    pending.deleteByQuery(hash == null ? file : "+" + file + " -" + IndexFields.HASH + ":" + ClientUtils.escapeQueryChars(hash));
    if (pendingDocuments >= BATCH) {
      flush();
    }
  }

  private void flush() {
    UpdateRequest batch = pending;
    if ((batch.getDocuments() == null || batch.getDocuments().isEmpty())
        && (batch.getDeleteQuery() == null || batch.getDeleteQuery().isEmpty())) {
      return;
    }
    String what = "take a batch of " + pendingDocuments + " documents";
    pending = new UpdateRequest();
    pendingDocuments = 0;
    sent.removeIf(f -> f.isDone() && failure(f) == null);
    failIfAnyFailed();
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NamndkollException(where + ": interrupted while sending a batch", e);
    }
    try {
      sent.add(senders.submit(() -> {
        try {
          withRetries(what, () -> batch.process(solr, collection));
        } finally {
          inFlight.release();
        }
      }));
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  /** The first batch that failed, as the line its last try gave. */
  private void failIfAnyFailed() {
    for (Future<?> f : sent) {
      if (f.isDone() && failure(f) != null) {
        throw failure(f);
      }
    }
  }

  private static RuntimeException failure(Future<?> f) {
    try {
      f.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new NamndkollException("interrupted while sending a batch", e);
    }
  }

  /** Waits for every batch on its way; the first that failed is the error. */
  private void drain() {
    for (Future<?> f : sent) {
      RuntimeException e = failure(f);
      if (e != null) {
        sent.clear();
        throw e;
      }
    }
    sent.clear();
  }

  @Override
  public synchronized void commit() {
    flush();
    drain();
    withRetries("commit", () -> solr.commit(collection));
  }

  @Override
  public void rollback() {
    throw new NamndkollException(where + ": a SolrCloud collection cannot be rebuilt beside itself; "
        + "make a new collection and ingest into it instead");
  }

  @Override
  public synchronized void close() {
    try {
      commit();
    } finally {
      senders.shutdownNow();
      try {
        solr.close();
      } catch (IOException e) {
        // closing the client loses nothing: what was sent is committed
      }
    }
  }

  /** A call to Solr. */
  interface SolrCall<T> {
    T call() throws SolrServerException, IOException;
  }

  private <T> T withRetries(String what, SolrCall<T> call) {
    long pause = firstPause.toMillis();
    Exception last = null;
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      try {
        return call.call();
      } catch (SolrServerException | IOException | RuntimeException e) {
        last = e;
        if (attempt == TRIES) {
          break;
        }
        resent.incrementAndGet();
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new NamndkollException(where + ": interrupted while waiting to " + what, ie);
        }
        pause = Math.min(pause * 2, 30_000);
      }
    }
    throw new NamndkollException(where + ": Solr did not " + what + " after " + TRIES + " tries: " + said(last), last);
  }

  /** How many requests were sent again after Solr did not take them. */
  int resent() {
    return resent.get();
  }

  /** What Solr said, on one line, without SolrJ's "Error from server at URL:" before it. */
  static String said(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    return message.replaceFirst("^Error from server at \\S+?: ", "").strip();
  }
}
