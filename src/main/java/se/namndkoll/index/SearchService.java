package se.namndkoll.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Names;

/**
 * Searches the embedded index: ranked hits with a highlighted snippet, and facet counts over all matches.
 * One service holds one reader of the index; open it for a run of searches and close it after.
 */
public final class SearchService implements ArchiveSearch {

  private static final List<String> FACET_DIMS = List.of(IndexFields.NAMND, IndexFields.YEAR, IndexFields.KIND);
  private static final int SNIPPET_CHARS = 220;
  /** Facet values counted per dimension. */
  static final int FACET_LIMIT = 20;
  /** Between two passages of a snippet. */
  static final String ELLIPSIS = " … ";
  /** How much of a field the highlighter reads. */
  static final int HIGHLIGHT_CHARS = 200_000;
  /** The most records one meeting's page lists: its files' agendas and ärenden. */
  static final int MEETING_RECORDS = 2_000;
  private static final Set<String> SHOWN =
      Set.of(IndexFields.ID, IndexFields.NAMND, IndexFields.DATE, IndexFields.DNR, IndexFields.DNR_FULL + "Shown",
          IndexFields.TITLE, IndexFields.KIND, IndexFields.SOURCE, IndexFields.PAGE, IndexFields.BODY,
          IndexFields.PARAGRAPH, IndexFields.OCR);

  private final ArchiveIndex index;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;
  private final Spelling spelling;
  private SortedSetDocValuesReaderState facetState;

  private SearchService(ArchiveIndex index) {
    this.index = index;
    this.reader = index.reader();
    this.searcher = new IndexSearcher(reader);
    this.highlighter =
        UnifiedHighlighter.builder(searcher, FieldAnalyzers.index())
            .withFormatter(new DefaultPassageFormatter(SearchHit.MARK_START, SearchHit.MARK_END, ELLIPSIS, false))
            .withMaxLength(HIGHLIGHT_CHARS)
            .build();
    this.spelling = new Spelling(new Spelling.IndexVocabulary(searcher));
  }

  public static SearchService open(Path indexDir) {
    return new SearchService(ArchiveIndex.forReading(indexDir));
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    Query userQuery = QueryBuilder.userQuery(request.query());
    try {
      Query shown = QueryBuilder.filtered(userQuery, request);
      FacetsCollectorManager.FacetsResult result = run(shown, request.limit());
      String suggestion = null;
      boolean relaxed = false;
      if (result.topDocs().totalHits.value == 0) {
        suggestion = spelling.corrected(request.query());
        if (suggestion != null) {
          userQuery = QueryBuilder.userQuery(suggestion);
          shown = QueryBuilder.filtered(userQuery, request);
          result = run(shown, request.limit());
        }
        for (int min = QueryBuilder.requiredParts(userQuery) - 1;
            min >= 1 && result.topDocs().totalHits.value == 0; min--) {
          Query some = QueryBuilder.filtered(QueryBuilder.relaxed(userQuery, min), request);
          FacetsCollectorManager.FacetsResult r = run(some, request.limit());
          if (r.topDocs().totalHits.value > 0) {
            result = r;
            shown = some;
            relaxed = true;
          }
        }
      }
      TopDocs top = result.topDocs();
      List<SearchHit> hits = new ArrayList<>();
      String[] snippets = snippets(shown, top);
      var stored = searcher.storedFields();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = stored.document(sd.doc, SHOWN);
        hits.add(hit(d, sd.score, snippets[i]));
      }
      Map<String, Map<String, Integer>> facets = facets(result.facetsCollector());
      return new SearchResult(top.totalHits.value, hits, facets, (System.nanoTime() - start) / 1_000_000, suggestion,
          relaxed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FacetsCollectorManager.FacetsResult run(Query query, int limit) throws IOException {
    return FacetsCollectorManager.search(searcher, query, limit, new FacetsCollectorManager());
  }

  private String[] snippets(Query query, TopDocs top) throws IOException {
    String[] out = new String[top.scoreDocs.length];
    if (top.scoreDocs.length == 0) {
      return out;
    }
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {IndexFields.BODY, IndexFields.TITLE}, query, top, new int[] {2, 1});
    String[] body = byField.get(IndexFields.BODY);
    String[] title = byField.get(IndexFields.TITLE);
    for (int i = 0; i < out.length; i++) {
      String s = body != null && body[i] != null ? body[i] : title != null ? title[i] : null;
      out[i] = s == null ? null : oneLine(s);
    }
    return out;
  }

  private static SearchHit hit(Document d, float score, String snippet) {
    String shown = shownSnippet(snippet, d.get(IndexFields.BODY));
    Number page = d.getField(IndexFields.PAGE) == null ? null : d.getField(IndexFields.PAGE).numericValue();
    String dnr = d.get(IndexFields.DNR_FULL + "Shown") != null ? d.get(IndexFields.DNR_FULL + "Shown") : d.get(IndexFields.DNR);
    return new SearchHit(d.get(IndexFields.ID), d.get(IndexFields.NAMND), d.get(IndexFields.DATE), dnr,
        d.get(IndexFields.TITLE), d.get(IndexFields.KIND), d.get(IndexFields.SOURCE), page == null ? null : page.intValue(),
        score, shown, d.get(IndexFields.PARAGRAPH), "true".equals(d.get(IndexFields.OCR)));
  }

  /** The snippet a hit shows: the highlighted passages, or else the start of its text. */
  static String shownSnippet(String snippet, String body) {
    String shown = snippet != null ? snippet : body == null ? "" : oneLine(body);
    if (shown.length() > SNIPPET_CHARS * 2) {
      shown = shown.substring(0, SNIPPET_CHARS * 2) + " …";
    }
    return shown;
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private Map<String, Map<String, Integer>> facets(FacetsCollector fc) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (facetState == null) {
      try {
        facetState = new DefaultSortedSetDocValuesReaderState(reader, DocumentIndexer.FACETS);
      } catch (IllegalArgumentException e) {
        return out; // an index without facet values yet
      }
    }
    Facets counts = new SortedSetDocValuesFacetCounts(facetState, fc);
    for (String dim : FACET_DIMS) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetResult r;
      try {
        r = counts.getTopChildren(FACET_LIMIT, dim);
      } catch (IllegalArgumentException e) {
        r = null;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.put(lv.label, lv.value.intValue());
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  @Override
  public Optional<ShownArende> show(String id) {
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      if (!IndexFields.TYPE_ARENDE.equals(d.get(IndexFields.TYPE))) {
        if (IndexFields.TYPE_MEETING.equals(d.get(IndexFields.TYPE))) {
          return Optional.of(new ShownArende(id, d.get(IndexFields.NAMND), d.get(IndexFields.DATE), d.get(IndexFields.SOURCE),
              null, d.get(IndexFields.TITLE), d.get(IndexFields.BODY)));
        }
        return Optional.empty();
      }
      Arende a = DocumentCodec.arende(d.getBinaryValue(IndexFields.STORED_ARENDE).bytes);
      return Optional.of(new ShownArende(id, d.get(IndexFields.NAMND), d.get(IndexFields.DATE), d.get(IndexFields.SOURCE),
          a, a.title(), d.get(IndexFields.BODY)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<ArchiveEntry> meeting(String namnd, LocalDate date) {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.NAMND_KEY, Names.key(namnd))), BooleanClause.Occur.FILTER)
        .add(LongPoint.newExactQuery(IndexFields.DAY, date.toEpochDay()), BooleanClause.Occur.FILTER)
        .build();
    try {
      return ArchiveEntries.inFileOrder(entries(searcher.search(q, MEETING_RECORDS)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<ArchiveEntry> meetings() {
    try {
      Query q = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_MEETING));
      return entries(searcher.search(q, Math.max(1, searcher.count(q)), Sort.INDEXORDER));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public ArchiveEntry.Slice arenden(int offset, int limit) {
    try {
      Query q = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ARENDE));
      int total = searcher.count(q);
      if (offset >= total || limit < 1) {
        return new ArchiveEntry.Slice(List.of(), total);
      }
      List<ArchiveEntry> page = entries(searcher.search(q, Math.min(total, offset + limit), Sort.INDEXORDER));
      return new ArchiveEntry.Slice(page.subList(offset, page.size()), total);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<ArchiveEntry> entries(TopDocs top) throws IOException {
    List<ArchiveEntry> out = new ArrayList<>();
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      Number page = d.getField(IndexFields.PAGE) == null ? null : d.getField(IndexFields.PAGE).numericValue();
      out.add(ArchiveEntries.entry(d::get, page == null ? null : page.intValue()));
    }
    return out;
  }

  @Override
  public Optional<Path> file(String fileId) {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.ID, fileId)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_FILE)), BooleanClause.Occur.FILTER)
        .build();
    try {
      TopDocs top = searcher.search(q, 1);
      return top.scoreDocs.length == 0 ? Optional.empty()
          : Optional.of(Path.of(searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.FILE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean isCurrent() {
    try {
      return reader.isCurrent();
    } catch (IOException e) {
      return true; // the folder cannot be read now: the archive as it was stays shown
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new NamndkollException(index.dir() + ": cannot close the index (" + e.getMessage() + ")", e);
    } finally {
      index.close();
    }
  }
}
