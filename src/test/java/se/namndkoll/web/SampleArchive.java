package se.namndkoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import se.namndkoll.index.IngestService;
import se.namndkoll.index.IngestSummary;
import se.namndkoll.index.SearchService;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebSettings;

/** The sample archive ({@code corpus/}) indexed for a test's server, and that server without findings. */
final class SampleArchive {

  static final Site NORRVIK = new Site("Norrviks kommun", "#1d4f7c", "#1a1a1a");

  private SampleArchive() {}

  /** The sample archive indexed into {@code dir/index}, every file read; the index folder. */
  static Path index(Path dir) {
    Path index = dir.resolve("index");
    IngestSummary summary = new IngestService(DocumentReader.standard())
        .ingest(List.of(Path.of("corpus")), index, false, 2, new IngestService.Listener() {});
    assertThat(summary.failed()).isEmpty();
    return index;
  }

  /** A server of the index on a free port, as {@code serve --public} serves it, in Norrvik's colours. */
  static WebServer serve(Path index) {
    return WebServer.start(WebSettings.archiveOnly("127.0.0.1", 0, () -> SearchService.open(index), NORRVIK));
  }
}
