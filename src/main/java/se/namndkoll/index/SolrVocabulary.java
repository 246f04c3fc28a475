package se.namndkoll.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;

/**
 * The words of a collection, for "menade du": near words from the spellcheckers the configset
 * defines on titles and texts (Lucene's fuzzy terms, as the embedded index reads them, summed over
 * the shards), the texts a stem is written in from the first documents that have it.
 */
final class SolrVocabulary implements Spelling.Vocabulary {

  private static final int SUGGESTIONS = 20;

  private final SolrSearchService solr;

  SolrVocabulary(SolrSearchService solr) {
    this.solr = solr;
  }

  @Override
  public boolean finds(String word, Query query) {
    return solr.count(word) > 0;
  }

  @Override
  public List<Spelling.Candidate> near(String word, String stem, int maxEdits) {
    List<Spelling.Candidate> out = new ArrayList<>();
    for (String field : List.of(IndexFields.TITLE, IndexFields.BODY)) {
      SolrQuery q = new SolrQuery("{!term f=" + IndexFields.ID + " v=$none}");
      q.set("none", "");
      q.setRows(0);
      q.set("spellcheck", true);
      q.set("spellcheck.dictionary", field);
      q.set("spellcheck.q", word);
      q.set("spellcheck.count", SUGGESTIONS);
      q.set("spellcheck.extendedResults", true);
      q.set("spellcheck.onlyMorePopular", false);
      QueryResponse r = solr.call("find words near " + word, () -> solr.solr().query(solr.collection(), q));
      SpellCheckResponse spell = r.getSpellCheckResponse();
      if (spell == null || spell.getSuggestions() == null) {
        continue;
      }
      for (SpellCheckResponse.Suggestion s : spell.getSuggestions()) {
        List<String> words = s.getAlternatives();
        List<Integer> freqs = s.getAlternativeFrequencies();
        for (int i = 0; i < words.size(); i++) {
          out.add(new Spelling.Candidate(words.get(i), freqs == null ? 0 : freqs.get(i)));
        }
      }
    }
    return out;
  }

  @Override
  public List<String> texts(String stem, int documents) {
    SolrQuery q = new SolrQuery("{!bool should=$inTitle should=$inBody}");
    q.set("inTitle", "{!term f=" + IndexFields.TITLE + " v=$stem}");
    q.set("inBody", "{!term f=" + IndexFields.BODY + " v=$stem}");
    q.set("stem", stem);
    q.setFields(IndexFields.TITLE, IndexFields.BODY);
    q.setRows(documents);
    QueryResponse r = solr.call("read the texts of " + stem, () -> solr.solr().query(solr.collection(), q));
    List<String> out = new ArrayList<>();
    for (SolrDocument d : r.getResults()) {
      for (String field : List.of(IndexFields.TITLE, IndexFields.BODY)) {
        String text = SolrSearchService.text(d, field);
        if (text != null) {
          out.add(text);
        }
      }
    }
    return out;
  }
}
