package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.index.SearchService;
import se.namndkoll.index.SolrSearchService;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebSettings;
import se.namndkoll.web.WebClient;
import se.namndkoll.web.WebServer;

/**
 * {@code ingest --solr} into a real SolrCloud (two nodes and ZooKeeper in this JVM, a collection of
 * two shards with two replicas made from {@code solr/configsets/namndkoll}): the sample archive goes
 * in whole, a second run adds nothing, a changed file replaces its documents, and a rebuild is
 * refused with one line.
 */
class SolrIngestCommandTests {

  private static final String COLLECTION = "arkiv";

  @TempDir static Path dir;
  private static MiniSolrCloudCluster cluster;
  private static String zkHost;

  @BeforeAll
  static void start() throws Exception {
    cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr"))
        .addConfig("namndkoll", Path.of("solr/configsets/namndkoll/conf")).build();
    CollectionAdminRequest.createCollection(COLLECTION, "namndkoll", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    zkHost = cluster.getZkServer().getZkAddress();
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void theArchiveGoesInWholeOnceAndAChangedFileReplacesItsDocuments() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("arkiv"));
    int files = 0;
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path f : s.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
        Files.copy(f, archive.resolve(f.getFileName()));
        files++;
      }
    }

    JsonNode first = ingest(archive);
    long documents = count("*:*");
    assertThat(first.get("read").asInt()).isEqualTo(files);
    assertThat(count("type:file")).isEqualTo(files);
    assertThat(documents).isGreaterThan(20);
    assertThat(count("title:placeringar")).as("searched with the Swedish analysis").isPositive();

    JsonNode again = ingest(archive);
    assertThat(again.get("read").asInt()).isZero();
    assertThat(again.get("skipped").asInt()).isEqualTo(files);
    assertThat(count("*:*")).as("a second run adds nothing").isEqualTo(documents);

    Path changed = archive.resolve("von-2026-04-15-protokoll.html");
    Files.writeString(changed, Files.readString(changed).replace("</body>", "<p>Tillägg efter justering.</p></body>"));
    JsonNode third = ingest(archive);
    assertThat(third.get("read").asInt()).isEqualTo(1);
    assertThat(count("*:*")).isEqualTo(documents);
    String file = "file:" + ClientUtils.escapeQueryChars(changed.toString());
    SolrQuery q = new SolrQuery(file);
    q.setRows(1000);
    long hashes = cluster.getSolrClient().query(COLLECTION, q).getResults().stream()
        .map(d -> d.getFirstValue("hash")).distinct().count();
    assertThat(hashes).as("only the changed file's new version is left").isEqualTo(1);
    assertThat(count(file)).isPositive();
  }

  @Test
  void solrInitMakesACollectionFromTheProgramsConfigsetThatIngestFills() throws Exception {
    Jar.Run init = Commands.run(dir, "solr", "init", "--solr", zkHost, "--collection", "nytt", "--shards", "2",
        "--replicas", "1", "--format", "json");
    assertThat(init.exitStatus()).as(init.all()).isZero();
    JsonNode made = new ObjectMapper().readTree(init.stdout());
    assertThat(made.get("collection").asText()).isEqualTo("nytt");
    assertThat(made.get("shards").asInt()).isEqualTo(2);

    Jar.Run ingest = Commands.run(dir, "ingest", "corpus", "--solr", zkHost, "--collection", "nytt", "--format", "json");
    assertThat(ingest.exitStatus()).as(ingest.all()).isZero();
    assertThat(cluster.getSolrClient().query("nytt", new SolrQuery("title:placeringar OR body:budget")).getResults()
        .getNumFound()).isPositive();
    // the sample archive is one kommun's: all of it on one of the two shards
    long total = cluster.getSolrClient().query("nytt", new SolrQuery("*:*")).getResults().getNumFound();
    java.util.List<Long> perShard = new java.util.ArrayList<>();
    for (String shard : new String[] {"shard1", "shard2"}) {
      SolrQuery q = new SolrQuery("*:*");
      q.set("shards", shard);
      perShard.add(cluster.getSolrClient().query("nytt", q).getResults().getNumFound());
    }
    assertThat(perShard).as("documents per shard").containsExactlyInAnyOrder(0L, total);
    JsonNode ofNorrvik = checkJson(new String[] {"--kommun", "Norrvik"}, "--solr", zkHost, "--collection", "nytt");
    assertThat(ofNorrvik).as("the kommun's sweep, on its shard")
        .isEqualTo(checkJson(new String[] {}, "--solr", zkHost, "--collection", "nytt")).isNotEmpty();

    Jar.Run again = Commands.run(dir, "solr", "init", "--solr", zkHost, "--collection", "nytt");
    assertThat(again.exitStatus()).isEqualTo(1);
    assertThat(again.stderr().strip()).endsWith("nytt on " + zkHost + ": the collection exists already; ingest into it, "
        + "or name another").hasLineCount(1);
  }

  @Test
  void anIngestWithANodeDownLosesNothing() throws Exception {
    for (String c : new String[] {"helt", "taligt"}) {
      CollectionAdminRequest.createCollection(c, "namndkoll", 2, 2).process(cluster.getSolrClient());
      cluster.waitForActiveCollection(c, 2, 4);
    }
    Jar.Run whole = Commands.run(dir, "ingest", "corpus", "--solr", zkHost, "--collection", "helt");
    assertThat(whole.exitStatus()).as(whole.all()).isZero();
    long expected = cluster.getSolrClient().query("helt", new SolrQuery("*:*")).getResults().getNumFound();

    var stopped = cluster.stopJettySolrRunner(1);
    cluster.waitForJettyToStop(stopped);
    Jar.Run run;
    try {
      run = Commands.run(dir, "ingest", "corpus", "--solr", zkHost, "--collection", "taligt");
    } finally {
      cluster.startJettySolrRunner(stopped);
      cluster.waitForActiveCollection("taligt", 2, 4);
    }

    assertThat(run.exitStatus()).as(run.all()).isZero();
    assertThat(expected).isGreaterThan(20);
    assertThat(cluster.getSolrClient().query("taligt", new SolrQuery("*:*")).getResults().getNumFound())
        .as("every document, though a node was down").isEqualTo(expected);
  }

  @Test
  void statsOfTheCollectionAreThoseOfTheEmbeddedIndexOfTheSameFiles() throws Exception {
    String index = corpusInBoth("statistik", 1);

    Jar.Run onSolr = Commands.run(dir, "stats", "--solr", zkHost, "--collection", "statistik", "--format", "json");
    Jar.Run embedded = Commands.run(dir, "stats", "--index", index, "--format", "json");

    assertThat(onSolr.exitStatus()).as(onSolr.all()).isZero();
    JsonNode solr = new ObjectMapper().readTree(onSolr.stdout());
    JsonNode lucene = new ObjectMapper().readTree(embedded.stdout());
    for (String field : new String[] {"files", "failed", "arenden", "meetings"}) {
      assertThat(solr.get(field)).as(field).isEqualTo(lucene.get(field));
    }
    assertThat(solr.get("meetings").size()).isGreaterThanOrEqualTo(2);
    assertThat(solr.get("index").asText()).isEqualTo("statistik on " + zkHost);
    assertThat(Commands.run(dir, "stats", "--solr", zkHost, "--collection", "statistik").stdout())
        .startsWith("Index statistik on " + zkHost + ": 11 files (0 failed), ");
  }

  @Test
  void searchAndShowOfTheCollectionAreThoseOfTheEmbeddedIndexAndAnswerWithANodeDown() throws Exception {
    String index = corpusInBoth("sok", 2);
    String[][] searches = {
        {"placeringar", "--limit", "50"},
        {"IFN 2026-00021"},
        {"budget", "--namnd", "IFN", "--from", "2026"},
        {"delegatonsbeslut"},
        {"\"ekonomi i balans\"", "--kind", "skrivelse"}};

    for (String[] search : searches) {
      JsonNode lucene = searchJson(search, "--index", index);
      assertThat(searchJson(search, "--solr", zkHost, "--collection", "sok")).as(String.join(" ", search))
          .isEqualTo(lucene);
      assertThat(lucene.get("total").asInt()).as(String.join(" ", search)).isPositive();
    }
    String id = searchJson(searches[1], "--index", index).get("hits").get(0).get("id").asText();
    Jar.Run shownHere = Commands.run(dir, "show", id, "--index", index);
    Jar.Run shownThere = Commands.run(dir, "show", id, "--solr", zkHost, "--collection", "sok");
    assertThat(shownThere.exitStatus()).as(shownThere.all()).isZero();
    assertThat(shownThere.stdout()).isEqualTo(shownHere.stdout()).contains("Beslut");

    var stopped = cluster.stopJettySolrRunner(0);
    cluster.waitForJettyToStop(stopped);
    try {
      for (String[] search : searches) {
        assertThat(searchJson(search, "--solr", zkHost, "--collection", "sok")).as("a node down: " + String.join(" ", search))
            .isEqualTo(searchJson(search, "--index", index));
      }
    } finally {
      cluster.startJettySolrRunner(stopped);
      cluster.waitForActiveCollection("sok", 2, 4);
    }
    for (String[] archive : new String[][] {{"--index", index}, {"--solr", zkHost, "--collection", "sok"}}) {
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("assemble", "utdrag", "--dnr",
          "IFN 2026-00021", "--meeting", "2026-03-10", "--out", dir.resolve("utdrag-" + archive[0].substring(2) + ".docx")
              .toString()));
      args.addAll(java.util.List.of(archive));
      Jar.Run utdrag = Commands.run(dir, args.toArray(String[]::new));
      assertThat(utdrag.exitStatus()).as(utdrag.all()).isZero();
    }
    assertThat(documentXml(dir.resolve("utdrag-solr.docx"))).as("the utdrag from the collection")
        .isEqualTo(documentXml(dir.resolve("utdrag-index.docx"))).contains("Budgetuppföljning februari 2026");
    Jar.Run noSuch = Commands.run(dir, "assemble", "utdrag", "--dnr", "IFN 2026-09999", "--meeting", "2026-03-10",
        "--out", dir.resolve("inget.docx").toString(), "--solr", zkHost, "--collection", "sok");
    assertThat(noSuch.exitStatus()).isEqualTo(1);
    assertThat(noSuch.stderr().strip()).hasLineCount(1).contains("no ärende IFN 2026-09999 at a meeting on 2026-03-10");

    Jar.Run missing = Commands.run(dir, "show", "ffffffff-1", "--solr", zkHost, "--collection", "sok");
    assertThat(missing.exitStatus()).isEqualTo(1);
    assertThat(missing.stderr().strip()).hasLineCount(1).contains("no ärende with id ffffffff-1");
  }

  /**
   * {@code check --solr} sweeps the collection nämnd by nämnd and finds what {@code check} finds in
   * the embedded index of the same files (the seeds too, where they are beside the project); with
   * {@code --kommun} only that kommun's files are read.
   */
  @Test
  void checkOfTheCollectionNamndByNamndFindsWhatTheCheckOfTheEmbeddedIndexFinds() throws Exception {
    CollectionAdminRequest.createCollection("granskning", "namndkoll", 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection("granskning", 2, 4);
    String index = dir.resolve("granskningsindex").toString();
    java.util.List<String> paths = new java.util.ArrayList<>(java.util.List.of("corpus"));
    if (Files.isDirectory(se.namndkoll.ingest.Seeds.seeds())) {
      paths.add(se.namndkoll.ingest.Seeds.seeds().toString());
    }
    for (String[] archive : new String[][] {{"--solr", zkHost, "--collection", "granskning"}, {"--index", index}}) {
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("ingest"));
      args.addAll(paths);
      args.addAll(java.util.List.of(archive));
      Jar.Run run = Commands.run(dir, args.toArray(String[]::new));
      assertThat(run.exitStatus()).as(run.all()).isZero();
    }

    java.util.List<String[]> filtersTried = new java.util.ArrayList<>(java.util.List.of(new String[] {},
        new String[] {"--namnd", "IFN", "--from", "2026"}, new String[] {"--namnd", "IFN"},
        new String[] {"--namnd", "VON"}, new String[] {"--rule", "BKA-MISSING"}));
    if (paths.size() > 1) {
      filtersTried.add(new String[] {"--namnd", "Sociala omsorgsnämnden"}); // a nämnd of the seeds
    }
    for (String[] filters : filtersTried) {
      JsonNode lucene = checkJson(filters, "--index", index);
      JsonNode solr = checkJson(filters, "--solr", zkHost, "--collection", "granskning");
      assertThat(solr).as(String.join(" ", filters)).isEqualTo(lucene);
      assertThat(lucene.size()).as(String.join(" ", filters)).isPositive();
    }
    JsonNode norrvik = checkJson(new String[] {"--kommun", "Norrvik"}, "--solr", zkHost, "--collection", "granskning");
    assertThat(norrvik).isNotEmpty().allSatisfy(f -> assertThat(f.get("source").asText()).startsWith("corpus/"));
    assertThat(checkJson(new String[] {"--kommun", "Ingenstans"}, "--solr", zkHost, "--collection", "granskning"))
        .as("no file of a kommun the archive lacks").isEmpty();
  }

  /** A check's findings as JSON, in the order of their fingerprints. */
  private static JsonNode checkJson(String[] filters, String... archive) throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check"));
    args.addAll(java.util.List.of(filters));
    args.addAll(java.util.List.of(archive));
    args.addAll(java.util.List.of("--format", "json", "--rules", Path.of("rules").toAbsolutePath().toString()));
    Jar.Run run = Commands.run(dir, args.toArray(String[]::new));
    assertThat(run.exitStatus()).as(run.all()).isZero();
    java.util.List<JsonNode> findings = new java.util.ArrayList<>();
    new ObjectMapper().readTree(run.stdout()).forEach(findings::add);
    findings.sort(java.util.Comparator.comparing(f -> f.get("fingerprint").asText() + f.get("source").asText()));
    return new ObjectMapper().createArrayNode().addAll(findings);
  }

  /**
   * The sample archive ingested into a new collection (two shards of so many replicas) and into an
   * index folder of the same name; the folder's path.
   */
  @Test
  void theWebPagesOverTheCollectionShowWhatTheyShowOverTheEmbeddedIndex() throws Exception {
    String index = corpusInBoth("webb", 1);
    try (WebServer embedded = WebServer.start(WebSettings.archiveOnly("127.0.0.1", 0,
            () -> SearchService.open(Path.of(index)), Site.DEFAULT));
        WebServer solr = WebServer.start(WebSettings.archiveOnly("127.0.0.1", 0,
            () -> SolrSearchService.connect(zkHost, "webb"), Site.DEFAULT))) {
      WebClient here = new WebClient(embedded);
      WebClient there = new WebClient(solr);
      String meeting = "/api/sammantrade?namnd=" + WebClient.enc("Individ- och familjeomsorgsnämnden") + "&datum=2026-03-10";
      assertThat(there.json(meeting)).isEqualTo(here.json(meeting));
      JsonNode file = there.json(meeting).get("files").get(0);
      assertThat(there.bytes(file.get("url").asText().replaceAll("#.*", "")).statusCode()).isEqualTo(200);
      String meetings = "/oparl/v1/body/1/meetings";
      assertThat(there.get(meetings).body().replace(solr.url(), "/"))
          .isEqualTo(here.get(meetings).body().replace(embedded.url(), "/"));
      String papers = "/oparl/v1/body/1/papers";
      assertThat(there.json(papers).get("pagination")).isEqualTo(here.json(papers).get("pagination"));
      String page = "/?q=" + WebClient.enc("placeringar");
      assertThat(there.get(page).body().replaceAll("\\(\\d+ ms\\)", ""))
          .isEqualTo(here.get(page).body().replaceAll("\\(\\d+ ms\\)", ""));
    }
  }

  private static String corpusInBoth(String collection, int replicas) throws Exception {
    CollectionAdminRequest.createCollection(collection, "namndkoll", 2, replicas).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, 2, 2 * replicas);
    String index = dir.resolve(collection + "-index").toString();
    assertThat(Commands.run(dir, "ingest", "corpus", "--solr", zkHost, "--collection", collection).exitStatus()).isZero();
    assertThat(Commands.run(dir, "ingest", "corpus", "--index", index).exitStatus()).isZero();
    return index;
  }

  /** The text and layout of a docx: its main part. */
  private static String documentXml(Path docx) throws Exception {
    try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A search's JSON without what differs by backend: the time taken and the scores. */
  private static JsonNode searchJson(String[] search, String... archive) throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("search"));
    args.addAll(java.util.List.of(search));
    args.addAll(java.util.List.of(archive));
    args.addAll(java.util.List.of("--format", "json"));
    Jar.Run run = Commands.run(dir, args.toArray(String[]::new));
    assertThat(run.exitStatus()).as(run.all()).isZero();
    com.fasterxml.jackson.databind.node.ObjectNode json =
        (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(run.stdout());
    json.remove("millis");
    // hits of equal score come in each backend's own order: sorted by id among them
    java.util.List<JsonNode> hits = new java.util.ArrayList<>();
    json.get("hits").forEach(hits::add);
    hits.sort(java.util.Comparator.<JsonNode, String>comparing(
            h -> String.format(java.util.Locale.ROOT, "%.5g", h.get("score").asDouble())).reversed()
        .thenComparing(h -> h.get("id").asText()));
    hits.forEach(h -> ((com.fasterxml.jackson.databind.node.ObjectNode) h).remove("score"));
    json.putArray("hits").addAll(hits);
    return json;
  }

  @Test
  void aCheckOfACollectionThatIsNotThereIsOneLine() {
    for (String[] kommun : new String[][] {{}, {"--kommun", "Norrvik"}}) {
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", "--solr", zkHost,
          "--collection", "inget", "--rules", Path.of("rules").toAbsolutePath().toString()));
      args.addAll(java.util.List.of(kommun));
      Jar.Run run = Commands.run(dir, args.toArray(String[]::new));
      assertThat(run.exitStatus()).as(run.all()).isEqualTo(1);
      assertThat(run.stderr().strip()).as(String.join(" ", kommun)).startsWith("namndkoll: inget on " + zkHost + ": ")
          .doesNotContain("Exception").hasLineCount(1);
    }
  }

  @Test
  void aRebuildOfACollectionIsRefusedWithOneLine() {
    Jar.Run run = Commands.run(dir, "ingest", "corpus", "--solr", zkHost, "--collection", COLLECTION, "--rebuild");

    assertThat(run.exitStatus()).isEqualTo(2);
    assertThat(run.stderr().strip()).contains("--rebuild").doesNotContain("Exception").hasLineCount(1);
  }

  private static JsonNode ingest(Path archive) throws Exception {
    Jar.Run run = Commands.run(dir, "ingest", archive.toString(), "--solr", zkHost, "--collection", COLLECTION,
        "--format", "json");
    assertThat(run.exitStatus()).as(run.all()).isZero();
    return new ObjectMapper().readTree(run.stdout());
  }

  private static long count(String query) throws Exception {
    return cluster.getSolrClient().query(COLLECTION, new SolrQuery(query)).getResults().getNumFound();
  }
}
