package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive on a real local SolrCloud, end to end with the packaged jar as a user runs it:
 * {@code cluster start} in one process, then {@code solr init}, {@code ingest --solr}, {@code
 * search --solr} and {@code check --solr} against it, answered as the embedded index answers; the
 * cluster stops cleanly when interrupted, and starts again from its folder with the archive kept.
 * Solr's server is unpacked from the jar for {@code cluster start} alone.
 */
class ClusterEndToEndTests {

  @TempDir Path dir;

  @Test
  void theCommandsRunOnALocalClusterAsOnTheIndexFolder() throws Exception {
    Path rules = Path.of("rules").toAbsolutePath();
    Path corpus = Path.of("corpus").toAbsolutePath();
    Process cluster = start();
    String zkHost;
    try {
      zkHost = firstLine(cluster);
      try (Stream<Path> unpacked = Files.walk(dir.resolve(".namndkoll/cache/solr-server"))) {
        assertThat(unpacked.map(p -> p.getFileName().toString()))
            .as("Solr's server, unpacked from the jar for the nodes").anyMatch(name -> name.startsWith("solr-core-"));
      }

      Jar.Run init = Jar.run(dir, "solr", "init", "--solr", zkHost, "--shards", "2", "--replicas", "2");
      assertThat(init.exitStatus()).as(init.all()).isZero();
      Jar.Run ingest = Jar.run(dir, "ingest", corpus.toString(), "--solr", zkHost, "--format", "json");
      assertThat(ingest.exitStatus()).as(ingest.all()).isZero();
      assertThat(Jar.run(dir, "ingest", corpus.toString(), "--index", "index").exitStatus()).isZero();

      JsonNode onSolr = json(Jar.run(dir, "search", "placeringar", "--solr", zkHost, "--format", "json"));
      JsonNode embedded = json(Jar.run(dir, "search", "placeringar", "--index", "index", "--format", "json"));
      assertThat(onSolr.get("total")).isEqualTo(embedded.get("total"));
      assertThat(onSolr.get("facets")).isEqualTo(embedded.get("facets"));
      assertThat(onSolr.get("total").asInt()).isPositive();

      JsonNode checkedThere = json(Jar.run(dir, "check", "--solr", zkHost, "--rules", rules.toString(), "--format", "json"));
      JsonNode checkedHere = json(Jar.run(dir, "check", "--index", "index", "--rules", rules.toString(), "--format", "json"));
      assertThat(checkedThere.size()).isEqualTo(checkedHere.size()).isPositive();
    } finally {
      cluster.destroy(); // SIGTERM, as Ctrl-C ends the program
      assertThat(cluster.waitFor(60, TimeUnit.SECONDS)).as("the cluster stops when told").isTrue();
    }

    Process again = start();
    try {
      String zk = firstLine(again);
      Jar.Run stats = Jar.run(dir, "stats", "--solr", zk, "--format", "json");
      assertThat(stats.exitStatus()).as(stats.all()).isZero();
      assertThat(json(stats).get("files").asInt()).as("the archive is kept in the cluster's folder").isEqualTo(11);
    } finally {
      again.destroy();
      again.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private Process start() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Jar.java("cluster", "start", "--nodes", "2", "--dir", "cluster", "--port",
        "0")).directory(dir.toFile()).redirectError(dir.resolve("cluster.err").toFile());
    pb.environment().put("NAMNDKOLL_LOG", dir.resolve("cluster.log").toString());
    return pb.start();
  }

  /** The zkHost the cluster prints on its first line, once it is up. */
  private static String firstLine(Process cluster) throws Exception {
    String line = Jar.firstLine(cluster);
    assertThat(line).as("the first line").startsWith("zkHost=127.0.0.1:").endsWith("/solr");
    return line.substring("zkHost=".length());
  }

  private static JsonNode json(Jar.Run run) throws Exception {
    assertThat(run.exitStatus()).as(run.all()).isZero();
    return new ObjectMapper().readTree(run.stdout());
  }
}
