package se.namndkoll.index.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * References to laws and protocol paragraphs kept whole ("6 kap. 39 § KL", "§ 12") as an analysis
 * factory, for Solr's schema ({@code <charFilter name="namndkollLegalReferences"/>}). Takes no
 * parameters.
 */
public final class LegalReferenceCharFilterFactory extends CharFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know it by. */
  public static final String NAME = "namndkollLegalReferences";

  public LegalReferenceCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For the service loader only. */
  public LegalReferenceCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new LegalReferenceCharFilter(input);
  }
}
