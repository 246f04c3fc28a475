package se.namndkoll.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.namndkoll.NamndkollException;
import se.namndkoll.config.About;
import se.namndkoll.model.Document;
import se.namndkoll.model.Line;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.Names;
import se.namndkoll.model.Reading;
import se.namndkoll.report.findings.Scope;
import se.namndkoll.text.KommunNames;

/**
 * What a report says a check covered: the kommun (as the documents' letterheads name it), the
 * nämnder and the period of their meetings, the documents read and failed, the rules folder with a
 * hash of its rule and policy files, who ran it, and the program's version and home.
 */
final class ScopeReader {

  private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

  private ScopeReader() {}

  /**
   * What a sweep read, group by group, kept small: each document's source, meetings and kind, and
   * the kommun its letterhead names; not the documents.
   */
  static final class Tally {
    private final List<Scope.DocumentRead> read = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Reading.Unreadable> unreadable = new ArrayList<>();
    private final Map<String, Integer> kommunVotes = new java.util.HashMap<>();
    private final List<String> kommunOrder = new ArrayList<>();

    void add(List<Document> documents, List<Reading.Unreadable> failed) {
      for (Document d : documents) {
        Meeting m = d.meetings().isEmpty() ? null : d.meetings().get(0);
        read.add(new Scope.DocumentRead(d.source(), m == null ? null : m.namnd(), m == null ? null : m.date(),
            d.kind().id()));
        meetings.addAll(d.meetings());
        for (String k : KommunNames.named(d.lines().stream().map(Line::text).toList())) {
          if (kommunVotes.merge(k, 1, Integer::sum) == 1) {
            kommunOrder.add(k);
          }
        }
      }
      unreadable.addAll(failed);
    }

    int documents() {
      return read.size();
    }

    int unreadable() {
      return unreadable.size();
    }

    Scope scope(CheckRequest request, Set<String> namndKeys) {
      return ScopeReader.scope(request, this, namndKeys);
    }

    /** The kommun most documents name, the first named among equals. */
    String kommun() {
      String best = null;
      for (String k : kommunOrder) {
        if (best == null || kommunVotes.get(k) > kommunVotes.get(best)) {
          best = k;
        }
      }
      return best;
    }
  }

  private static Scope scope(CheckRequest request, Tally tally, Set<String> namndKeys) {
    Set<String> namnder = new TreeSet<>(SWEDISH::compare);
    LocalDate first = null;
    LocalDate last = null;
    for (Meeting meeting : tally.meetings) {
      if (!inScope(meeting, request, namndKeys)) {
        continue;
      }
      if (meeting.namnd() != null && !meeting.namnd().isBlank()) {
        namnder.add(meeting.parent() == null || meeting.parent().isBlank() ? meeting.namnd()
            : meeting.namnd() + " (" + meeting.parent() + ")");
      }
      if (meeting.date() != null) {
        first = first == null || meeting.date().isBefore(first) ? meeting.date() : first;
        last = last == null || meeting.date().isAfter(last) ? meeting.date() : last;
      }
    }
    List<Scope.DocumentRead> read = new ArrayList<>(tally.read);
    read.sort(java.util.Comparator.comparing(Scope.DocumentRead::source));
    List<Scope.FileFailed> failed = tally.unreadable.stream().map(u -> new Scope.FileFailed(u.source(), u.reason()))
        .sorted(java.util.Comparator.comparing(Scope.FileFailed::source)).toList();
    String kommun = tally.kommun();
    if (kommun == null && request.kommun() != null && !request.kommun().isBlank()) {
      kommun = request.kommun().strip();
    }
    List<String> policy = new ArrayList<>();
    if (request.kommun() != null && !request.kommun().isBlank()) {
      policy.add("kommunprofil " + request.kommun().strip() + " (--kommun)");
    }
    if (!request.disabledRules().isEmpty()) {
      policy.add("avstängda regler: " + String.join(", ", new TreeSet<>(request.disabledRules())));
    }
    if (!request.rules().isEmpty()) {
      policy.add("endast reglerna " + String.join(", ", new TreeSet<>(request.rules())));
    }
    if (request.minSeverity() != null && request.minSeverity() != se.namndkoll.model.Severity.INFO) {
      policy.add("lägsta allvarlighet: " + request.minSeverity().id());
    }
    Path folder = request.rulesFolder();
    String home = About.home();
    if (home != null && !home.startsWith("https://") && !home.startsWith("http://")) {
      home = null; // not set by the build
    }
    return new Scope(kommun, List.copyOf(namnder), first, last, read, failed,
        folder == null ? null : folder.toString(), folder == null ? null : sha256(folder), policy,
        blankToNull(request.ranBy()), request.conclusions(), About.version().equals("unknown") ? null : About.version(),
        home, home == null ? null : home + "/blob/main/RULES.md");
  }

  private static boolean inScope(Meeting m, CheckRequest r, Set<String> namndKeys) {
    if (!namndKeys.isEmpty()) {
      boolean named = Stream.of(m.namnd(), m.parent()).filter(n -> n != null && !n.isBlank())
          .anyMatch(n -> namndKeys.stream().anyMatch(k -> Names.key(n).startsWith(k)));
      if (!named) {
        return false;
      }
    }
    if (m.date() == null) {
      return r.from() == null && r.to() == null;
    }
    return (r.from() == null || !m.date().isBefore(r.from())) && (r.to() == null || !m.date().isAfter(r.to()));
  }

  /**
   * The SHA-256 of the rules folder: every rule and policy file in it and its sub-folders
   * ({@code .drl}, {@code .yaml}, {@code .yml}), by path relative to the folder in name order, each
   * path and content hashed in turn. The same rules give the same hash on any machine.
   */
  static String sha256(Path folder) {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> rules = files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches("(?i).*\\.(drl|ya?ml)")).toList();
      Map<String, Path> byName = new java.util.TreeMap<>();
      for (Path p : rules) {
        byName.put(folder.relativize(p).toString().replace('\\', '/'), p);
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, Path> e : byName.entrySet()) {
        digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(e.getValue()));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new NamndkollException(folder + ": cannot read the rules folder to hash it: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() || s.startsWith("@") ? null : s.strip();
  }
}
