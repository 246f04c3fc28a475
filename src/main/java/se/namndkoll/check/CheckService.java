package se.namndkoll.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.namndkoll.NamndkollException;
import se.namndkoll.index.PublicCopy;
import se.namndkoll.index.SweepGroups;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.Names;
import se.namndkoll.model.Reading;
import se.namndkoll.report.findings.Masking;
import se.namndkoll.report.findings.PastFinding;
import se.namndkoll.report.findings.ReportContext;
import se.namndkoll.rules.Compliance;

/**
 * Runs a sweep: reads the documents (parsing files under paths, or taking the archive's stored
 * documents), checks them all together, keeps the findings the revisor asked for, marks them against
 * a baseline and leaves out those already reviewed. A file that cannot be read is a finding, never
 * the end of the sweep.
 */
public final class CheckService {

  private static final int THREADS = 2;

  private final DocumentReader reader;
  private final Compliance compliance;

  public CheckService(DocumentReader reader, Compliance compliance) {
    this.reader = reader;
    this.compliance = compliance;
  }

  /** The findings of a sweep, and what the report says about it. */
  public record Outcome(List<Finding> findings, ReportContext context) {}

  /** The sweep the request asks for: of its paths, or else of the embedded index. */
  public Outcome check(CheckRequest request, ZonedDateTime runAt) {
    if (request.paths().isEmpty()) {
      return check(request, SweepGroups.index(request.index()), List.of(), runAt);
    }
    List<Document> documents = new ArrayList<>();
    List<Reading.Unreadable> unreadable = new ArrayList<>();
    ArchiveFiles.Listing listing = ArchiveFiles.list(request.paths());
    for (ArchiveFiles.Skipped skipped : listing.skipped()) {
      unreadable.add(new Reading.Unreadable(skipped.path().toString(), skipped.reason()));
    }
    read(listing.files(), documents, unreadable);
    return check(request, SweepGroups.of(documents, unreadable), request.paths().stream().map(Path::toString).toList(),
        runAt);
  }

  /**
   * The sweep of an archive's documents, group by group (a SolrCloud collection's nämnder, perhaps
   * at once): each group's findings, then those the revisor asked for among all of them.
   *
   * @param checked the paths the report names as checked; none for an archive
   */
  public Outcome check(CheckRequest request, SweepGroups groups, List<String> checked, ZonedDateTime runAt) {
    List<Finding> all = new ArrayList<>();
    Set<String> namnder = new HashSet<>();
    ScopeReader.Tally tally = new ScopeReader.Tally();
    groups.forEach(group -> {
      // no personnummer in clear in any finding, so that fingerprints, reviews and reports agree
      List<Finding> found = Masking.findings(compliance.check(group.documents(), group.unreadable()));
      Set<String> named = namnderNamed(request.namnd(), group.documents());
      synchronized (all) {
        all.addAll(found);
        namnder.addAll(named);
        tally.add(group.documents(), group.unreadable());
      }
    });
    if (request.namnd() != null && !request.namnd().isBlank()) {
      namnder.add(Names.key(request.namnd()));
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : all) {
      if (wanted(f, request, namnder)) {
        findings.add(f);
      }
    }
    List<PastFinding> earlier = null;
    if (request.baseline() != null) {
      Baseline baseline = Baseline.read(request.baseline());
      findings = baseline.mark(findings);
      earlier = baseline.entries().stream().filter(p -> wantedEarlier(p, request, namnder)).toList();
    }
    Reviews.Filtered filtered = (request.reviews() == null ? Reviews.empty() : Reviews.load(request.reviews())).filter(findings);
    ReportContext context = ReportContext.of(checked, runAt)
        .withRules(compliance.catalogue())
        .withFiles(tally.documents(), tally.unreadable())
        .withReviewed(filtered.suppressed())
        .withScope(tally.scope(request, namnder))
        .withBaseline(earlier);
    return new Outcome(filtered.findings(), context);
  }

  private void read(List<Path> files, List<Document> documents, List<Reading.Unreadable> unreadable) {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "namndkoll-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Reading>> results = new ArrayList<>();
      for (Path file : files) {
        results.add(pool.submit(() -> reader.reading(file)));
      }
      for (Future<Reading> r : results) {
        Reading reading = r.get();
        if (reading instanceof Reading.Parsed parsed) {
          // judged as the archive would keep it: no finding quotes a secret ärende or a personnummer
          documents.add(PublicCopy.of(parsed.document()));
        } else {
          unreadable.add((Reading.Unreadable) reading);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NamndkollException("the check was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The nämnder a user means by a name or an abbreviation: the names that start the same way
   * (spaces, hyphens and case aside), and those whose ärenden carry the abbreviation as Dnr prefix.
   */
  private static Set<String> namnderNamed(String namnd, List<Document> documents) {
    Set<String> keys = new HashSet<>();
    if (namnd == null || namnd.isBlank()) {
      return keys;
    }
    for (Document d : documents) {
      for (Arende a : d.arenden()) {
        if (a.dnr() != null && a.dnr().prefix() != null && a.dnr().prefix().equalsIgnoreCase(namnd.strip())) {
          d.meeting().map(Meeting::namnd).ifPresent(n -> keys.add(Names.key(n)));
          if (a.namnd() != null) {
            keys.add(Names.key(a.namnd()));
          }
        }
      }
    }
    return keys;
  }

  /**
   * The revisor's conclusions for a report: the text given, or the text of the file (UTF-8), or
   * both, the text first; {@code null} when neither is given.
   *
   * @throws NamndkollException naming the file when it cannot be read
   */
  public static String conclusions(String text, Path file) {
    StringBuilder sb = new StringBuilder();
    if (text != null && !text.isBlank()) {
      sb.append(text.strip());
    }
    if (file != null) {
      try {
        String read = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (!read.isEmpty()) {
          sb.append(sb.length() == 0 ? "" : "\n\n").append(read);
        }
      } catch (java.nio.file.NoSuchFileException e) {
        throw new NamndkollException(file + ": no such file of conclusions");
      } catch (java.io.IOException e) {
        throw new NamndkollException(file + ": cannot read the conclusions (" + e.getMessage() + ")", e);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** An earlier finding within the rules and nämnd asked for (the baseline holds no dates). */
  private static boolean wantedEarlier(PastFinding p, CheckRequest r, java.util.Set<String> namnder) {
    if (!r.rules().isEmpty() && (p.rule() == null || r.rules().stream().noneMatch(id -> id.equalsIgnoreCase(p.rule())))) {
      return false;
    }
    return namnder.isEmpty() || p.namnd() != null && namnder.stream().anyMatch(k -> Names.key(p.namnd()).startsWith(k));
  }

  private static boolean wanted(Finding f, CheckRequest r, java.util.Set<String> namnder) {
    if (f.severity().compareTo(r.minSeverity()) < 0) {
      return false;
    }
    if (!r.rules().isEmpty() && r.rules().stream().noneMatch(id -> id.equalsIgnoreCase(f.rule()))) {
      return false;
    }
    if (!namnder.isEmpty() && (f.namnd() == null || namnder.stream().noneMatch(k -> Names.key(f.namnd()).startsWith(k)))) {
      return false;
    }
    LocalDate when = f.meetingDate() != null ? f.meetingDate() : f.date();
    if (r.from() != null && (when == null || when.isBefore(r.from()))) {
      return false;
    }
    return r.to() == null || when != null && !when.isAfter(r.to());
  }

}
