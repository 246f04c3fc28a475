package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import se.namndkoll.ingest.DocumentReader;

/** The search quality cases on the embedded index. */
class EmbeddedSearchQualityTests extends SearchQualityTests {

  @Override
  SearchService archive(List<Path> paths, Path dir) {
    IngestSummary summary = new IngestService(DocumentReader.standard())
        .ingest(paths, dir.resolve("index"), false, 2, new IngestService.Listener() {});
    assertThat(summary.failed()).isEmpty();
    return SearchService.open(dir.resolve("index"));
  }
}
