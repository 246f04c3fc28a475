package se.namndkoll.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.Test;

/** The loader that puts Solr's server beside the program: which classes it defines again. */
class SolrServerClassLoaderTests {

  private final ClassLoader program = getClass().getClassLoader();
  private final SolrServerClassLoader loader = new SolrServerClassLoader(new URL[0], program);

  @Test
  void theClassesThatBuildOnSolrsServerAreDefinedAgain() throws Exception {
    Class<?> cluster = loader.loadClass("se.namndkoll.cluster.LocalSolrCluster");
    assertThat(cluster.getClassLoader()).isSameAs(loader);
    assertThat(loader.loadClass("se.namndkoll.index.SolrQueryParserPlugin").getClassLoader()).isSameAs(loader);
    assertThat(loader.loadClass("se.namndkoll.index.QueryBuilder").getClassLoader())
        .as("the query parser's package-private query building comes along").isSameAs(loader);
  }

  @Test
  void everythingElseIsTheProgramsOwn() throws Exception {
    Class<?> running = loader.loadClass("se.namndkoll.cluster.RunningCluster");
    assertThat(running).isSameAs(RunningCluster.class);
    assertThat(loader.loadClass("se.namndkoll.NamndkollException").getClassLoader()).isSameAs(program);
    assertThat(loader.loadClass("se.namndkoll.model.Dnr").getClassLoader()).isSameAs(program);
    assertThat(RunningCluster.class.isAssignableFrom(loader.loadClass("se.namndkoll.cluster.LocalSolrCluster")))
        .as("the program holds the cluster by its own interface").isTrue();
  }

  @Test
  void onlyTheIndexPackageItselfIsDefinedAgain() {
    assertThat(SolrServerClassLoader.definedHere("se.namndkoll.cluster.LocalSolrCluster$Node")).isTrue();
    assertThat(SolrServerClassLoader.definedHere("se.namndkoll.cluster.SolrServerLibraries")).isFalse();
    assertThat(SolrServerClassLoader.definedHere("se.namndkoll.index.solr.Anything")).isFalse();
    assertThat(SolrServerClassLoader.definedHere("se.namndkoll.indexer.Anything")).isFalse();
  }
}
