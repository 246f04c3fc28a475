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
 * The sample archive with every PDF replaced by a scan of it, read by OCR where Tesseract and its
 * Swedish model are installed: the same findings as the archive itself, and the ärenden with their
 * Dnr. The scans are as an archive has them: images only at 150 to 300 dpi, the sheet turned up to
 * a degree on the glass, with specks of dust and toner; one put out with a publisher's poor OCR layer.
 */
class ScannedCorpusCheckTests {

  private static final Path CORPUS = Path.of("corpus");

  /** How each PDF of the archive is scanned, in the order of their names. */
  private static final List<ScanFixtures.Scan> SCANS = List.of(
      new ScanFixtures.Scan(150, 0.6, 0.002, 1),
      new ScanFixtures.Scan(150, -1.0, 0.002, 2),
      new ScanFixtures.Scan(200, 0, 0, 0), // with a poor text layer
      new ScanFixtures.Scan(200, -0.4, 0.001, 4),
      new ScanFixtures.Scan(300, -0.8, 0.004, 5));
  private static final int POOR_LAYER = 2;

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
      int n = 0;
      for (Path f : all) {
        if (f.toString().endsWith(".pdf")) {
          Path out = scanned.resolve(f.getFileName());
          if (n % SCANS.size() == POOR_LAYER) {
            ScanFixtures.withPoorTextLayer(f, out, SCANS.get(POOR_LAYER).dpi());
          } else {
            ScanFixtures.imageOnly(f, out, SCANS.get(n % SCANS.size()));
          }
          n++;
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
    for (JsonNode f : new ObjectMapper().readTree(scan.stdout())) {
      boolean fromScan = f.get("source").asText().endsWith(".pdf") && f.get("rule").asText().equals("BKA-MISSING");
      boolean typed = !f.get("source").asText().endsWith(".pdf");
      if (fromScan || typed) {
        assertThat(f.path("ocr").asBoolean()).as("read by OCR: " + f).isEqualTo(fromScan);
      }
    }
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
