package se.namndkoll.index;

import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrInputDocument;

/**
 * The documents the indexer makes, as a SolrCloud collection of {@code solr/configsets/namndkoll}
 * takes them: each field's values by name, once each. The schema gives each field what the embedded
 * index gives it with several Lucene fields (a number searched, sorted and stored; a facet), so a
 * value written twice under one name is sent once, and a facet not at all: it is the field's doc
 * values in Solr.
 */
final class SolrDocuments {

  private SolrDocuments() {}

  /** One document of the indexer as a Solr document. */
  static SolrInputDocument input(Document doc) {
    SolrInputDocument out = new SolrInputDocument();
    for (IndexableField f : doc.getFields()) {
      Object value = f instanceof SortedSetDocValuesFacetField ? null : value(f);
      Collection<Object> values = out.getFieldValues(f.name());
      if (value != null && (values == null || values.stream().noneMatch(v -> same(v, value)))) {
        out.addField(f.name(), value);
      }
    }
    return out;
  }

  private static boolean same(Object a, Object b) {
    return a instanceof byte[] x && b instanceof byte[] y ? Arrays.equals(x, y) : a.equals(b);
  }

  private static Object value(IndexableField f) {
    if (f.numericValue() != null) {
      return f.numericValue();
    }
    BytesRef bytes = f.binaryValue();
    if (bytes != null && f.stringValue() == null) {
      return Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
    }
    return f.stringValue();
  }
}
