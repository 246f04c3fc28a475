package se.namndkoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.check.CheckRequest;
import se.namndkoll.check.CheckService;
import se.namndkoll.index.IngestService;
import se.namndkoll.index.SearchService;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Severity;
import se.namndkoll.rules.RulesCompliance;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebSettings;

/** A server that runs while the archive is ingested into shows what the ingest added, and sweeps again. */
class WebRefreshTests {

  @TempDir Path dir;

  @Test
  void anIngestWhileServingIsShownAndSweptAgain() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("arkiv"));
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("von-")).toList()) {
        Files.copy(f, archive.resolve(f.getFileName()));
      }
    }
    Path index = dir.resolve("index");
    IngestService ingest = new IngestService(DocumentReader.standard());
    ingest.ingest(List.of(archive), index, false, 2, new IngestService.Listener() {});
    CheckService service = new CheckService(DocumentReader.standard(), new RulesCompliance(Path.of("rules")).load());
    CheckRequest request = new CheckRequest(List.of(), index, null, null, null, Set.of(), Severity.INFO, null, null);
    AtomicInteger sweeps = new AtomicInteger();
    try (WebServer server = WebServer.start(new WebSettings("127.0.0.1", 0, () -> SearchService.open(index),
        false, Site.DEFAULT, () -> {
          sweeps.incrementAndGet();
          return service.check(request, ZonedDateTime.now()).findings();
        }, dir.resolve("reviews.yaml"), null, Map.of()))) {
      WebClient web = new WebClient(server);
      String ifn = "/api/search?q=barn&namnd=" + WebClient.enc("Individ- och familjeomsorgsnämnden");
      assertThat(web.json(ifn).get("total").asInt()).isZero();

      Files.copy(Path.of("corpus", "ifn-2026-01-27-kallelse.pdf"), archive.resolve("ifn-2026-01-27-kallelse.pdf"));
      ingest.ingest(List.of(archive), index, false, 2, new IngestService.Listener() {});
      Thread.sleep(WebArchive.LOOK_EVERY_MILLIS + 200);

      assertThat(web.json(ifn).get("total").asInt()).as("the new document is searched").isPositive();
      for (int i = 0; i < 300 && (!web.json("/api/fynd").get("state").asText().equals("done") || sweeps.get() < 2); i++) {
        Thread.sleep(100);
        web.get("/fynd");
      }
      assertThat(sweeps.get()).as("the archive was swept again").isEqualTo(2);
      assertThat(web.json("/api/fynd").get("state").asText()).isEqualTo("done");
    }
  }
}
