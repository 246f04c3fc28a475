package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.extract.OfficeFixtures.Heading;
import se.namndkoll.ingest.extract.OfficeFixtures.Paragraph;

class ConcurrentExtractionTests {

  @TempDir Path dir;

  @Test
  void oneExtractorServesSeveralThreadsAtOnce() throws Exception {
    List<Path> files =
        List.of(
            PdfFixtures.write(
                dir.resolve("a.pdf"),
                List.of(List.of("Kallelse till sammanträde"), List.of("Ärendelista"))),
            OfficeFixtures.docx(
                dir.resolve("b.docx"),
                List.of(new Heading("Samverkan"), new Paragraph("Ärendet har samverkats i FSG."))),
            Files.writeString(
                dir.resolve("c.html"),
                "<html><body><h2>Barnkonsekvensanalys</h2><p>Barn berörs inte.</p></body></html>",
                StandardCharsets.UTF_8),
            Files.writeString(
                dir.resolve("d.txt"),
                "Beslutet expedieras till\n1. Revisorerna\n",
                StandardCharsets.UTF_8));
    DocumentExtractor extractor = new DocumentExtractor();
    Map<Path, ExtractedText> expected =
        files.stream().collect(Collectors.toMap(Function.identity(), extractor::extract));

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Path file = files.get(i % files.size());
        results.add(pool.submit(() -> extractor.extract(file).equals(expected.get(file))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
