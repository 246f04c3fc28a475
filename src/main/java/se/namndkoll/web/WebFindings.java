package se.namndkoll.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndkoll.NamndkollException;
import se.namndkoll.check.Baseline;
import se.namndkoll.check.Reviews;
import se.namndkoll.index.ArchiveEntry;
import se.namndkoll.index.ArchiveSearch;
import se.namndkoll.model.Finding;
import se.namndkoll.report.findings.PastFinding;

/**
 * The findings of the archive, live: the sweep runs once when the server starts (in the
 * background: the pages answer meanwhile), each finding tied to its ärende's page; reviews are read
 * from and written to the reviews file at every request, so a finding marked reviewed here is left
 * out of the next {@code check} as one marked with {@code review}.
 */
public final class WebFindings implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebFindings.class);

  /**
   * A finding with the ärende page it belongs to ({@code null} where none was found), and the page
   * that shows its evidence: the ärende's, else its document's meeting, else the document itself.
   */
  public record Placed(Finding finding, String arendeId, String url) {}

  /**
   * Where the sweep is: running, done (with its findings), or failed (with why). While the archive's
   * sweep runs again after an ingest, the findings are those of the sweep before, {@code stale}.
   */
  public record State(boolean running, List<Placed> findings, String failure, boolean stale) {}

  private final ExecutorService sweeper = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "namndkoll-serve-sweep");
    t.setDaemon(true);
    return t;
  });
  private final Supplier<List<Finding>> check;
  private final WebArchive archive;
  private final Path reviewsFile;
  private final Baseline baseline;
  private CompletableFuture<List<Placed>> sweep;
  private List<Placed> before;
  private long swept;

  /**
   * @param check the sweep of the archive, as {@code check} runs it
   * @param reviewsFile the reviews file ({@code .namndkoll/reviews.yaml} unless told)
   * @param baseline an earlier sweep's findings, to tell new ones and fixed ones; {@code null} for none
   */
  public WebFindings(Supplier<List<Finding>> check, WebArchive archive, Path reviewsFile, Baseline baseline) {
    this.check = check;
    this.archive = archive;
    this.reviewsFile = reviewsFile;
    this.baseline = baseline;
    this.swept = archive.generation();
    this.sweep = CompletableFuture.supplyAsync(() -> place(check.get(), archive), sweeper);
  }

  /** The sweep's state; an archive changed by an ingest since the last sweep is swept again. */
  public synchronized State state() {
    long generation = archive.generation();
    if (generation != swept && sweep.isDone()) {
      swept = generation;
      before = sweep.isCompletedExceptionally() ? before : sweep.join();
      sweep = CompletableFuture.supplyAsync(() -> place(check.get(), archive), sweeper);
    }
    if (!sweep.isDone()) {
      return before == null ? new State(true, List.of(), null, false) : new State(false, before, null, true);
    }
    try {
      return new State(false, sweep.join(), null, false);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      LOG.error("the sweep of the archive failed", cause);
      return new State(false, List.of(), cause instanceof NamndkollException ? cause.getMessage()
          : "ett fel i namndkoll (se dess logg)", false);
    }
  }

  /** The reviews as the file holds them now. */
  public Reviews reviews() {
    return Reviews.load(reviewsFile);
  }

  public Optional<Baseline> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** The findings of the baseline the sweep no longer finds: fixed since. */
  public List<PastFinding> fixed(List<Placed> now) {
    if (baseline == null) {
      return List.of();
    }
    java.util.Set<String> found = new java.util.HashSet<>();
    now.forEach(p -> found.add(p.finding().fingerprint()));
    return baseline.entries().stream().filter(e -> !found.contains(e.fingerprint())).toList();
  }

  /** The findings of one ärende. */
  public List<Placed> of(String arendeId) {
    return state().findings().stream().filter(p -> arendeId.equals(p.arendeId())).toList();
  }

  /**
   * Marks the finding with this fingerprint reviewed, in the reviews file.
   *
   * @return false when the sweep has no such finding
   */
  public synchronized boolean review(String fingerprint, String comment, String reviewer, LocalDate day) {
    Optional<Finding> finding = state().findings().stream().map(Placed::finding)
        .filter(f -> f.fingerprint().equals(fingerprint)).findFirst();
    if (finding.isEmpty()) {
      return false;
    }
    Reviews reviews = Reviews.load(reviewsFile);
    reviews.mark(finding.get(), comment, reviewer, day);
    reviews.save(reviewsFile);
    return true;
  }

  /**
   * Each finding with its ärende: the record of its file whose title (and Dnr) it names, else the
   * same ärende (title and Dnr) in another file of the meeting or of the archive.
   */
  private List<Placed> place(List<Finding> findings, WebArchive archive) {
    List<Finding> marked = baseline == null ? findings : baseline.mark(findings);
    Map<String, List<ArchiveEntry>> meetings = new HashMap<>();
    List<Placed> out = new ArrayList<>();
    for (Finding f : marked) {
      String id = arendeId(f, archive, meetings);
      out.add(new Placed(f, id, id != null ? Links.arende(id) : documentUrl(f, archive)));
    }
    return out;
  }

  private static String arendeId(Finding f, WebArchive archive, Map<String, List<ArchiveEntry>> meetings) {
    if (f.source() == null || f.title() == null) {
      return null;
    }
    String fileId = ArchiveEntry.fileIdOfPath(f.source());
    if (f.namnd() == null || f.meetingDate() == null) {
      return byDnr(f, fileId, archive);
    }
    List<ArchiveEntry> entries = meetings.computeIfAbsent(f.namnd() + "|" + f.meetingDate(),
        k -> archive.entries(f.namnd(), f.meetingDate()));
    String inFile = null;
    String inMeeting = null;
    for (ArchiveEntry e : entries) {
      if (!"arende".equals(e.type()) || !f.title().equals(e.title())
          || f.dnr() != null && (e.dnr() == null || !e.dnr().contains(f.dnr()))) {
        continue;
      }
      if (e.fileId().equals(fileId)) {
        inFile = inFile == null ? e.id() : inFile;
      } else {
        // the same ärende in another file of the meeting: a report read on its own has no ärende page
        inMeeting = inMeeting == null ? e.id() : inMeeting;
      }
    }
    return inFile != null ? inFile : inMeeting != null ? inMeeting : byDnr(f, fileId, archive);
  }

  /** The meeting page of the finding's document, or the document itself; {@code null} where the archive has neither. */
  private static String documentUrl(Finding f, WebArchive archive) {
    if (f.source() == null) {
      return null;
    }
    String fileId = ArchiveEntry.fileIdOfPath(f.source());
    if (archive.show(fileId + "-m").isPresent()) {
      return Links.arende(fileId + "-m");
    }
    return archive.file(fileId).isPresent() ? Links.source(fileId, f.page()) : null;
  }

  /** A document without a meeting (a report on its own): its ärende found by the finding's Dnr. */
  private static String byDnr(Finding f, String fileId, WebArchive archive) {
    if (f.dnr() == null) {
      return null;
    }
    try {
      return archive.searchResult(new SearchForm("dnr:\"" + f.dnr().replace("\"", "") + "\"", null, null, null, null, 1), 50)
          .hits().stream().filter(h -> f.title().equals(h.title()))
          .sorted(java.util.Comparator.comparing(h -> ArchiveEntry.fileIdOf(h.id()).equals(fileId) ? 0 : 1))
          .map(h -> h.id()).findFirst().orElse(null);
    } catch (NamndkollException e) {
      return null;
    }
  }

  /** Counts per nämnd and rule, in the order first found. */
  public static Map<String, Map<String, Integer>> perNamndAndRule(List<Placed> findings) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Placed p : findings) {
      String namnd = p.finding().namnd() == null ? "(ingen nämnd)" : p.finding().namnd();
      out.computeIfAbsent(namnd, k -> new LinkedHashMap<>()).merge(p.finding().rule(), 1, Integer::sum);
    }
    return out;
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }
}
