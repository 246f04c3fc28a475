package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.DocumentReader;

class IngestServiceTests {

  @TempDir Path dir;

  private final IngestService service = new IngestService(DocumentReader.standard());

  private Path index() {
    return dir.resolve("index");
  }

  private Path write(String name, String title, String decision) throws Exception {
    Path file = dir.resolve("docs").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "Dnr KN 2025-00017", "", title, "", "Kulturnämndens beslut", decision, "",
        "Beslutet expedieras till", "1. Kommunstyrelsen", "", "Eva Ek", "Ordförande"));
    return file;
  }

  private IngestSummary ingest(boolean rebuild, List<IngestService.Outcome> seen) {
    return service.ingest(List.of(dir.resolve("docs")), index(), rebuild, 2, new IngestService.Listener() {
      @Override
      public void done(IngestService.Outcome outcome) {
        seen.add(outcome);
      }
    });
  }

  private long hits(String query) {
    try (SearchService s = SearchService.open(index())) {
      return s.search(new SearchRequest(query, null, null, null, null, 10)).total();
    }
  }

  @Test
  void skipsUnchangedFilesAndReplacesChangedOnes() throws Exception {
    write("a.txt", "Ny bibliotekslokal", "Kulturnämnden beslutar att hyra en lokal för biblioteket.");
    write("b.txt", "Konstinköp 2025", "Kulturnämnden beslutar att köpa konst.");
    IngestSummary first = ingest(false, new ArrayList<>());
    assertThat(first.read()).isEqualTo(2);
    assertThat(first.arenden()).isEqualTo(2);

    IngestSummary again = ingest(false, new ArrayList<>());
    assertThat(again.read()).isZero();
    assertThat(again.skipped()).isEqualTo(2);

    write("a.txt", "Ny stadsbibliotekslokal", "Kulturnämnden beslutar att hyra en större lokal.");
    IngestSummary changed = ingest(false, new ArrayList<>());
    assertThat(changed.read()).isEqualTo(1);
    assertThat(changed.skipped()).isEqualTo(1);
    assertThat(hits("stadsbibliotekslokal")).isEqualTo(1);
    assertThat(hits("\"Ny bibliotekslokal\"")).isZero();
    assertThat(hits("dnr:2025-00017")).isEqualTo(2);
  }

  @Test
  void aBadFileNeverStopsTheRunAndIsReportedWithItsReason() throws Exception {
    write("a.txt", "Ny bibliotekslokal", "Kulturnämnden beslutar att hyra en lokal.");
    Path broken = dir.resolve("docs").resolve("trasig.pdf");
    Files.write(broken, "%PDF-1.7\nnot really".getBytes());
    Files.write(dir.resolve("docs").resolve("tom.docx"), new byte[0]);
    IngestSummary s = ingest(false, new ArrayList<>());
    assertThat(s.read()).isEqualTo(1);
    assertThat(s.failed()).extracting(IngestService.Failed::source)
        .containsExactlyInAnyOrder(broken.toString(), dir.resolve("docs").resolve("tom.docx").toString());
    assertThat(s.failed()).allSatisfy(f -> assertThat(f.reason()).isNotBlank().doesNotContain("Exception"));
    assertThat(hits("bibliotekslokal")).isEqualTo(1);
    assertThat(ArchiveStats.of(index()).failed()).isEqualTo(2);
  }

  @Test
  void rebuildStartsOver() throws Exception {
    write("a.txt", "Ny bibliotekslokal", "Kulturnämnden beslutar att hyra en lokal.");
    ingest(false, new ArrayList<>());
    Files.delete(dir.resolve("docs").resolve("a.txt"));
    write("b.txt", "Konstinköp 2025", "Kulturnämnden beslutar att köpa konst.");
    IngestSummary s = ingest(true, new ArrayList<>());
    assertThat(s.read()).isEqualTo(1);
    assertThat(hits("bibliotekslokal")).isZero();
    assertThat(hits("konstinköp")).isEqualTo(1);
  }

  @Test
  void reportsEveryFileToTheListener() throws Exception {
    write("a.txt", "Ny bibliotekslokal", "Kulturnämnden beslutar att hyra en lokal.");
    write("b.txt", "Konstinköp 2025", "Kulturnämnden beslutar att köpa konst.");
    List<IngestService.Outcome> seen = new ArrayList<>();
    ingest(false, seen);
    assertThat(seen).hasSize(2).allMatch(o -> o instanceof IngestService.Ingested);
  }

  @Test
  void aMissingPathIsAnErrorNamingIt() {
    assertThatThrownBy(() -> service.ingest(List.of(dir.resolve("finns-inte")), index(), false, 2,
        new IngestService.Listener() {}))
        .isInstanceOf(NamndkollException.class).hasMessageContaining("finns-inte").hasMessageContaining("no such file");
  }

  @Test
  void searchingWithoutAnIndexSaysHowToMakeOne() {
    assertThatThrownBy(() -> SearchService.open(dir.resolve("inget")))
        .isInstanceOf(NamndkollException.class).hasMessageContaining("ingest");
  }
}
