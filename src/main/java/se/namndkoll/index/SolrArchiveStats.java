package se.namndkoll.index;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import se.namndkoll.NamndkollException;

/**
 * What an archive in a SolrCloud collection holds, as {@link ArchiveStats} says it of the embedded
 * index: meetings per nämnd and year (a pivot facet), ärenden, files read and failed. Its size is
 * Solr's to tell, not the program's.
 */
public final class SolrArchiveStats {

  private SolrArchiveStats() {}

  public static ArchiveStats of(String zkHost, String collection) {
    String where = collection + " on " + zkHost;
    try (CloudSolrClient solr = SolrArchiveStore.client(zkHost)) {
      SolrQuery meetings = new SolrQuery(IndexFields.TYPE + ":" + IndexFields.TYPE_MEETING);
      meetings.setRows(0);
      meetings.setFacet(true);
      meetings.setFacetLimit(-1);
      meetings.setFacetMissing(true);
      meetings.addFacetPivotField(IndexFields.NAMND + "," + IndexFields.YEAR);
      QueryResponse r = solr.query(collection, meetings);
      Map<String, Map<Integer, Integer>> byNamnd = new TreeMap<>();
      for (PivotField namnd : r.getFacetPivot().get(IndexFields.NAMND + "," + IndexFields.YEAR)) {
        String name = namnd.getValue() == null ? ArchiveStats.UNKNOWN_NAMND : namnd.getValue().toString();
        Map<Integer, Integer> years = byNamnd.computeIfAbsent(name, k -> new TreeMap<>());
        if (namnd.getPivot() == null) {
          years.merge(0, namnd.getCount(), Integer::sum);
          continue;
        }
        for (PivotField year : namnd.getPivot()) {
          int y = year.getValue() == null ? 0 : Integer.parseInt(year.getValue().toString());
          years.merge(y, year.getCount(), Integer::sum);
        }
      }
      int arenden = count(solr, collection, IndexFields.TYPE_ARENDE);
      int files = count(solr, collection, IndexFields.TYPE_FILE);
      int failed = count(solr, collection, IndexFields.TYPE_FAILED);
      return new ArchiveStats(where, byNamnd, arenden, files, failed, -1);
    } catch (NamndkollException e) {
      throw e;
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new NamndkollException(where + ": cannot read what the collection holds: " + SolrArchiveStore.said(e), e);
    }
  }

  private static int count(CloudSolrClient solr, String collection, String type)
      throws SolrServerException, IOException {
    SolrQuery q = new SolrQuery(IndexFields.TYPE + ":" + type);
    q.setRows(0);
    return Math.toIntExact(solr.query(collection, q).getResults().getNumFound());
  }
}
