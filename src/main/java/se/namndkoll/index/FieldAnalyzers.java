package se.namndkoll.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import se.namndkoll.index.analysis.SwedishAnalyzers;

/**
 * The analyzer of each field of the archive, for the index that writes it and for the queries that
 * read it (in this program and, through {@link SolrQueryParserPlugin}, inside Solr).
 */
final class FieldAnalyzers {

  private FieldAnalyzers() {}

  /** The analyzer of every field as indexed: Swedish text for text fields, exact values for the rest. */
  static Analyzer index() {
    return of(SwedishAnalyzers.index());
  }

  /** The analyzer of every field as queried: Swedish text without compound parts. */
  static Analyzer query() {
    return of(SwedishAnalyzers.query());
  }

  /** Swedish text by the given analyzer, folded twins folded, exact values as they are. */
  private static Analyzer of(Analyzer text) {
    Map<String, Analyzer> fields = new HashMap<>();
    for (String f : IndexFields.EXACT) {
      fields.put(f, new KeywordAnalyzer());
    }
    for (String f : List.of(IndexFields.TITLE, IndexFields.BODY)) {
      fields.put(f + IndexFields.FOLDED, SwedishAnalyzers.folded());
    }
    // attachments are the bulk of a package's pages, and a section's text is in the body too:
    // stemmed, not split into compound parts a second time
    fields.put(IndexFields.ATTACHMENTS, SwedishAnalyzers.query());
    for (String section : IndexFields.SECTIONS) {
      fields.put(section, SwedishAnalyzers.query());
    }
    return new PerFieldAnalyzerWrapper(text, fields);
  }
}
