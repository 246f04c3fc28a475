package se.namndkoll.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Document;
import se.namndkoll.model.Names;
import se.namndkoll.model.Reading;

/**
 * The files of a SolrCloud collection, one nämnd at a time, for a sweep: the nämnder are the
 * values of the files' {@code sweep} field (a facet), each read by a cursor in pages, so that no
 * more than {@code threads} nämnder's documents are held at once. A file that names no nämnd (a
 * budget follow-up on its own) is judged with the nämnd whose files carry its registry prefix.
 * With a kommun, only the files whose letterhead names it.
 */
public final class SolrSweep implements SweepGroups {

  /** Files read in one request. */
  static final int PAGE = 50;

  private final String zkHost;
  private final String collection;
  private final String kommun;
  private final int threads;
  /** The kommun's shards, once known; {@code null} for all. */
  private volatile String route;

  private final String namnd;

  /**
   * @param kommun a kommun's name ("Göteborg", "Nacka kommun"), or {@code null} for the whole collection
   * @param namnd a nämnd's name or Dnr prefix whose findings are asked for, or {@code null}: only
   *     that nämnd's files are read where it can be told which they are
   */
  public SolrSweep(String zkHost, String collection, String kommun, String namnd, int threads) {
    this.zkHost = zkHost;
    this.collection = collection;
    this.kommun = kommun == null || kommun.isBlank() ? null : kommun.strip();
    this.namnd = namnd == null || namnd.isBlank() ? null : namnd.strip();
    this.threads = Math.max(1, threads);
  }

  private String where() {
    return collection + " on " + zkHost;
  }

  @Override
  public void forEach(Consumer<Group> each) {
    try (CloudSolrClient solr = SolrArchiveStore.client(zkHost)) {
      route = kommun == null ? null : route(solr);
      Map<String, String> owners = prefixOwners(solr);
      Map<String, List<String>> unnamed = unnamedFiles(solr, owners);
      Set<String> bodies = new TreeSet<>(bodies(solr));
      bodies.addAll(unnamed.keySet());
      bodies.remove("");
      List<String> order = new ArrayList<>(bodies);
      if (unnamed.containsKey("")) {
        order.add(""); // the files no nämnd can be found for, together
      }
      if (namnd != null) {
        Set<String> named = named(bodies, owners);
        if (!named.isEmpty()) {
          order.retainAll(named);
        }
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "namndkoll-sweep");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> running = new ArrayList<>();
        for (String body : order) {
          running.add(pool.submit(() -> each.accept(group(solr, body, unnamed.getOrDefault(body, List.of())))));
        }
        for (Future<?> f : running) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NamndkollException(where() + ": the sweep was interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException("a nämnd's sweep failed unexpectedly", e.getCause());
      } finally {
        pool.shutdownNow();
      }
    } catch (IOException e) {
      // closing the client loses nothing: the sweep only read
    }
  }

  /**
   * The nämnder a {@code --namnd} means: those whose name starts as it does, and the one whose files
   * carry it as registry prefix; none when it names an utskott or a nämnd of no file, and every
   * nämnd is read.
   */
  private Set<String> named(Set<String> bodies, Map<String, String> owners) {
    Set<String> out = new TreeSet<>();
    String key = Names.key(namnd);
    for (String body : bodies) {
      if (!key.isEmpty() && body.startsWith(key)) {
        out.add(body);
      }
    }
    String owner = owners.get(namnd.toLowerCase(Locale.ROOT));
    if (owner != null) {
      out.add(owner);
    }
    return out;
  }

  /** The nämnder the files name (their {@code sweep} values). */
  private List<String> bodies(CloudSolrClient solr) {
    SolrQuery q = namedFilesFacets();
    q.setFacetSort("index");
    q.addFacetField(IndexFields.SWEEP);
    FacetField field = query(solr, q, "list the nämnder").getFacetField(IndexFields.SWEEP);
    List<String> out = new ArrayList<>();
    for (FacetField.Count c : field == null || field.getValues() == null ? List.<FacetField.Count>of() : field.getValues()) {
      out.add(c.getName());
    }
    return out;
  }

  /**
   * Whose registry numbers a prefix marks: the nämnd with the most files naming it (of equals, the
   * first by name).
   */
  private Map<String, String> prefixOwners(CloudSolrClient solr) {
    SolrQuery q = namedFilesFacets();
    q.addFacetPivotField(IndexFields.FILE_DNR_PREFIXES + "," + IndexFields.SWEEP);
    QueryResponse r = query(solr, q, "read the nämnder's registry prefixes");
    Map<String, String> out = new HashMap<>();
    List<PivotField> prefixes = r.getFacetPivot() == null ? null
        : r.getFacetPivot().get(IndexFields.FILE_DNR_PREFIXES + "," + IndexFields.SWEEP);
    for (PivotField prefix : prefixes == null ? List.<PivotField>of() : prefixes) {
      String best = null;
      int most = 0;
      for (PivotField body : prefix.getPivot() == null ? List.<PivotField>of() : prefix.getPivot()) {
        String name = String.valueOf(body.getValue());
        if (body.getCount() > most || body.getCount() == most && best != null && name.compareTo(best) < 0) {
          best = name;
          most = body.getCount();
        }
      }
      if (best != null) {
        out.put(String.valueOf(prefix.getValue()), best);
      }
    }
    return out;
  }

  /**
   * The files that name no nämnd (failed files among them), by the nämnd they are judged with: that
   * of the first of their registry prefixes some nämnd's files carry; "" for none.
   */
  private Map<String, List<String>> unnamedFiles(CloudSolrClient solr, Map<String, String> owners) {
    SolrQuery q = files();
    q.addFilterQuery("*:* -" + IndexFields.SWEEP + ":?*");
    q.setFields(IndexFields.ID, IndexFields.FILE_DNR_PREFIXES);
    q.setRows(1000);
    Map<String, List<String>> out = new HashMap<>();
    SolrCursor.forEach(q, page -> query(solr, page, "list the files that name no nämnd"), d -> {
      Collection<Object> prefixes = d.getFieldValues(IndexFields.FILE_DNR_PREFIXES);
      String body = prefixes == null ? "" : prefixes.stream().map(String::valueOf).sorted().map(owners::get)
          .filter(b -> b != null).findFirst().orElse("");
      out.computeIfAbsent(body, b -> new ArrayList<>()).add(SolrSearchService.text(d, IndexFields.ID));
    });
    return out;
  }

  /** One nämnd's files, and the files that name none judged with it, read page by page. */
  private Group group(CloudSolrClient solr, String body, List<String> unnamed) {
    List<Document> documents = new ArrayList<>();
    List<Reading.Unreadable> unreadable = new ArrayList<>();
    if (!body.isEmpty()) {
      SolrQuery q = files();
      q.addFilterQuery("{!term f=" + IndexFields.SWEEP + " v=$body}");
      q.set("body", body);
      read(solr, q, body, documents, unreadable);
    }
    for (int i = 0; i < unnamed.size(); i += PAGE * 10) {
      SolrQuery q = files();
      q.addFilterQuery("{!terms f=" + IndexFields.ID + "}" + String.join(",", unnamed.subList(i, Math.min(unnamed.size(),
          i + PAGE * 10))));
      read(solr, q, body, documents, unreadable);
    }
    // in the order of their names, as the embedded index gives them: where the rules choose between
    // two spellings of a nämnd, they choose alike
    documents.sort(java.util.Comparator.comparing(Document::source));
    unreadable.sort(java.util.Comparator.comparing(Reading.Unreadable::source));
    return new Group(body, documents, unreadable);
  }

  private void read(CloudSolrClient solr, SolrQuery q, String body, List<Document> documents,
      List<Reading.Unreadable> unreadable) {
    q.setFields(IndexFields.TYPE, IndexFields.SOURCE, IndexFields.REASON, IndexFields.STORED_DOCUMENT);
    q.setRows(PAGE);
    SolrCursor.forEach(q, page -> query(solr, page, "read the files of " + (body.isEmpty() ? "no nämnd" : body)), d -> {
      if (IndexFields.TYPE_FAILED.equals(SolrSearchService.text(d, IndexFields.TYPE))) {
        unreadable.add(new Reading.Unreadable(SolrSearchService.text(d, IndexFields.SOURCE),
            SolrSearchService.text(d, IndexFields.REASON)));
      } else {
        documents.add(DocumentCodec.document(SolrSearchService.bytes(d.getFirstValue(IndexFields.STORED_DOCUMENT))));
      }
    });
  }

  /** Every count of a facet over the files that name a nämnd, no file itself. */
  private SolrQuery namedFilesFacets() {
    SolrQuery q = files();
    q.addFilterQuery(IndexFields.SWEEP + ":?*");
    q.setRows(0);
    q.setFacet(true);
    q.setFacetLimit(-1);
    q.setFacetMinCount(1);
    return q;
  }

  /** The records of files read and failed, of the kommun asked for (on its shard only, where it has one). */
  private SolrQuery files() {
    SolrQuery q = new SolrQuery(IndexFields.TYPE + ":(" + IndexFields.TYPE_FILE + " OR " + IndexFields.TYPE_FAILED + ")");
    if (kommun != null) {
      q.addFilterQuery("{!terms f=" + IndexFields.KOMMUN + "}" + String.join(",", kommunKeys()));
      if (route != null) {
        q.set("_route_", route);
      }
    }
    return q;
  }

  /** The keys a letterhead of the kommun asked for gives: "Göteborg" is "Göteborgs Stad", "Nacka" "Nacka kommun". */
  private List<String> kommunKeys() {
    String k = Names.key(kommun).toLowerCase(Locale.ROOT);
    return List.of(k, k + "kommun", k + "stad", k + "skommun", k + "sstad");
  }

  /**
   * The shards of the kommun, as Solr's {@code _route_} names them: its keys the collection holds,
   * when the collection keeps each kommun on one shard ({@code solr init} makes it so); else
   * {@code null}, and every shard is asked.
   */
  private String route(CloudSolrClient solr) {
    org.apache.solr.common.cloud.DocCollection state;
    try {
      state = solr.getClusterState().getCollection(collection);
    } catch (RuntimeException e) {
      state = null;
    }
    if (state == null) {
      throw new NamndkollException(where() + ": no such collection; make it with 'solr init' and ingest into it");
    }
    Object router = state.get("router");
    if (!(router instanceof Map<?, ?> spec) || !IndexFields.KOMMUN.equals(spec.get("field"))) {
      return null;
    }
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("{!terms f=" + IndexFields.KOMMUN + "}" + String.join(",", kommunKeys()));
    q.setRows(0);
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.addFacetField(IndexFields.KOMMUN);
    FacetField held = query(solr, q, "find the kommun's shard").getFacetField(IndexFields.KOMMUN);
    List<String> keys = held == null || held.getValues() == null ? List.of()
        : held.getValues().stream().map(FacetField.Count::getName).toList();
    return keys.isEmpty() ? null : String.join(",", keys);
  }

  private QueryResponse query(CloudSolrClient solr, SolrQuery q, String what) {
    try {
      return solr.query(collection, q);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new NamndkollException(where() + ": cannot " + what + ": " + SolrArchiveStore.said(e), e);
    }
  }
}
