package se.namndkoll.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrDocument;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;

/**
 * The documents of a SolrCloud collection that hold one ärende of one meeting: what a
 * protokollsutdrag is made of, read without the rest of the archive.
 */
public final class SolrArchiveFiles {

  private SolrArchiveFiles() {}

  /** The files with an ärende of this registry number at a meeting on this day, in the order of their names. */
  public static List<Document> withArende(String zkHost, String collection, Dnr dnr, LocalDate meeting) {
    String where = collection + " on " + zkHost;
    try (CloudSolrClient solr = SolrArchiveStore.client(zkHost)) {
      SolrQuery arenden = new SolrQuery(IndexFields.TYPE + ":" + IndexFields.TYPE_ARENDE);
      arenden.addFilterQuery("{!term f=" + IndexFields.DNR_KEY + " v=$key}");
      arenden.set("key", dnr.key());
      arenden.addFilterQuery(IndexFields.DAY + ":" + meeting.toEpochDay());
      arenden.setFields(IndexFields.FILE);
      arenden.setRows(100);
      Set<String> files = new LinkedHashSet<>();
      for (SolrDocument d : solr.query(collection, arenden).getResults()) {
        files.add(SolrSearchService.text(d, IndexFields.FILE));
      }
      List<Document> out = new ArrayList<>();
      for (String file : files) {
        SolrQuery q = new SolrQuery(IndexFields.TYPE + ":" + IndexFields.TYPE_FILE);
        q.addFilterQuery("{!term f=" + IndexFields.FILE + " v=$file}");
        q.set("file", file);
        q.setFields(IndexFields.STORED_DOCUMENT);
        for (SolrDocument d : solr.query(collection, q).getResults()) {
          out.add(DocumentCodec.document(SolrSearchService.bytes(d.getFirstValue(IndexFields.STORED_DOCUMENT))));
        }
      }
      out.sort(java.util.Comparator.comparing(Document::source));
      return out;
    } catch (NamndkollException e) {
      throw e;
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new NamndkollException(where + ": cannot read the ärende's documents: " + SolrArchiveStore.said(e), e);
    }
  }
}
