package se.namndkoll.cluster;

import java.util.List;

/** A SolrCloud running in this program ({@code cluster start}): where it is, and stopping it. */
public interface RunningCluster extends AutoCloseable {

  /** The cluster's zkHost, as {@code --solr} takes it. */
  String zkHost();

  /** Each node's address. */
  List<String> nodeUrls();

  /** Stops the nodes, then ZooKeeper; the data stays in the folder. */
  @Override
  void close();
}
