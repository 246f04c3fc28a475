package se.namndkoll.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;
import se.namndkoll.report.findings.PastFinding;

/**
 * The findings of an earlier run, by fingerprint, to tell a run's new findings from those known
 * before. A baseline is the output of an earlier {@code check --format json} (or {@code --format
 * sarif}); a finding there without a {@code fingerprint} field has it computed from its fields.
 */
public final class Baseline {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Set<String> fingerprints;
  private final List<PastFinding> entries;

  private Baseline(Set<String> fingerprints) {
    this(fingerprints.stream().map(fp -> new PastFinding(fp, null, null)).toList());
  }

  private Baseline(List<PastFinding> entries) {
    Map<String, PastFinding> byFingerprint = new LinkedHashMap<>();
    entries.forEach(e -> byFingerprint.putIfAbsent(e.fingerprint(), e));
    this.fingerprints = Set.copyOf(byFingerprint.keySet());
    this.entries = List.copyOf(byFingerprint.values());
  }

  public static Baseline of(Collection<String> fingerprints) {
    return new Baseline(new LinkedHashSet<>(fingerprints));
  }

  /** The baseline of these findings, as if they were an earlier run's output. */
  public static Baseline ofFindings(Collection<Finding> findings) {
    return new Baseline(findings.stream().map(f -> new PastFinding(f.fingerprint(), f.rule(), f.namnd())).toList());
  }

  /**
   * Reads a baseline file.
   *
   * @throws NamndkollException naming the file when it is missing, unreadable or not a findings file
   */
  public static Baseline read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new NamndkollException(file + ": no such baseline file");
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot read the baseline (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads a baseline from the text of a findings file.
   *
   * @param name what to call it in a message (the file name)
   * @throws NamndkollException when the text is not a findings file
   */
  public static Baseline parse(String json, String name) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new NamndkollException(name + ": not JSON (" + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ")", e);
    }
    List<PastFinding> fps = new ArrayList<>();
    if (root != null && root.isArray()) {
      int i = 0;
      for (JsonNode n : root) {
        fps.add(new PastFinding(fingerprint(n, name, i++), text(n, "rule"), text(n, "namnd")));
      }
    } else if (root != null && root.isObject() && root.path("runs").isArray()) {
      for (JsonNode run : root.path("runs")) {
        for (JsonNode result : run.path("results")) {
          JsonNode fp = result.path("partialFingerprints").path(Finding.FINGERPRINT_KEY);
          if (!fp.isTextual()) {
            throw new NamndkollException(name + ": a SARIF result has no " + Finding.FINGERPRINT_KEY
                + " fingerprint; use the JSON output of an earlier check as baseline");
          }
          fps.add(new PastFinding(fp.asText(), text(result, "ruleId"), text(result.path("properties"), "namnd")));
        }
      }
    } else {
      throw new NamndkollException(name + ": not a findings file; expected the JSON array of"
          + " 'check --format json' or the SARIF of 'check --format sarif'");
    }
    return new Baseline(fps);
  }

  public boolean contains(String fingerprint) {
    return fingerprints.contains(fingerprint);
  }

  public int size() {
    return fingerprints.size();
  }

  /** The earlier findings, each with its rule and nämnd where the file gives them. */
  public List<PastFinding> entries() {
    return entries;
  }

  /** The findings, each marked {@code KNOWN} when the baseline has its fingerprint, else {@code NEW}. */
  public List<Finding> mark(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.withStatus(contains(f.fingerprint()) ? Finding.Status.KNOWN : Finding.Status.NEW))
        .toList();
  }

  private static String fingerprint(JsonNode n, String name, int index) {
    if (!n.isObject()) {
      throw new NamndkollException(name + ": entry " + (index + 1) + " is not a finding object");
    }
    if (n.path("fingerprint").isTextual() && !n.path("fingerprint").asText().isBlank()) {
      return n.path("fingerprint").asText();
    }
    String rule = text(n, "rule");
    if (rule == null || rule.isBlank()) {
      throw new NamndkollException(name + ": entry " + (index + 1) + " has neither a fingerprint nor a rule");
    }
    Finding f = new Finding(rule, Severity.of(text(n, "severity")).orElse(Severity.INFO), text(n, "namnd"), null,
        text(n, "dnr"), text(n, "title"), text(n, "source"), null, null, text(n, "evidence"), "", null,
        date(n, name, index), null);
    return f.fingerprint();
  }

  private static LocalDate date(JsonNode n, String name, int index) {
    String date = text(n, "date");
    try {
      return date == null ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new NamndkollException(name + ": entry " + (index + 1) + " has date '" + date
          + "', not a date like 2026-03-10", e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
