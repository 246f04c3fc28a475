package se.namndkoll.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which of the program's classes are defined again beside Solr's server. */
class SolrServerLibrariesTests {

  @Test
  void theLocalClusterAndTheIndexPackageItselfOnly() {
    assertThat(SolrServerLibraries.definedHere("se.namndkoll.cluster.LocalSolrCluster")).isTrue();
    assertThat(SolrServerLibraries.definedHere("se.namndkoll.cluster.LocalSolrCluster$Node")).isTrue();
    assertThat(SolrServerLibraries.definedHere("se.namndkoll.index.SolrQueryParserPlugin")).isTrue();
    assertThat(SolrServerLibraries.definedHere("se.namndkoll.cluster.SolrServerLibraries")).isFalse();
    assertThat(SolrServerLibraries.definedHere("se.namndkoll.cluster.RunningCluster")).isFalse();
    assertThat(SolrServerLibraries.definedHere("se.namndkoll.index.analysis.SwedishAnalyzers")).isFalse();
    assertThat(SolrServerLibraries.definedHere("se.namndkoll.indexer.Anything")).isFalse();
  }
}
