package se.namndkoll.index;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import se.namndkoll.NamndkollException;
import se.namndkoll.index.analysis.LegalReferences;
import se.namndkoll.index.analysis.SwedishAnalyzers;
import se.namndkoll.model.Dnr;

/** Turns a {@link SearchRequest} into a Lucene query. */
final class QueryBuilder {

  /** A registry number typed as a word of the query: searched in the Dnr field. */
  private static final Pattern DNR_WORD =
      Pattern.compile("(?<![\\w:\"-])(?:\\p{Lu}{2,6}\\s)?(?:19|20)\\d{2}[-/]\\d{2,6}(?:\\s\\d{1,2}(?:\\.\\d{1,3}){1,5})?(?![\\w-])");

  private QueryBuilder() {}

  static Query build(SearchRequest request) {
    String text = LegalReferences.rewrite(request.query());
    text = dnrWords(text);
    Query userQuery = parse(text);
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

  private static String dnrWords(String text) {
    Matcher m = DNR_WORD.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String normalised = Dnr.find(m.group()).map(Dnr::normalised).orElse(null);
      m.appendReplacement(sb, Matcher.quoteReplacement(normalised == null ? m.group() : "dnr:\"" + normalised + "\""));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static Query parse(String text) {
    Parser parser = new Parser(ArchiveIndex.analyzer(SwedishAnalyzers.query()));
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
    String key = se.namndkoll.model.Names.key(value);
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.NAMND_KEY, key)), Occur.SHOULD)
        .add(new PrefixQuery(new Term(IndexFields.NAMND_KEY, key)), Occur.SHOULD)
        .add(new TermQuery(new Term(IndexFields.DNR_PREFIX, value.strip().toLowerCase(Locale.ROOT))), Occur.SHOULD)
        .build();
  }

  private static String kindValue(String kind) {
    String k = kind.strip().toLowerCase(Locale.ROOT);
    return java.text.Normalizer.normalize(k, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** The classic parser, with the archive's own fields understood by their names. */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer) {
      super(IndexFields.SEARCHED.keySet().toArray(String[]::new), analyzer, IndexFields.SEARCHED);
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
          String normalised = Dnr.parse(queryText).map(Dnr::normalised).orElse(queryText.strip());
          return new TermQuery(new Term(IndexFields.DNR, normalised));
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
