package se.namndkoll.check;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Finding;

/**
 * The findings a revisor has reviewed, kept in a YAML file people can read and edit ({@link
 * #DEFAULT_FILE}): one entry per finding with its fingerprint, rule, Dnr, title, the comment, the
 * reviewer and the date. A reviewed finding is left out of reports while its fingerprint stays the
 * same; the fingerprint covers the evidence, so a finding whose evidence changes is shown again.
 *
 * <pre>
 * reviews:
 *   - fingerprint: 5c1e0a9d3b7f2e4a6c8d0b1f
 *     rule: BKA-MISSING
 *     dnr: 2026-00034
 *     title: Riktlinje för ekonomiskt bistånd 2026
 *     comment: BKA redovisad muntligt vid sammanträdet, se protokollet § 12.
 *     reviewer: Anna Lind
 *     date: '2026-03-16'
 * </pre>
 */
public final class Reviews {

  /** Where reviews are kept, relative to the folder the check runs in. */
  public static final Path DEFAULT_FILE = Path.of(".namndkoll", "reviews.yaml");

  private static final String HEADER = """
      # Findings a revisor has reviewed. namndkoll leaves a finding out of its reports while its
      # fingerprint is listed here; when the finding's evidence changes, its fingerprint changes and
      # it is reported again. Delete an entry to have its finding reported again.
      """;

  /** The findings that are left, and how many were left out as reviewed. */
  public record Filtered(List<Finding> findings, int suppressed) {

    public Filtered {
      findings = List.copyOf(findings);
    }
  }

  private final Map<String, Review> byFingerprint = new LinkedHashMap<>();

  private Reviews() {}

  public static Reviews empty() {
    return new Reviews();
  }

  /**
   * Reads the reviews of a file; a file that does not exist holds none.
   *
   * @throws NamndkollException naming the file when it cannot be read or is not a reviews file
   */
  public static Reviews load(Path file) {
    Reviews reviews = new Reviews();
    if (!Files.exists(file)) {
      return reviews;
    }
    Object root;
    try {
      root = loader().load(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot read the reviews (" + e.getMessage() + ")", e);
    } catch (YAMLException e) {
      throw new NamndkollException(file + ": not YAML (" + e.getMessage().replaceAll("\\s+", " ").strip() + ")", e);
    }
    if (root == null || "".equals(root)) {
      return reviews;
    }
    if (!(root instanceof Map<?, ?> top) || !top.containsKey("reviews")) {
      throw new NamndkollException(file + ": not a reviews file; expected a list under 'reviews:'");
    }
    Object list = top.get("reviews");
    if (list == null || "".equals(list)) {
      return reviews;
    }
    if (!(list instanceof List<?> entries)) {
      throw new NamndkollException(file + ": 'reviews' is not a list");
    }
    for (int i = 0; i < entries.size(); i++) {
      Review r = review(entries.get(i), file, i + 1);
      reviews.byFingerprint.put(r.fingerprint(), r);
    }
    return reviews;
  }

  /** Writes the reviews to the file, making its folder if need be; the old file is replaced whole. */
  public void save(Path file) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Review r : byFingerprint.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("fingerprint", r.fingerprint());
      putIfSet(m, "rule", r.rule());
      putIfSet(m, "dnr", r.dnr());
      putIfSet(m, "title", r.title());
      m.put("comment", r.comment());
      m.put("reviewer", r.reviewer());
      m.put("date", r.date().toString());
      entries.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("reviews", entries);
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      // a plain new file, so that the reviews get the user's usual permissions (the umask), not the
      // owner-only ones of a temporary file
      Path tmp = Files.createFile(dir.resolve(".reviews-" + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp"));
      try {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          w.write(HEADER);
          dumper().dump(root, w);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot write the reviews (" + e.getMessage() + ")", e);
    }
  }

  /** Marks the finding reviewed, replacing an earlier review of it. */
  public Review mark(Finding finding, String comment, String reviewer, LocalDate date) {
    Review r = new Review(finding.fingerprint(), finding.rule(), finding.dnr(), finding.title(),
        comment == null ? null : comment.strip(), reviewer == null ? null : reviewer.strip(), date);
    byFingerprint.put(r.fingerprint(), r);
    return r;
  }

  /** Takes back the review of a fingerprint; whether there was one. */
  public boolean unmark(String fingerprint) {
    return byFingerprint.remove(fingerprint) != null;
  }

  public Optional<Review> find(String fingerprint) {
    return Optional.ofNullable(byFingerprint.get(fingerprint));
  }

  public boolean isReviewed(Finding finding) {
    return byFingerprint.containsKey(finding.fingerprint());
  }

  /** The reviews, in the order they were first marked or read. */
  public List<Review> all() {
    return List.copyOf(byFingerprint.values());
  }

  public int size() {
    return byFingerprint.size();
  }

  /** The findings not reviewed, in their order, and how many were reviewed and left out. */
  public Filtered filter(List<Finding> findings) {
    List<Finding> left = findings.stream().filter(f -> !isReviewed(f)).toList();
    return new Filtered(left, findings.size() - left.size());
  }

  private static Review review(Object entry, Path file, int no) {
    if (!(entry instanceof Map<?, ?> m)) {
      throw new NamndkollException(file + ": review " + no + " is not a mapping of fingerprint, comment …");
    }
    String date = text(m, "date");
    try {
      return new Review(text(m, "fingerprint"), text(m, "rule"), text(m, "dnr"), text(m, "title"),
          text(m, "comment"), text(m, "reviewer"), date == null ? null : LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      throw new NamndkollException(file + ": review " + no + " has date '" + date + "', not a date like 2026-03-16",
          e);
    } catch (IllegalArgumentException e) {
      throw new NamndkollException(file + ": review " + no + ": " + e.getMessage(), e);
    }
  }

  private static String text(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null || v instanceof Map || v instanceof List) {
      return null;
    }
    String s = v.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private static void putIfSet(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isBlank()) {
      m.put(key, value);
    }
  }

  /** Reads every scalar as text, so that a date, a Dnr or an all-digit fingerprint stays as written. */
  private static Yaml loader() {
    LoaderOptions options = new LoaderOptions();
    DumperOptions dump = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, new Resolver() {
      @Override
      protected void addImplicitResolvers() {
        // no implicit types: every plain scalar is a string
      }
    });
  }

  /** Block style, two-space indent, long lines kept whole, strings that look like other types quoted. */
  private static Yaml dumper() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(false);
    options.setAllowUnicode(true);
    return new Yaml(options);
  }
}
