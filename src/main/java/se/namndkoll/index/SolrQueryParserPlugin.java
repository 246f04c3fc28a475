package se.namndkoll.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import se.namndkoll.NamndkollException;

/**
 * The archive's queries inside Solr: {@code {!namndkoll namnd=.. kind=.. from=.. to=.. relax=..}query}
 * builds the very query the embedded index runs ({@link QueryBuilder}): registry numbers, legal
 * references, the archive's own fields ({@code namnd:}, {@code dnr:}, {@code kind:}) and the
 * request's filters, so that both backends find the same ärenden. The configset registers it as
 * {@value #NAME}; it comes with the analysis factories in namndkoll's Solr plugin jar.
 *
 * <p>Local parameters: {@code namnd} (a name or Dnr prefix), {@code kind}, {@code from} and {@code
 * to} (ISO dates, either may be missing), {@code relax} (with N, only N of the query's required
 * parts need match).
 */
public final class SolrQueryParserPlugin extends QParserPlugin {

  public static final String NAME = "namndkoll";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        SolrParams local = localParams == null ? SolrParams.of() : localParams;
        try {
          SearchRequest request = new SearchRequest(qstr, local.get("namnd"), date(local.get("from")),
              date(local.get("to")), local.get("kind"), 1);
          Query user = QueryBuilder.userQuery(qstr);
          int relax = local.getInt("relax", 0);
          return QueryBuilder.filtered(relax > 0 ? QueryBuilder.relaxed(user, relax) : user, request);
        } catch (NamndkollException e) {
          throw new SyntaxError(e.getMessage(), e);
        }
      }
    };
  }

  private static LocalDate date(String value) throws SyntaxError {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new SyntaxError("not a date (YYYY-MM-DD): " + value, e);
    }
  }
}
