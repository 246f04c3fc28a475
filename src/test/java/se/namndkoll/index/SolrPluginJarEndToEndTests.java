package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The packaged Solr plugin ({@code target/namndkoll-solr-plugin.jar}) on its own, as a Solr node
 * loads it: beside nothing but Lucene's jars, its factories are found by their names and the index
 * analysis built from them splits a compound.
 */
class SolrPluginJarEndToEndTests {

  private static Path plugin() {
    String jar = System.getProperty("namndkoll.jar", "target/namndkoll.jar");
    return Path.of(jar.replace(".jar", "-solr-plugin.jar"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theFactoriesLoadBesideLuceneAloneAndSplitACompound() throws Exception {
    Path plugin = plugin();
    assertThat(plugin).exists();
    List<URL> urls = new ArrayList<>();
    urls.add(plugin.toUri().toURL());
    urls.add(Analyzer.class.getProtectionDomain().getCodeSource().getLocation());
    urls.add(SwedishAnalyzer.class.getProtectionDomain().getCodeSource().getLocation());
    try (URLClassLoader solr = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> filters = Class.forName("org.apache.lucene.analysis.TokenFilterFactory", true, solr);
      Class<?> charFilters = Class.forName("org.apache.lucene.analysis.CharFilterFactory", true, solr);
      filters.getMethod("reloadTokenFilters", ClassLoader.class).invoke(null, solr);
      charFilters.getMethod("reloadCharFilters", ClassLoader.class).invoke(null, solr);
      Set<String> names = (Set<String>) filters.getMethod("availableTokenFilters").invoke(null);
      Set<String> charNames = (Set<String>) charFilters.getMethod("availableCharFilters").invoke(null);
      assertThat(names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)))
          .contains("namndkollcompoundsplit", "namndkolldefiniteform", "namndkollswedishstop");
      assertThat(charNames.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT))).contains("namndkolllegalreferences");

      Class<?> custom = Class.forName("org.apache.lucene.analysis.custom.CustomAnalyzer", true, solr);
      Object b = custom.getMethod("builder").invoke(null);
      b = b.getClass().getMethod("withTokenizer", String.class, String[].class).invoke(b, "standard", new String[0]);
      for (String f : List.of("lowercase", "namndkollSwedishStop", "namndkollCompoundSplit")) {
        b = b.getClass().getMethod("addTokenFilter", String.class, String[].class).invoke(b, f, new String[0]);
      }
      Object analyzer = b.getClass().getMethod("build").invoke(b);
      // the public types' methods: the stream's own class is the plugin's, not public
      Class<?> analyzers = Class.forName("org.apache.lucene.analysis.Analyzer", true, solr);
      Class<?> streams = Class.forName("org.apache.lucene.analysis.TokenStream", true, solr);
      Class<?> attributes = Class.forName("org.apache.lucene.util.AttributeSource", true, solr);
      Object ts = analyzers.getMethod("tokenStream", String.class, String.class)
          .invoke(analyzer, "body", "barnkonsekvensanalysen");
      Object term = attributes.getMethod("addAttribute", Class.class)
          .invoke(ts, Class.forName("org.apache.lucene.analysis.tokenattributes.CharTermAttribute", true, solr));
      List<String> words = new ArrayList<>();
      streams.getMethod("reset").invoke(ts);
      while ((boolean) streams.getMethod("incrementToken").invoke(ts)) {
        words.add(term.toString());
      }
      streams.getMethod("end").invoke(ts);
      streams.getMethod("close").invoke(ts);
      assertThat(words).contains("barnkonsekvensanalysen", "analys").hasSizeGreaterThan(2);
      assertThat(Files.size(plugin)).as("the plugin holds the analysis, not the program").isLessThan(5_000_000);
    }
  }

  /**
   * The archive's query parser, as Solr builds its queries with it: the classes it needs are in the
   * plugin, beside Lucene's query parser (which Solr has).
   */
  @Test
  void theQueryParserBuildsTheArchivesQueriesBesideLuceneAlone() throws Exception {
    Path plugin = plugin();
    try (var jar = new java.util.zip.ZipFile(plugin.toFile())) {
      assertThat(jar.getEntry("se/namndkoll/index/SolrQueryParserPlugin.class")).isNotNull();
      assertThat(jar.getEntry("se/namndkoll/index/SearchService.class")).as("not the program").isNull();
    }
    List<URL> urls = new ArrayList<>();
    urls.add(plugin.toUri().toURL());
    urls.add(Analyzer.class.getProtectionDomain().getCodeSource().getLocation());
    urls.add(SwedishAnalyzer.class.getProtectionDomain().getCodeSource().getLocation());
    urls.add(org.apache.lucene.queryparser.classic.QueryParser.class.getProtectionDomain().getCodeSource().getLocation());
    try (URLClassLoader solr = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> builder = Class.forName("se.namndkoll.index.QueryBuilder", true, solr);
      var userQuery = builder.getDeclaredMethod("userQuery", String.class);
      userQuery.setAccessible(true);
      String query = userQuery.invoke(null, "IFN 2026-00021 barnkonsekvensanalysen namnd:IFN").toString();
      assertThat(query).contains("dnrKey:2026-21", "barnkonsekvensanalys", "dnrPrefix:ifn");
    }
  }
}
