package se.namndkoll.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Lucene's Swedish stop words, the ones the embedded index uses, as an analysis factory for Solr's
 * schema ({@code <filter name="namndkollSwedishStop"/>}), so that no copy of the list can drift.
 * Takes no parameters.
 */
public final class SwedishStopFilterFactory extends TokenFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know it by. */
  public static final String NAME = "namndkollSwedishStop";

  public SwedishStopFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For the service loader only. */
  public SwedishStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, SwedishAnalyzer.getDefaultStopSet());
  }
}
