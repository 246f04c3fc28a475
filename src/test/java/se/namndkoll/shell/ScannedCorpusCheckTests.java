package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.ingest.extract.ScanFixtures;
import se.namndkoll.model.Arende;

/**
 * The sample archive with every PDF replaced by a scan of it (each page an image at 200 dpi, no text
 * layer), read by OCR where Tesseract and its Swedish model are installed: the same findings as the
 * archive itself, and the ärenden with their Dnr.
 */
class ScannedCorpusCheckTests {

  private static final Path CORPUS = Path.of("corpus");

  @TempDir Path dir;

  @Test
  void aScannedArchiveGivesTheSameFindingsAndTheArendenWithTheirDnr() throws Exception {
    String unavailable = ScanFixtures.ocrUnavailable();
    assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
    Path scanned = Files.createDirectories(dir.resolve("skannat"));
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<Path> all = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md"))
          .sorted().toList();
      for (Path f : all) {
        if (f.toString().endsWith(".pdf")) {
          ScanFixtures.imageOnly(f, scanned.resolve(f.getFileName()), 200);
        } else {
          Files.copy(f, scanned.resolve(f.getFileName()));
        }
      }
      pdfs = all.stream().filter(f -> f.toString().endsWith(".pdf")).toList();
    }

    String rules = Path.of("rules").toAbsolutePath().toString();
    Jar.Run original = Commands.run(dir, "check", CORPUS.toAbsolutePath().toString(), "--format", "json", "--rules", rules);
    Jar.Run scan = Commands.run(dir, "check", scanned.toString(), "--format", "json", "--rules", rules);

    assertThat(original.exitStatus()).as(original.all()).isZero();
    assertThat(scan.exitStatus()).as(scan.all()).isZero();
    assertThat(findings(scan.stdout())).isEqualTo(findings(original.stdout())).isNotEmpty();
    int arenden = 0;
    int withDnr = 0;
    DocumentReader reader = DocumentReader.standard();
    for (Path pdf : pdfs) {
      Set<String> read = new HashSet<>(reader.read(scanned.resolve(pdf.getFileName())).arenden().stream()
          .map(ScannedCorpusCheckTests::dnr).toList());
      for (Arende a : reader.read(pdf).arenden()) {
        arenden++;
        withDnr += read.contains(dnr(a)) ? 1 : 0;
      }
    }
    assertThat(withDnr).as("ärenden found with their Dnr in the scans").isGreaterThanOrEqualTo((int) Math.ceil(0.95 * arenden));
  }

  private static String dnr(Arende a) {
    return a.dnr() == null ? a.title() : a.dnr().full();
  }

  /** Each finding as rule, severity, file name and Dnr: what a revisor would compare. */
  private static Set<String> findings(String json) throws Exception {
    Set<String> out = new HashSet<>();
    for (JsonNode f : new ObjectMapper().readTree(json)) {
      out.add(f.get("rule").asText() + " " + f.get("severity").asText() + " "
          + Path.of(f.get("source").asText()).getFileName() + " " + f.path("dnr").asText(""));
    }
    return out;
  }
}
