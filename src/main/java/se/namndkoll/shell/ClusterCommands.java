package se.namndkoll.shell;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import se.namndkoll.cluster.RunningCluster;
import se.namndkoll.cluster.SolrServerLibraries;

/** A SolrCloud on this machine to try the archive on Solr with: {@code cluster start}. */
@Command(command = "cluster", group = "Archive")
public class ClusterCommands {

  private final Console console;

  public ClusterCommands(Console console) {
    this.console = console;
  }

  @Command(command = "start", description = "Start a SolrCloud on this machine (ZooKeeper and Solr nodes in this "
      + "program) for trials; prints its zkHost first and runs until interrupted (Ctrl-C).")
  public void start(
      @Option(longNames = "nodes", description = "Solr nodes", defaultValue = "2") int nodes,
      @Option(longNames = "dir", description = "the cluster's data, kept between starts", required = true) String dir,
      @Option(longNames = "port", description = "the first node's port (ZooKeeper on it + 1000; 0: free ports)",
          defaultValue = "8983") int port) {
    RunningCluster cluster = SolrServerLibraries.startCluster(nodes, Path.of(dir), port);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stop = new Thread(() -> {
      cluster.close();
      stopped.countDown();
    }, "namndkoll-cluster-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    console.print("zkHost=" + cluster.zkHost() + "\n"
        + "Solr nodes: " + String.join(" ", cluster.nodeUrls()) + "\n"
        + "Next: namndkoll solr init --solr " + cluster.zkHost() + "; namndkoll ingest PATH --solr " + cluster.zkHost()
        + "\nStop with Ctrl-C; the data stays in " + Path.of(dir).toAbsolutePath().normalize() + ".");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // the interactive shell's Ctrl-C: the cluster stops, the shell goes on
      Runtime.getRuntime().removeShutdownHook(stop);
      cluster.close();
      console.print("The cluster has stopped.");
    }
  }
}
