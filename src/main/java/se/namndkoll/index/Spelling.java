package se.namndkoll.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import se.namndkoll.index.analysis.SwedishAnalyzers;

/**
 * "Menade du": the words of a query the archive does not know, spelt as the nearest words it does.
 * The nearest word is the indexed stem of titles and texts fewest edits away (two at most, one for a
 * short word, the first letter kept), the most frequent among equals; it is shown as the archive
 * writes it ("budgetuppföljning" for "budgetuppfölning"). Asked only when a query found nothing.
 */
final class Spelling {

  private static final List<String> FIELDS = List.of(IndexFields.TITLE, IndexFields.BODY);
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final int DOCS_READ = 3;

  private final Vocabulary vocabulary;
  private final Analyzer analyzer = SwedishAnalyzers.query();

  Spelling(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** An indexed word of titles or texts, and how many documents have it. */
  record Candidate(String term, int docFreq) {}

  /** What spelling reads of an archive: the embedded index ({@link IndexVocabulary}) or a collection. */
  interface Vocabulary {

    /** Whether the query (one word) finds anything. */
    boolean finds(String word, Query query) throws IOException;

    /**
     * The indexed words of titles and texts at most {@code maxEdits} from the stem, the first letter
     * the same, title's first: the word as typed is given for a store that stems it itself.
     */
    List<Candidate> near(String word, String stem, int maxEdits) throws IOException;

    /** The titles and texts of the first documents with the stem in their title or text. */
    List<String> texts(String stem, int documents) throws IOException;
  }

  /** The embedded index's words. */
  static final class IndexVocabulary implements Vocabulary {
    private final IndexSearcher searcher;

    IndexVocabulary(IndexSearcher searcher) {
      this.searcher = searcher;
    }

    @Override
    public boolean finds(String word, Query query) throws IOException {
      return searcher.count(query) > 0;
    }

    @Override
    public List<Candidate> near(String word, String stem, int maxEdits) throws IOException {
      List<Candidate> out = new ArrayList<>();
      for (String field : FIELDS) {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms == null) {
          continue;
        }
        FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(field, stem), maxEdits, 1, true);
        for (BytesRef t = candidates.next(); t != null; t = candidates.next()) {
          out.add(new Candidate(t.utf8ToString(), candidates.docFreq()));
        }
      }
      return out;
    }

    @Override
    public List<String> texts(String stem, int documents) throws IOException {
      Query has = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.TITLE, stem)), Occur.SHOULD)
          .add(new TermQuery(new Term(IndexFields.BODY, stem)), Occur.SHOULD)
          .build();
      List<String> out = new ArrayList<>();
      var stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(has, documents).scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(IndexFields.TITLE, IndexFields.BODY));
        for (String text : new String[] {d.get(IndexFields.TITLE), d.get(IndexFields.BODY)}) {
          if (text != null) {
            out.add(text);
          }
        }
      }
      return out;
    }
  }

  /** The query with each unknown word spelt as the nearest known one, or null when none was changed. */
  String corrected(String query) {
    try {
      StringBuilder out = new StringBuilder(query);
      boolean changed = false;
      List<QueryBuilder.Word> words = QueryBuilder.words(query);
      for (int i = words.size() - 1; i >= 0; i--) { // from the end, so that earlier offsets hold
        QueryBuilder.Word w = words.get(i);
        if (known(w.text())) {
          continue;
        }
        String nearest = nearest(w.text());
        if (nearest != null) {
          out.replace(w.start(), w.end(), nearest);
          changed = true;
        }
      }
      return changed ? out.toString() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean known(String word) throws IOException {
    Query q = QueryBuilder.userQuery(word);
    return q == null || (q instanceof BooleanQuery b && b.clauses().isEmpty()) || vocabulary.finds(word, q);
  }

  /** The nearest word of the archive, as it is written there, or null when none is near. */
  String nearest(String word) throws IOException {
    String stem = stem(word);
    if (stem == null || stem.length() < 4) {
      return null;
    }
    int maxEdits = stem.length() <= 5 ? 1 : 2;
    String best = null;
    int bestEdits = Integer.MAX_VALUE;
    int bestFreq = 0;
    for (Candidate c : vocabulary.near(word, stem, maxEdits)) {
      String candidate = c.term();
      if (candidate.equals(stem) || !candidate.chars().allMatch(Character::isLetter)) {
        continue;
      }
      int edits = edits(stem, candidate);
      if (edits > maxEdits) {
        continue;
      }
      if (edits < bestEdits || (edits == bestEdits && c.docFreq() > bestFreq)) {
        best = candidate;
        bestEdits = edits;
        bestFreq = c.docFreq();
      }
    }
    return best == null ? null : written(best);
  }

  /** The query analyzer's stem of the word, or null for a stop word. */
  private String stem(String word) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : null;
      ts.end();
      return first;
    }
  }

  /**
   * The word as the archive writes it whose stem this is: the most frequent such word in the
   * titles and texts of the first few ärenden that have it; the stem itself when none is found (a
   * part of a compound).
   */
  private String written(String stem) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Boolean> hasStem = new HashMap<>();
    for (String text : vocabulary.texts(stem, DOCS_READ)) {
      Matcher m = LETTERS.matcher(text);
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (w.startsWith(stem) && hasStem.computeIfAbsent(w, x -> stem.equals(stemUnchecked(x)))) {
          counts.merge(w, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()))
        .map(Map.Entry::getKey)
        .orElse(stem);
  }

  private String stemUnchecked(String word) {
    try {
      return stem(word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Edits from one word to the other: letters inserted, deleted, replaced or two swapped. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
