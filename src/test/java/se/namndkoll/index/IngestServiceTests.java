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
import se.namndkoll.model.Reading;

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
  void aSymbolicLinkLoopIsRecordedAsFailedAndTheRunGoesOn() throws Exception {
    write("a.txt", "Ny bibliotekslokal", "Kulturnämnden beslutar att hyra en lokal.");
    Path loop = dir.resolve("docs").resolve("runt");
    try {
      Files.createSymbolicLink(loop, Path.of("."));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("symbolic links cannot be made here: " + e.getMessage());
    }

    IngestSummary s = ingest(false, new ArrayList<>());

    assertThat(s.read()).isEqualTo(1);
    assertThat(s.failed()).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo(loop.toString());
      assertThat(f.reason()).contains("symbolic link loop");
    });
    assertThat(failures()).containsOnlyKeys(loop.toString());

    Files.delete(loop);
    IngestSummary mended = ingest(false, new ArrayList<>());
    assertThat(mended.failed()).isEmpty();
    assertThat(failures()).isEmpty();
  }

  @Test
  void aFileThatCannotBeReadIsRecordedInTheIndexAsPermissionDenied() throws Exception {
    write("a.txt", "Ny bibliotekslokal", "Kulturnämnden beslutar att hyra en lokal.");
    Path locked = write("b.txt", "Konstinköp 2025", "Kulturnämnden beslutar att köpa konst.");
    try {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.abort("no POSIX permissions here");
    }
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
        "the file is still readable (run as root?)");

    IngestSummary s = ingest(false, new ArrayList<>());

    assertThat(s.read()).isEqualTo(1);
    assertThat(s.failed()).singleElement().satisfies(f -> assertThat(f.reason()).contains("permission denied"));
    assertThat(failures()).containsEntry(locked.toString(), "cannot read the file: permission denied");
  }

  /** The archive's failed files, source to reason, as a check of the archive sees them. */
  private java.util.Map<String, String> failures() {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    try (ArchiveIndex index = ArchiveIndex.forReading(index())) {
      index.files().stream().filter(f -> f instanceof Reading.Unreadable)
          .map(f -> (Reading.Unreadable) f).forEach(f -> out.put(f.source(), f.reason()));
    }
    return out;
  }

  @Test
  void aRebuildIsSeenOnlyWhenItIsDoneAndTheOldArchiveStaysWholeUntilThen() throws Exception {
    write("a.txt", "Ny bibliotekslokal", "Kulturnämnden beslutar att hyra en lokal.");
    write("b.txt", "Konstinköp 2025", "Kulturnämnden beslutar att köpa konst.");
    ingest(false, new ArrayList<>());
    Files.delete(dir.resolve("docs").resolve("a.txt"));
    write("c.txt", "Ny konsthall", "Kulturnämnden beslutar att bygga en konsthall.");

    List<Long> seenDuring = new ArrayList<>();
    service.ingest(List.of(dir.resolve("docs")), index(), true, 1, new IngestService.Listener() {
      @Override
      public void done(IngestService.Outcome outcome) {
        // what a search sees, and what a kill at this moment would leave on disk
        seenDuring.add(hits("bibliotekslokal") * 10 + hits("konsthall"));
      }
    });

    assertThat(seenDuring).hasSize(2).containsOnly(10L);
    assertThat(hits("bibliotekslokal")).isZero();
    assertThat(hits("konsthall")).isEqualTo(1);
  }

  @Test
  void aRebuildThatStopsHalfWayLeavesTheOldArchiveAsItWas() throws Exception {
    write("a.txt", "Ny bibliotekslokal", "Kulturnämnden beslutar att hyra en lokal.");
    ingest(false, new ArrayList<>());
    write("b.txt", "Ny konsthall", "Kulturnämnden beslutar att bygga en konsthall.");
    write("c.txt", "Konstinköp 2025", "Kulturnämnden beslutar att köpa konst.");

    assertThatThrownBy(() -> service.ingest(List.of(dir.resolve("docs")), index(), true, 1, new IngestService.Listener() {
      private int done;

      @Override
      public void done(IngestService.Outcome outcome) {
        if (++done == 2) {
          throw new IllegalStateException("stopped");
        }
      }
    })).hasMessage("stopped");

    assertThat(hits("bibliotekslokal")).isEqualTo(1);
    assertThat(hits("konsthall")).isZero();
    assertThat(ArchiveStats.of(index()).files()).isEqualTo(1);
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
