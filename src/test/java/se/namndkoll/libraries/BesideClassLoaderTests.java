package se.namndkoll.libraries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.Test;
import se.namndkoll.cluster.RunningCluster;

/** The loader of libraries beside the class path: the program's classes it defines again, and the rest. */
class BesideClassLoaderTests {

  private final ClassLoader program = getClass().getClassLoader();
  private final BesideClassLoader loader = new BesideClassLoader("test", new URL[0], program,
      name -> name.startsWith("se.namndkoll.cluster.LocalSolrCluster") || name.startsWith("se.namndkoll.index."));

  @Test
  void theClassesThatBuildOnTheLibrariesAreDefinedAgain() throws Exception {
    assertThat(loader.loadClass("se.namndkoll.cluster.LocalSolrCluster").getClassLoader()).isSameAs(loader);
    assertThat(loader.loadClass("se.namndkoll.index.SolrQueryParserPlugin").getClassLoader()).isSameAs(loader);
    assertThat(loader.loadClass("se.namndkoll.index.QueryBuilder").getClassLoader()).isSameAs(loader);
  }

  @Test
  void everythingElseIsTheProgramsOwn() throws Exception {
    assertThat(loader.loadClass("se.namndkoll.cluster.RunningCluster")).isSameAs(RunningCluster.class);
    assertThat(loader.loadClass("se.namndkoll.NamndkollException").getClassLoader()).isSameAs(program);
    assertThat(loader.loadClass("se.namndkoll.model.Dnr").getClassLoader()).isSameAs(program);
    assertThat(RunningCluster.class.isAssignableFrom(loader.loadClass("se.namndkoll.cluster.LocalSolrCluster")))
        .as("the program holds what the loader defines by the program's own interface").isTrue();
  }
}
