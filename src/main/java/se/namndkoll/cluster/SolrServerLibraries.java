package se.namndkoll.cluster;

import java.nio.file.Path;
import se.namndkoll.libraries.BesideLibraries;

/**
 * Starts the local cluster with Solr's server, which only {@code cluster start} needs: solr-core,
 * its Jetty and their libraries are beside the program's class path ({@link BesideLibraries}, folder
 * {@value #FOLDER}). Defined again with them: the local cluster, and the index package with the query
 * parser Solr loads by name (it uses the package's package-private query building).
 */
public final class SolrServerLibraries {

  static final String FOLDER = "solr-server";
  private static final String MARKER = "org/apache/solr/core/CoreContainer.class";
  private static final String CLUSTER = "se.namndkoll.cluster.LocalSolrCluster";
  private static final String INDEX = "se.namndkoll.index.";

  private SolrServerLibraries() {}

  /** Starts ZooKeeper and the nodes (see {@code LocalSolrCluster.start}). */
  public static RunningCluster startCluster(int nodes, Path dir, int port) {
    ClassLoader loader = BesideLibraries.loader(FOLDER, MARKER, SolrServerLibraries::definedHere);
    return (RunningCluster) BesideLibraries.call(loader, CLUSTER, "start", new Class<?>[] {int.class, Path.class,
        int.class}, nodes, dir, port);
  }

  /** Whether the class is defined again beside Solr's server rather than taken from the program. */
  static boolean definedHere(String name) {
    return name.equals(CLUSTER) || name.startsWith(CLUSTER + "$")
        || name.startsWith(INDEX) && name.indexOf('.', INDEX.length()) < 0;
  }
}
