package se.namndkoll.index;

import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;

/** Every document a query matches, page by page with Solr's cursor (in the order of the ids). */
final class SolrCursor {

  private SolrCursor() {}

  /** Gives each document to {@code each}; {@code fetch} asks Solr for one page, with its own retries or errors. */
  static void forEach(SolrQuery query, Function<SolrQuery, QueryResponse> fetch, Consumer<SolrDocument> each) {
    query.setSort(IndexFields.ID, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page = fetch.apply(query);
      page.getResults().forEach(each);
      if (cursor.equals(page.getNextCursorMark())) {
        return;
      }
      cursor = page.getNextCursorMark();
    }
  }
}
