package se.namndkoll.cluster;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.servlet.CoreContainerProvider;
import org.apache.solr.servlet.SolrDispatchFilter;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.Source;
import org.apache.zookeeper.server.embedded.ExitHandler;
import org.apache.zookeeper.server.embedded.ZooKeeperServerEmbedded;
import se.namndkoll.NamndkollException;

/**
 * A real SolrCloud on this machine, for development and trials: ZooKeeper and N Solr nodes in this
 * JVM, their data in one folder (kept between starts: collections stay). ZooKeeper listens on the
 * first node's port + 1000, as Solr's own embedded ZooKeeper does; the nodes on the port and the
 * ones after it. The nodes have the program's classes, so the configset's analysis and query
 * parser need no plugin jar here. Production points {@code --solr} at an installed SolrCloud.
 *
 * <p>The program starts it through {@link SolrServerLibraries}, which has Solr's server.
 */
public final class LocalSolrCluster implements RunningCluster {

  /** The chroot the cluster's nodes keep their state under. */
  static final String CHROOT = "/solr";
  private static final int STARTUP_SECONDS = 60;

  private final ZooKeeperServerEmbedded zookeeper;
  private final String zkHost;
  private final List<Node> nodes = new ArrayList<>();

  /** A Solr node: its web server and its address. */
  private record Node(Server server, String url) {}

  private LocalSolrCluster(ZooKeeperServerEmbedded zookeeper, String zkHost) {
    this.zookeeper = zookeeper;
    this.zkHost = zkHost;
  }

  /**
   * Starts ZooKeeper and the nodes, and returns once every node is live in the cluster.
   *
   * @param port the first node's port; 0 for free ports (ZooKeeper's too)
   */
  public static LocalSolrCluster start(int nodes, Path dir, int port) {
    if (nodes < 1 || nodes > 16) {
      throw NamndkollException.badUsage("--nodes must be between 1 and 16, not " + nodes);
    }
    if (port < 0 || port > 65535 - 1000 - nodes) {
      throw NamndkollException.badUsage("--port must be between 1 and " + (65535 - 1000 - nodes) + ", not " + port);
    }
    Path home = dir.toAbsolutePath().normalize();
    int zkPort = port == 0 ? freePort() : port + 1000;
    ZooKeeperServerEmbedded zookeeper = zookeeper(home, zkPort);
    LocalSolrCluster cluster = new LocalSolrCluster(zookeeper, "127.0.0.1:" + zkPort + CHROOT);
    try {
      cluster.putSolrXml("127.0.0.1:" + zkPort);
      for (int i = 0; i < nodes; i++) {
        cluster.startNode(home.resolve("node" + (i + 1)), port == 0 ? 0 : port + i);
      }
      cluster.waitForLiveNodes(nodes);
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  @Override
  public String zkHost() {
    return zkHost;
  }

  @Override
  public List<String> nodeUrls() {
    return nodes.stream().map(Node::url).toList();
  }

  private static ZooKeeperServerEmbedded zookeeper(Path home, int zkPort) {
    Properties config = new Properties();
    config.setProperty("clientPort", String.valueOf(zkPort));
    config.setProperty("clientPortAddress", "127.0.0.1");
    config.setProperty("tickTime", "2000");
    config.setProperty("initLimit", "10");
    config.setProperty("syncLimit", "5");
    config.setProperty("admin.enableServer", "false");
    config.setProperty("4lw.commands.whitelist", "ruok, mntr, conf");
    try {
      Path zkDir = Files.createDirectories(home.resolve("zookeeper"));
      config.setProperty("dataDir", zkDir.resolve("data").toString());
      ZooKeeperServerEmbedded zk = ZooKeeperServerEmbedded.builder().baseDir(zkDir).configuration(config)
          .exitHandler(ExitHandler.LOG_ONLY).build();
      zk.start(STARTUP_SECONDS * 1000L);
      return zk;
    } catch (BindException e) {
      throw new NamndkollException("port " + zkPort + " is taken: ZooKeeper cannot listen there; give another --port", e);
    } catch (Exception e) {
      throw new NamndkollException(home + ": cannot start ZooKeeper (" + e.getMessage() + ")", e);
    }
  }

  /** The nodes' solr.xml, in ZooKeeper where every node reads it. */
  private void putSolrXml(String zkAddress) {
    try (SolrZkClient zk = new SolrZkClient.Builder().withUrl(zkAddress)
        .withTimeout(30, TimeUnit.SECONDS).withConnTimeOut(30, TimeUnit.SECONDS).build()) {
      byte[] xml = solrXml().getBytes(StandardCharsets.UTF_8);
      if (zk.exists(CHROOT + "/solr.xml", true)) {
        zk.setData(CHROOT + "/solr.xml", xml, true);
      } else {
        zk.makePath(CHROOT + "/solr.xml", xml, true);
      }
    } catch (Exception e) {
      throw new NamndkollException(zkAddress + ": cannot write the nodes' settings to ZooKeeper (" + e.getMessage() + ")", e);
    }
  }

  private static String solrXml() {
    return """
        <solr>
          <str name="coreRootDirectory">${coreRootDirectory:.}</str>
          <solrcloud>
            <str name="host">127.0.0.1</str>
            <int name="hostPort">${hostPort:8983}</int>
            <str name="hostContext">${hostContext:solr}</str>
            <int name="zkClientTimeout">30000</int>
            <bool name="genericCoreNodeNames">true</bool>
            <int name="leaderVoteWait">10000</int>
          </solrcloud>
          <metrics enabled="false"/>
        </solr>
        """;
  }

  /**
   * A Solr node in a web server of its own, as Solr's distribution runs it: its core container made
   * by Solr's listener, every request through Solr's filter.
   */
  private void startNode(Path home, int port) {
    int nodePort = port == 0 ? freePort() : port;
    Server server = new Server();
    try {
      Files.createDirectories(home);
      // HTTP/1.1 and HTTP/2 in clear text: SolrJ's clients, and the nodes among themselves, speak the latter
      HttpConfiguration http = new HttpConfiguration();
      ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http),
          new HTTP2CServerConnectionFactory(http));
      connector.setHost("127.0.0.1");
      connector.setPort(nodePort);
      server.addConnector(connector);
      ServletContextHandler root = new ServletContextHandler(server, CHROOT, ServletContextHandler.SESSIONS);
      // Solr's classes, and the program's it loads by name, come from the loader that has Solr's server
      root.setClassLoader(LocalSolrCluster.class.getClassLoader());
      Properties props = new Properties();
      props.setProperty("zkHost", zkHost);
      props.setProperty("hostPort", String.valueOf(nodePort));
      props.setProperty("hostContext", CHROOT.substring(1));
      root.setAttribute(SolrDispatchFilter.PROPERTIES_ATTRIBUTE, props);
      root.setAttribute(SolrDispatchFilter.SOLRHOME_ATTRIBUTE, home.toString());
      root.addEventListener(new CoreContainerProvider());
      FilterHolder solr = root.getServletHandler().newFilterHolder(Source.EMBEDDED);
      solr.setHeldClass(SolrDispatchFilter.class);
      root.addFilter(solr, "/*", java.util.EnumSet.of(javax.servlet.DispatcherType.REQUEST));
      root.addServlet(NotFound.class, "/");
      server.start();
      nodes.add(new Node(server, "http://127.0.0.1:" + nodePort + CHROOT));
    } catch (IOException e) {
      stop(server);
      if (e.getCause() instanceof BindException || e instanceof BindException) {
        throw new NamndkollException("port " + nodePort + " is taken: a Solr node cannot listen there; give another --port", e);
      }
      throw new NamndkollException(home + ": cannot start a Solr node (" + e.getMessage() + ")", e);
    } catch (Exception e) {
      stop(server);
      throw new NamndkollException(home + ": cannot start a Solr node (" + e.getMessage() + ")", e);
    }
  }

  /** What a node answers for an address Solr's filter does not take. */
  public static final class NotFound extends javax.servlet.http.HttpServlet {
    @Override
    protected void service(javax.servlet.http.HttpServletRequest request, javax.servlet.http.HttpServletResponse response)
        throws IOException {
      response.sendError(404, "not a Solr address");
    }
  }

  private static void stop(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping goes on: the other nodes and ZooKeeper still have to stop
    }
  }

  private void waitForLiveNodes(int count) {
    try (CloudSolrClient client = new CloudSolrClient.Builder(List.of(zkHost.replace(CHROOT, "")),
        java.util.Optional.of(CHROOT)).build()) {
      client.connect(STARTUP_SECONDS, TimeUnit.SECONDS);
      ZkStateReader.from(client).waitForLiveNodes(STARTUP_SECONDS, TimeUnit.SECONDS,
          (before, now) -> now != null && now.size() >= count);
    } catch (Exception e) {
      throw new NamndkollException(zkHost + ": the nodes did not join the cluster within " + STARTUP_SECONDS + " s", e);
    }
  }

  private static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new NamndkollException("no free port for ZooKeeper (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void close() {
    for (Node node : nodes) {
      stop(node.server());
    }
    nodes.clear();
    zookeeper.close();
  }
}
