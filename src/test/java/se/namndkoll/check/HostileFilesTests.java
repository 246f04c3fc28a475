package se.namndkoll.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.index.ArchiveIndex;
import se.namndkoll.index.IngestService;
import se.namndkoll.index.IngestSummary;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Reading;
import se.namndkoll.model.Severity;
import se.namndkoll.report.ArchiveReports;
import se.namndkoll.report.findings.FindingFormat;
import se.namndkoll.report.findings.FindingReports;
import se.namndkoll.report.findings.ReportOptions;
import se.namndkoll.rules.RulesCompliance;

/**
 * A few hundred broken files made from the sample archive — cut short, bytes flipped, empty, under
 * the wrong extension, under odd names, links that loop or lead nowhere — swept by the real ingest
 * and check: nothing is lost. Every file is read or recorded as failed with a one-line reason, in
 * the run's summary, in the index and in the check, and no exception escapes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesTests {

  private static final Path CORPUS = Path.of("corpus");
  private static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "html", "txt", "md");

  @TempDir static Path dir;

  private Path hostile;
  /** Every path the sweeps must account for: the files made and the links. */
  private final Set<String> expected = new HashSet<>();

  private final DocumentReader reader = DocumentReader.standard();

  @BeforeAll
  void makeTheHostileFiles() throws IOException {
    hostile = Files.createDirectories(dir.resolve("hostile"));
    Random random = new Random(20260310L);
    int n = 0;
    for (Path source : corpusDocuments()) {
      byte[] bytes = Files.readAllBytes(source);
      String name = source.getFileName().toString();
      String base = name.substring(0, name.lastIndexOf('.'));
      String ext = name.substring(name.lastIndexOf('.') + 1);
      Path folder = Files.createDirectories(hostile.resolve(String.format("%02d-%s", n++, base)));

      for (int percent : new int[] {1, 10, 50, 90, 99}) {
        put(folder, "cut-" + percent + "." + ext, java.util.Arrays.copyOf(bytes, bytes.length * percent / 100));
      }
      for (int flips : new int[] {1, 8, 64, 512}) {
        byte[] flipped = bytes.clone();
        for (int i = 0; i < flips; i++) {
          int at = random.nextInt(flipped.length);
          flipped[at] = (byte) (flipped[at] ^ (1 << random.nextInt(8)));
        }
        put(folder, "flipped-" + flips + "." + ext, flipped);
      }
      byte[] zeroed = bytes.clone();
      int from = bytes.length / 3;
      java.util.Arrays.fill(zeroed, from, Math.min(bytes.length, from + 512), (byte) 0);
      put(folder, "zeroed." + ext, zeroed);
      put(folder, "empty." + ext, new byte[0]);
      put(folder, "blank." + ext, " \n\t\r\n ".getBytes(StandardCharsets.US_ASCII));
      put(folder, "head-only." + ext, java.util.Arrays.copyOf(bytes, Math.min(64, bytes.length)));
      put(folder, "twice." + ext, concat(bytes, bytes));
      put(folder, "trailing-junk." + ext, concat(bytes, randomBytes(random, 1024)));
      put(folder, "nul-padded." + ext, concat(bytes, new byte[4096]));
      put(folder, "junk." + ext, randomBytes(random, 2048));
      for (String other : EXTENSIONS) {
        if (!other.equals(ext)) {
          put(folder, "as-" + other + "." + other, bytes);
        }
      }
      put(folder, "ny\nrad." + ext, bytes);
      put(folder, "tab\there." + ext, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      put(folder, "esc\u001b[31mröd." + ext, bytes);
      put(folder, "-leading-dash." + ext, bytes);
      put(folder, "  ." + ext, bytes);
      put(folder, "x".repeat(200) + "." + ext, bytes);
      put(folder, "a\u0308ndrad-nfd." + ext, bytes);
      put(folder, "line\u2028separator." + ext, bytes);
    }
    Path links = Files.createDirectories(hostile.resolve("links"));
    link(links.resolve("loop"), Path.of(".."));
    link(links.resolve("self.pdf"), Path.of("self.pdf"));
    link(links.resolve("nowhere.docx"), Path.of("finns-inte.docx"));
    Files.createDirectories(hostile.resolve("folder-named.pdf"));
  }

  @Test
  void ingestReadsOrRecordsEveryFileAndLosesNone() {
    Path index = dir.resolve("index");
    List<IngestService.Outcome> seen = java.util.Collections.synchronizedList(new ArrayList<>());

    IngestSummary summary = new IngestService(reader).ingest(List.of(hostile), index, false, 2, new IngestService.Listener() {
      @Override
      public void done(IngestService.Outcome outcome) {
        seen.add(outcome);
      }
    });

    assertThat(expected).hasSizeGreaterThan(300);
    assertThat(seen.stream().map(IngestService.Outcome::source)).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(seen).allMatch(o -> o instanceof IngestService.Ingested || o instanceof IngestService.Failed);
    assertThat(summary.read() + summary.failed().size()).isEqualTo(expected.size());
    assertThat(summary.read()).as("intact copies under odd names are read").isGreaterThan(100);
    assertThat(summary.failed()).allSatisfy(f -> assertOneLineReason(f.source(), f.reason()));

    List<String> printed = ArchiveReports.ingestTable(summary).lines().toList();
    assertThat(printed).hasSize(1 + summary.failed().size());

    Map<String, String> stored = new TreeMap<>();
    try (ArchiveIndex archive = ArchiveIndex.forReading(index)) {
      archive.files().forEach(f -> stored.put(f.source(), f instanceof Reading.Unreadable u ? u.reason() : null));
    }
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    Map<String, String> failed = summary.failed().stream()
        .collect(Collectors.toMap(IngestService.Failed::source, IngestService.Failed::reason));
    assertThat(stored.entrySet().stream().filter(e -> e.getValue() != null)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).isEqualTo(failed);

    CheckService.Outcome fromArchive = new CheckService(reader, rules()).check(
        new CheckRequest(List.of(), index, null, null, null, Set.of("INGEST-FAILED"), Severity.INFO, null, null),
        ZonedDateTime.now());
    assertThat(fromArchive.findings()).extracting(Finding::source).containsExactlyInAnyOrderElementsOf(failed.keySet());
  }

  @Test
  void checkReadsOrReportsEveryFileAndLosesNone() {
    CheckService.Outcome outcome = new CheckService(reader, rules()).check(
        new CheckRequest(List.of(hostile), dir.resolve("no-index"), null, null, null, Set.of(), Severity.INFO, null, null),
        ZonedDateTime.now());

    List<Finding> unreadable = outcome.findings().stream().filter(f -> f.rule().equals("INGEST-FAILED")).toList();
    assertThat(unreadable.stream().map(Finding::source)).doesNotHaveDuplicates();
    assertThat(outcome.context().filesRead() + outcome.context().filesFailed()).isEqualTo(expected.size());
    assertThat(unreadable).hasSize(outcome.context().filesFailed());
    assertThat(unreadable).allSatisfy(f -> assertOneLineReason(f.source(), f.evidence()));
    Set<String> documentsWithFindings = outcome.findings().stream().map(Finding::source).collect(Collectors.toSet());
    assertThat(expected).containsAll(documentsWithFindings);

    String table = FindingReports.text(FindingFormat.TABLE, unreadable, outcome.context(), ReportOptions.DEFAULTS);
    for (Finding f : unreadable) {
      assertThat(table.lines()).as("the heading of %s is one line", f.source())
          .contains(se.namndkoll.report.Shown.name(f.source()));
    }
  }

  private static void assertOneLineReason(String source, String reason) {
    assertThat(reason).as("the reason %s failed", source).isNotBlank().doesNotContain("\n", "\r")
        .doesNotContainPattern("\\w+(Exception|Error)\\b");
  }

  private RulesCompliance rules() {
    return new RulesCompliance(Path.of("rules")).load();
  }

  private static List<Path> corpusDocuments() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(ArchiveFiles::isDocument).sorted().toList();
    }
  }

  private void put(Path folder, String name, byte[] bytes) throws IOException {
    Path file;
    try {
      file = folder.resolve(name);
    } catch (InvalidPathException e) {
      return; // a name this file system cannot hold
    }
    Files.write(file, bytes);
    if (ArchiveFiles.isDocument(file)) {
      expected.add(file.toString());
    }
  }

  private void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
      expected.add(link.toString());
    } catch (UnsupportedOperationException | IOException e) {
      // no symbolic links here: the sweep is tested without them
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] out = new byte[n];
    random.nextBytes(out);
    return out;
  }
}
