package se.namndkoll.index.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * The indefinite form beside a definite neuter ("protokollet", "protokoll") as an analysis factory,
 * for Solr's schema ({@code <filter name="namndkollDefiniteForm"/>}). Takes no parameters.
 */
public final class DefiniteFormFilterFactory extends TokenFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know it by. */
  public static final String NAME = "namndkollDefiniteForm";

  public DefiniteFormFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For the service loader only. */
  public DefiniteFormFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new DefiniteFormFilter(input);
  }
}
