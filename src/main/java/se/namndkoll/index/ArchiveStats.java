package se.namndkoll.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * What the archive holds: meetings per nämnd and year, ärenden, files read and failed, and the
 * index's size on disk.
 *
 * @param index the index folder, or the SolrCloud collection and where it is
 * @param bytes the index's size on disk; -1 where it is not the program's to measure (on Solr)
 */
public record ArchiveStats(
    String index, Map<String, Map<Integer, Integer>> meetings, int arenden, int files, int failed, long bytes) {

  /** Where meetings of no known nämnd are counted. */
  static final String UNKNOWN_NAMND = "(okänd nämnd)";

  public static ArchiveStats of(Path indexDir) {
    try (ArchiveIndex index = ArchiveIndex.forReading(indexDir); DirectoryReader reader = index.reader()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Map<String, Map<Integer, Integer>> meetings = new TreeMap<>();
      TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_MEETING)),
          Math.max(1, reader.maxDoc()));
      var stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(IndexFields.NAMND, IndexFields.DATE));
        String namnd = d.get(IndexFields.NAMND) == null ? UNKNOWN_NAMND : d.get(IndexFields.NAMND);
        int year = d.get(IndexFields.DATE) == null ? 0 : Integer.parseInt(d.get(IndexFields.DATE).substring(0, 4));
        meetings.computeIfAbsent(namnd, k -> new TreeMap<>()).merge(year, 1, Integer::sum);
      }
      int arenden = searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ARENDE)));
      int files = searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_FILE)));
      int failed = searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_FAILED)));
      return new ArchiveStats(indexDir.toString(), meetings, arenden, files, failed, index.sizeOnDisk());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
