package se.namndkoll.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The documents the indexer makes, as a SolrCloud collection of {@code solr/configsets/namndkoll}
 * takes them: each field's values by name, once each. The schema gives each field what the embedded
 * index gives it with several Lucene fields (a number searched, sorted and stored; a facet), so a
 * value written twice under one name is sent once, and a facet not at all: it is the field's doc
 * values in Solr.
 */
final class SolrDocuments {

  private SolrDocuments() {}

  /** The fields of one document, each with its values in order. */
  static Map<String, List<Object>> fields(Document doc) {
    Map<String, List<Object>> out = new LinkedHashMap<>();
    for (IndexableField f : doc.getFields()) {
      if (f instanceof SortedSetDocValuesFacetField) {
        continue;
      }
      Object value = value(f);
      if (value == null) {
        continue;
      }
      List<Object> values = out.computeIfAbsent(f.name(), k -> new ArrayList<>());
      if (!values.contains(value)) {
        values.add(value);
      }
    }
    return out;
  }

  /** The documents of one file, as {@link DocumentIndexer#documents} makes them, for Solr. */
  static List<Map<String, List<Object>>> of(String fileKey, String source, String hash,
      se.namndkoll.model.Document document) {
    return DocumentIndexer.documents(fileKey, source, hash, document).stream().map(SolrDocuments::fields).toList();
  }

  private static Object value(IndexableField f) {
    if (f.numericValue() != null) {
      return f.numericValue();
    }
    BytesRef bytes = f.binaryValue();
    if (bytes != null && f.stringValue() == null) {
      byte[] copy = new byte[bytes.length];
      System.arraycopy(bytes.bytes, bytes.offset, copy, 0, bytes.length);
      return new Bytes(copy);
    }
    return f.stringValue();
  }

  /** Stored bytes (a parsed document or ärende), equal by content so that a twin is sent once. */
  record Bytes(byte[] value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && java.util.Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return value.length + " bytes";
    }
  }
}
