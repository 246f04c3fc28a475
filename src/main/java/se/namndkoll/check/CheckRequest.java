package se.namndkoll.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.namndkoll.model.Severity;

/**
 * What a revisor asks a sweep for.
 *
 * @param paths files and folders to check; empty for the whole archive in {@code index}
 * @param namnd only findings of this nämnd (name or Dnr prefix), or {@code null}
 * @param from only findings of meetings (or decisions) from this date, or {@code null}
 * @param to only up to this date, or {@code null}
 * @param rules only these rule ids; empty for all
 * @param minSeverity only findings at least this grave
 * @param baseline an earlier sweep's JSON, to mark findings new or known, or {@code null}
 * @param reviews the file of reviewed findings, left out of the report
 * @param rulesFolder the rules folder used, for the report's scope (its name and hash), or {@code null}
 * @param kommun the kommun named with {@code --kommun}, or {@code null}
 * @param ranBy who runs the check, as the report names them, or {@code null}
 * @param conclusions the revisor's own conclusions for the report, or {@code null}
 * @param disabledRules rule ids the policy switches off, for the report's scope
 */
public record CheckRequest(
    List<Path> paths,
    Path index,
    String namnd,
    LocalDate from,
    LocalDate to,
    Set<String> rules,
    Severity minSeverity,
    Path baseline,
    Path reviews,
    Path rulesFolder,
    String kommun,
    String ranBy,
    String conclusions,
    List<String> disabledRules) {

  /** A request without what only the report's scope needs. */
  public CheckRequest(List<Path> paths, Path index, String namnd, LocalDate from, LocalDate to, Set<String> rules,
      Severity minSeverity, Path baseline, Path reviews) {
    this(paths, index, namnd, from, to, rules, minSeverity, baseline, reviews, null, null, null, null, List.of());
  }

  public CheckRequest {
    paths = List.copyOf(paths);
    rules = Set.copyOf(rules);
    disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
    if (minSeverity == null) {
      minSeverity = Severity.INFO;
    }
  }
}
