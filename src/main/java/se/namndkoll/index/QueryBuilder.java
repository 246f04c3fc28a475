package se.namndkoll.index;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import se.namndkoll.NamndkollException;
import se.namndkoll.index.analysis.LegalReferences;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Names;

/**
 * Turns a {@link SearchRequest} into a Lucene query: the user's query ({@link #userQuery}) narrowed
 * by the request's filters ({@link #filtered}), and, for a query without hits, the same with only
 * some of its words required ({@link #relaxed}).
 */
final class QueryBuilder {

  /**
   * A registry number typed as a word of the query, in the forms kommuner write it ("KFKS 2020/1109",
   * "SLK-2025-00035", "IFN 2026-00021 1.2.2.1", "2026-21"): read by {@link Dnr} and searched in the
   * Dnr field by its key. A date (2026-03-10) is not one.
   */
  private static final Pattern DNR_WORD =
      Pattern.compile("(?<![\\w:\"/-])(?:\\p{Lu}{2,6}[\\s/-]?|\\p{L}{2,6}[/-])?(?:19|20)\\d{2}[-/.:]\\d{1,7}"
          + "(?:\\s\\d{1,2}(?:\\.\\d{1,3}){1,5})?(?![\\w/-])");

  /** A word of the query outside quotes: letters, perhaps in parentheses or after + or -. */
  private static final Pattern QUERY_TOKEN = Pattern.compile("\"[^\"]*\"?|[^\\s\"]+");
  private static final Pattern PLAIN_WORD = Pattern.compile("[(+-]*(\\p{L}{4,})\\)*");

  private QueryBuilder() {}

  /** The query the user typed, with registry numbers and legal references understood, without filters. */
  static Query userQuery(String query) {
    String text = LegalReferences.rewrite(closeQuote(query));
    text = dnrWords(text);
    return parse(text);
  }

  /** The user's query narrowed to ärenden and meetings and by the request's nämnd, dates and kind. */
  static Query filtered(Query userQuery, SearchRequest request) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
    b.add(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ARENDE)), Occur.SHOULD)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_MEETING)), Occur.SHOULD)
        .build(), Occur.FILTER);
    if (request.namnd() != null && !request.namnd().isBlank()) {
      b.add(namnd(request.namnd()), Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(IndexFields.DAY, from, to), Occur.FILTER);
    }
    if (request.kind() != null && !request.kind().isBlank()) {
      String k = kindValue(request.kind());
      b.add(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.KIND, k)), Occur.SHOULD)
          .add(new TermQuery(new Term(IndexFields.DOC_KIND, k)), Occur.SHOULD)
          .build(), Occur.FILTER);
    }
    return b.build();
  }

  /** How many parts of the user's query must all match: the words joined by the default AND. */
  static int requiredParts(Query userQuery) {
    if (!(userQuery instanceof BooleanQuery bq)) {
      return userQuery == null ? 0 : 1;
    }
    return (int) bq.clauses().stream().filter(c -> c.getOccur() == Occur.MUST).count();
  }

  /**
   * The user's query with its required parts made optional, at least {@code min} of them to match;
   * what it excludes (NOT) stays excluded.
   */
  static Query relaxed(Query userQuery, int min) {
    if (!(userQuery instanceof BooleanQuery bq)) {
      return userQuery;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause c : bq.clauses()) {
      b.add(c.getQuery(), c.getOccur() == Occur.MUST ? Occur.SHOULD : c.getOccur());
    }
    return b.setMinimumNumberShouldMatch(min).build();
  }

  /** A plain word of the query and where it stands in the text. */
  record Word(int start, int end, String text) {}

  /**
   * The plain words of the query, those spelling can be checked for: letters only, four or more,
   * not in a phrase, not a field or its value, not AND, OR or NOT.
   */
  static List<Word> words(String query) {
    List<Word> out = new ArrayList<>();
    Matcher m = QUERY_TOKEN.matcher(query);
    while (m.find()) {
      String token = m.group();
      if (token.startsWith("\"") || token.indexOf(':') >= 0) {
        continue;
      }
      Matcher w = PLAIN_WORD.matcher(token);
      if (w.matches() && !List.of("AND", "OR", "NOT").contains(w.group(1))) {
        out.add(new Word(m.start() + w.start(1), m.start() + w.end(1), w.group(1)));
      }
    }
    return out;
  }

  private static String dnrWords(String text) {
    Matcher m = DNR_WORD.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (insideQuotes(text, m.start())) {
        replacement = m.group();
      } else {
        replacement = Dnr.find(m.group()).map(d -> "dnr:\"" + d.normalised() + "\"")
            // a number Dnr cannot read is searched as it is written, as a phrase
            .orElse("\"" + m.group() + "\"");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A phrase whose closing quote is missing runs to the end of the query ("placering "av barn"). */
  static String closeQuote(String query) {
    int quotes = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes++;
      }
    }
    if (quotes % 2 == 0) {
      return query;
    }
    return (query.endsWith("\\") ? query.substring(0, query.length() - 1) : query) + '"';
  }

  private static boolean insideQuotes(String text, int at) {
    int quotes = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  /**
   * A registry number in the Dnr field, by its key ("2026-21" for IFN 2026-00021); an archive
   * indexed before there was a key is still searched by the number's year and serial as written.
   */
  static Query dnr(String value) {
    Optional<Dnr> dnr = Dnr.parse(value);
    if (dnr.isEmpty()) {
      return new TermQuery(new Term(IndexFields.DNR, value.strip()));
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.DNR_KEY, dnr.get().key())), Occur.SHOULD)
        .add(new TermQuery(new Term(IndexFields.DNR, dnr.get().normalised())), Occur.SHOULD)
        .build();
  }

  private static Query parse(String text) {
    Parser parser = new Parser(FieldAnalyzers.query());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      String first = e.getMessage() == null ? "syntax" : e.getMessage().lines().findFirst().orElse("syntax");
      throw NamndkollException.badUsage("cannot read the query '" + text + "': " + first);
    }
  }

  /** A nämnd by name (any spelling of spaces, hyphens and case) or by its Dnr prefix. */
  static Query namnd(String value) {
    String key = Names.key(value);
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.NAMND_KEY, key)), Occur.SHOULD)
        .add(new PrefixQuery(new Term(IndexFields.NAMND_KEY, key)), Occur.SHOULD)
        .add(new TermQuery(new Term(IndexFields.DNR_PREFIX, value.strip().toLowerCase(Locale.ROOT))), Occur.SHOULD)
        .build();
  }

  private static String kindValue(String kind) {
    String k = kind.strip().toLowerCase(Locale.ROOT);
    return Normalizer.normalize(k, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** The classic parser, with the archive's own fields understood by their names. */
  private static final class Parser extends MultiFieldQueryParser {
    private static final Set<String> OWN_FIELDS =
        Set.of("namnd", "nämnd", "dnr", "year", "år", "ar", "kind", "typ", "klassa", "date", "datum");

    Parser(Analyzer analyzer) {
      super(IndexFields.SEARCHED.keySet().toArray(String[]::new), analyzer, IndexFields.SEARCHED);
    }

    /** A quoted value ({@code dnr:"2026-00021"}) reaches the archive's own fields too. */
    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field != null && OWN_FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
        return getFieldQuery(field, queryText, true);
      }
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (field == null) {
        return super.getFieldQuery(field, queryText, quoted);
      }
      switch (field.toLowerCase(Locale.ROOT)) {
        case "namnd", "nämnd" -> {
          return namnd(queryText);
        }
        case "dnr" -> {
          return dnr(queryText);
        }
        case "year", "år", "ar" -> {
          return new TermQuery(new Term(IndexFields.YEAR, queryText.strip()));
        }
        case "kind", "typ" -> {
          String k = kindValue(queryText);
          return new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexFields.KIND, k)), Occur.SHOULD)
              .add(new TermQuery(new Term(IndexFields.DOC_KIND, k)), Occur.SHOULD)
              .build();
        }
        case "klassa" -> {
          return new TermQuery(new Term(IndexFields.KLASSA, queryText.strip()));
        }
        case "date", "datum" -> {
          LocalDate d = LocalDate.parse(queryText.strip());
          return LongPoint.newExactQuery(IndexFields.DAY, d.toEpochDay());
        }
        default -> {
          return super.getFieldQuery(field, queryText, quoted);
        }
      }
    }
  }
}
