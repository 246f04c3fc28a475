package se.namndkoll.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Names;

/**
 * Searches the archive in a SolrCloud collection made from {@code solr/configsets/namndkoll}, as
 * {@link SearchService} searches the embedded index: Solr runs the same query ({@link
 * SolrQueryParserPlugin}), counts the same facets, and highlights with the same marks and the same
 * passages (Lucene's unified highlighter in both). Scores use the collection's statistics across all
 * shards, as the configset asks, so the order is the embedded index's too.
 */
public final class SolrSearchService implements ArchiveSearch {

  private static final List<String> FACET_FIELDS = List.of(IndexFields.NAMND, IndexFields.YEAR, IndexFields.KIND);
  private static final String[] SHOWN = {IndexFields.ID, IndexFields.NAMND, IndexFields.DATE, IndexFields.DNR,
      IndexFields.DNR_FULL + "Shown", IndexFields.TITLE, IndexFields.KIND, IndexFields.SOURCE, IndexFields.PAGE,
      IndexFields.BODY, IndexFields.PARAGRAPH, IndexFields.OCR, "score"};

  /**
   * The marks Solr is asked to put around a found passage, made {@link SearchHit}'s after: Solr
   * drops the first character of Unicode's private use area from its parameters.
   */
  private static final String SOLR_MARK_START = "\u0002";
  private static final String SOLR_MARK_END = "\u0003";

  private final CloudSolrClient solr;
  private final String collection;
  private final String where;
  private final Spelling spelling;

  SolrSearchService(CloudSolrClient solr, String collection, String where) {
    this.solr = solr;
    this.collection = collection;
    this.where = where;
    this.spelling = new Spelling(new SolrVocabulary(this));
  }

  /** The collection on the SolrCloud at {@code zkHost} (or a node's address). */
  public static SolrSearchService connect(String zkHost, String collection) {
    return new SolrSearchService(SolrArchiveStore.client(zkHost), collection, collection + " on " + zkHost);
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    Query userQuery = QueryBuilder.userQuery(request.query()); // the query's errors are the program's own lines
    String query = request.query();
    QueryResponse r = query(request, query, 0);
    String suggestion = null;
    boolean relaxed = false;
    if (r.getResults().getNumFound() == 0) {
      suggestion = spelling.corrected(request.query());
      if (suggestion != null) {
        query = suggestion;
        userQuery = QueryBuilder.userQuery(suggestion);
        r = query(request, query, 0);
      }
      for (int min = QueryBuilder.requiredParts(userQuery) - 1; min >= 1 && r.getResults().getNumFound() == 0; min--) {
        QueryResponse some = query(request, query, min);
        if (some.getResults().getNumFound() > 0) {
          r = some;
          relaxed = true;
        }
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> highlighting = r.getHighlighting();
    for (SolrDocument d : r.getResults()) {
      String id = text(d, IndexFields.ID);
      Map<String, List<String>> marked = highlighting == null ? null : highlighting.get(id);
      hits.add(hit(d, snippet(marked)));
    }
    return new SearchResult(r.getResults().getNumFound(), hits, facets(r), (System.nanoTime() - start) / 1_000_000,
        suggestion, relaxed);
  }

  /** The request with the query given, at least {@code relax} of its required parts matching (0: all). */
  private QueryResponse query(SearchRequest request, String query, int relax) {
    SolrQuery q = new SolrQuery();
    StringBuilder local = new StringBuilder("{!" + SolrQueryParserPlugin.NAME + " v=$nq");
    q.set("nq", query);
    param(q, local, "namnd", request.namnd());
    param(q, local, "kind", request.kind());
    param(q, local, "from", request.from() == null ? null : request.from().toString());
    param(q, local, "to", request.to() == null ? null : request.to().toString());
    if (relax > 0) {
      param(q, local, "relax", String.valueOf(relax));
    }
    q.setQuery(local.append('}').toString());
    q.setFields(SHOWN);
    q.setRows(request.limit());
    q.setFacet(true);
    q.setFacetLimit(SearchService.FACET_LIMIT);
    q.setFacetMinCount(1);
    q.addFacetField(FACET_FIELDS.toArray(String[]::new));
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", IndexFields.BODY + "," + IndexFields.TITLE);
    q.set("f." + IndexFields.BODY + ".hl.snippets", 2);
    q.set("f." + IndexFields.TITLE + ".hl.snippets", 1);
    q.set("hl.tag.pre", SOLR_MARK_START);
    q.set("hl.tag.post", SOLR_MARK_END);
    q.set("hl.tag.ellipsis", SearchService.ELLIPSIS);
    q.set("hl.maxAnalyzedChars", SearchService.HIGHLIGHT_CHARS);
    q.set("hl.requireFieldMatch", true); // as Lucene's highlighter: a word is marked in the field it was found in
    q.set("hl.defaultSummary", true); // as Lucene's: a field without the words shows its first sentences
    q.set("hl.fragsize", 1); // sentences, as Lucene's highlighter breaks them, with no length goal
    return call("search", () -> solr.query(collection, q, SolrRequest.METHOD.POST));
  }

  private static void param(SolrQuery q, StringBuilder local, String name, String value) {
    if (value != null && !value.isBlank()) {
      local.append(' ').append(name).append("=$n").append(name);
      q.set("n" + name, value);
    }
  }

  private static String snippet(Map<String, List<String>> marked) {
    if (marked == null) {
      return null;
    }
    List<String> body = marked.get(IndexFields.BODY);
    List<String> title = marked.get(IndexFields.TITLE);
    String s = body != null && !body.isEmpty() ? String.join(SearchService.ELLIPSIS, body)
        : title != null && !title.isEmpty() ? title.get(0) : null;
    return s == null ? null
        : SearchService.oneLine(s.replace(SOLR_MARK_START, SearchHit.MARK_START).replace(SOLR_MARK_END, SearchHit.MARK_END));
  }

  private static SearchHit hit(SolrDocument d, String snippet) {
    String dnr = text(d, IndexFields.DNR_FULL + "Shown") != null ? text(d, IndexFields.DNR_FULL + "Shown")
        : text(d, IndexFields.DNR);
    Object page = d.getFirstValue(IndexFields.PAGE);
    Object score = d.getFirstValue("score");
    return new SearchHit(text(d, IndexFields.ID), text(d, IndexFields.NAMND), text(d, IndexFields.DATE), dnr,
        text(d, IndexFields.TITLE), text(d, IndexFields.KIND), text(d, IndexFields.SOURCE),
        page instanceof Number n ? n.intValue() : null, score instanceof Number n ? n.floatValue() : 0f,
        SearchService.shownSnippet(snippet, text(d, IndexFields.BODY)), text(d, IndexFields.PARAGRAPH),
        "true".equals(text(d, IndexFields.OCR)));
  }

  private static Map<String, Map<String, Integer>> facets(QueryResponse r) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String field : FACET_FIELDS) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetField f = r.getFacetField(field);
      if (f != null && f.getValues() != null) {
        for (FacetField.Count c : f.getValues()) {
          String label = field.equals(IndexFields.KIND) ? IndexFields.kindLabel(c.getName()) : c.getName();
          values.merge(label, (int) c.getCount(), Integer::sum);
        }
      }
      out.put(field, values);
    }
    return out;
  }

  @Override
  public Optional<ShownArende> show(String id) {
    SolrQuery q = new SolrQuery("{!term f=" + IndexFields.ID + " v=$id}");
    q.set("id", id);
    q.setFields(IndexFields.ID, IndexFields.TYPE, IndexFields.NAMND, IndexFields.DATE, IndexFields.SOURCE,
        IndexFields.TITLE, IndexFields.BODY, IndexFields.STORED_ARENDE);
    q.setRows(1);
    QueryResponse r = call("show " + id, () -> solr.query(collection, q));
    if (r.getResults().isEmpty()) {
      return Optional.empty();
    }
    SolrDocument d = r.getResults().get(0);
    String type = text(d, IndexFields.TYPE);
    if (IndexFields.TYPE_MEETING.equals(type)) {
      return Optional.of(new ShownArende(id, text(d, IndexFields.NAMND), text(d, IndexFields.DATE),
          text(d, IndexFields.SOURCE), null, text(d, IndexFields.TITLE), text(d, IndexFields.BODY)));
    }
    if (!IndexFields.TYPE_ARENDE.equals(type)) {
      return Optional.empty();
    }
    Arende a = DocumentCodec.arende(bytes(d.getFirstValue(IndexFields.STORED_ARENDE)));
    return Optional.of(new ShownArende(id, text(d, IndexFields.NAMND), text(d, IndexFields.DATE),
        text(d, IndexFields.SOURCE), a, a.title(), text(d, IndexFields.BODY)));
  }

  private static final String[] ENTRY_FIELDS = {IndexFields.ID, IndexFields.TYPE, IndexFields.DOC_KIND,
      IndexFields.SOURCE, IndexFields.TITLE, IndexFields.DNR, IndexFields.DNR_FULL + "Shown", IndexFields.PARAGRAPH,
      IndexFields.KIND, IndexFields.PAGE, IndexFields.SEKRETESS, IndexFields.BODY, IndexFields.NAMND, IndexFields.DATE};

  @Override
  public List<ArchiveEntry> meeting(String namnd, LocalDate date) {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery("{!term f=" + IndexFields.NAMND_KEY + " v=$nk}", IndexFields.DAY + ":" + date.toEpochDay());
    q.set("nk", Names.key(namnd));
    q.setFields(ENTRY_FIELDS);
    q.setRows(SearchService.MEETING_RECORDS);
    return ArchiveEntries.inFileOrder(entries(call("read the meeting", () -> solr.query(collection, q)).getResults()));
  }

  @Override
  public List<ArchiveEntry> meetings() {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(IndexFields.TYPE + ":" + IndexFields.TYPE_MEETING);
    q.setFields(ENTRY_FIELDS);
    List<ArchiveEntry> out = new ArrayList<>();
    SolrCursor.forEach(q, page -> call("list the meetings", () -> solr.query(collection, page)),
        d -> out.addAll(entries(List.of(d))));
    return out;
  }

  @Override
  public ArchiveEntry.Slice arenden(int offset, int limit) {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(IndexFields.TYPE + ":" + IndexFields.TYPE_ARENDE);
    q.setFields(ENTRY_FIELDS);
    q.setSort(IndexFields.ID, SolrQuery.ORDER.asc);
    q.setStart(Math.max(0, offset));
    q.setRows(Math.max(0, limit));
    QueryResponse r = call("list the ärenden", () -> solr.query(collection, q));
    return new ArchiveEntry.Slice(entries(r.getResults()), r.getResults().getNumFound());
  }

  private static List<ArchiveEntry> entries(List<SolrDocument> documents) {
    List<ArchiveEntry> out = new ArrayList<>();
    for (SolrDocument d : documents) {
      Object page = d.getFirstValue(IndexFields.PAGE);
      out.add(ArchiveEntries.entry(field -> text(d, field), page instanceof Number n ? n.intValue() : null));
    }
    return out;
  }

  @Override
  public Optional<Path> file(String fileId) {
    SolrQuery q = new SolrQuery("{!term f=" + IndexFields.ID + " v=$id}");
    q.set("id", fileId);
    q.addFilterQuery(IndexFields.TYPE + ":" + IndexFields.TYPE_FILE);
    q.setFields(IndexFields.FILE);
    q.setRows(1);
    QueryResponse r = call("find file " + fileId, () -> solr.query(collection, q));
    return r.getResults().isEmpty() ? Optional.empty() : Optional.of(Path.of(text(r.getResults().get(0), IndexFields.FILE)));
  }

  /** How many ärenden and meetings the query (a word) finds, with no filter. */
  long count(String query) {
    SolrQuery q = new SolrQuery("{!" + SolrQueryParserPlugin.NAME + " v=$nq}");
    q.set("nq", query);
    q.setRows(0);
    return call("search", () -> solr.query(collection, q, SolrRequest.METHOD.POST)).getResults().getNumFound();
  }

  /** Solr's answer to a query; a failure is one line naming the collection. */
  QueryResponse call(String what, SolrArchiveStore.SolrCall<QueryResponse> call) {
    try {
      return call.call();
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new NamndkollException(where + ": cannot " + what + ": " + SolrArchiveStore.said(e), e);
    }
  }

  static byte[] bytes(Object value) {
    if (value instanceof byte[] b) {
      return b;
    }
    if (value instanceof ByteBuffer buffer) {
      byte[] b = new byte[buffer.remaining()];
      buffer.duplicate().get(b);
      return b;
    }
    throw new NamndkollException("the collection holds no stored ärende here; ingest its file again");
  }

  static String text(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  CloudSolrClient solr() {
    return solr;
  }

  String collection() {
    return collection;
  }

  @Override
  public void close() {
    try {
      solr.close();
    } catch (IOException e) {
      // a closed client loses nothing: searches only read
    }
  }
}
