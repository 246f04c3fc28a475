package se.namndkoll.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * The index analyzer's compound splitting as an analysis factory, for Solr's schema
 * ({@code <filter name="namndkollCompoundSplit"/>}): a compound gives its parts beside itself, with
 * the program's Swedish word list. Takes no parameters.
 */
public final class CompoundSplitFilterFactory extends TokenFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know it by. */
  public static final String NAME = "namndkollCompoundSplit";

  public CompoundSplitFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For the service loader only. */
  public CompoundSplitFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return SwedishAnalyzers.compoundSplit(input);
  }
}
