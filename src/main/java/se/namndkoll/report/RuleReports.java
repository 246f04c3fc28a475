package se.namndkoll.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.namndkoll.model.Personnummer;
import se.namndkoll.model.RuleMetadata;
import se.namndkoll.rules.policy.Policy;
import se.namndkoll.rules.policy.Words;

/** What {@code rules list} and {@code rules explain} print. */
public final class RuleReports {

  private RuleReports() {}

  public static String listTable(List<RuleMetadata> rules, Policy policy) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-29s %-8s %s%n", "ID", "SEVERITY", "RULE"));
    for (RuleMetadata r : rules) {
      sb.append(String.format(Locale.ROOT, "%-29s %-8s %s%s%n", r.id(), r.severity().id(), r.name(),
          policy.disabled().contains(r.id()) ? "  (switched off in policy.yaml)" : ""));
    }
    long ids = rules.stream().map(RuleMetadata::id).distinct().count();
    sb.append(String.format(Locale.ROOT, "%n%d rules, %d ids. 'rules explain ID' tells what one checks.%n", rules.size(), ids));
    return sb.toString();
  }

  public static String listJson(List<RuleMetadata> rules, Policy policy) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RuleMetadata r : rules) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("severity", r.severity().id());
      m.put("name", r.name());
      m.put("title", r.title());
      m.put("basis", r.basis());
      m.put("description", r.description());
      m.put("example", Personnummer.mask(r.example()));
      m.put("enabled", !policy.disabled().contains(r.id()));
      out.add(m);
    }
    return Json.write(out);
  }

  public static String explain(String id, List<RuleMetadata> rules, Policy policy, Path folder) {
    StringBuilder sb = new StringBuilder(id).append('\n');
    rules.stream().map(RuleMetadata::title).filter(t -> t != null).distinct()
        .forEach(t -> sb.append("  Name:      ").append(t).append('\n'));
    String severities = rules.stream().map(r -> r.severity().id()).distinct().collect(Collectors.joining(" or "));
    sb.append("  Severity:  ").append(severities).append('\n');
    rules.stream().map(RuleMetadata::description).filter(d -> d != null).distinct()
        .forEach(d -> sb.append("  Checks:    ").append(d).append('\n'));
    rules.stream().map(RuleMetadata::basis).filter(b -> b != null).distinct()
        .forEach(b -> sb.append("  Basis:     ").append(b).append('\n'));
    rules.stream().map(RuleMetadata::example).filter(e -> e != null).distinct()
        .forEach(e -> sb.append("  Example:   ").append(Personnummer.mask(e)).append('\n'));
    for (RuleMetadata r : rules) {
      sb.append("  Rule:      \"").append(r.name()).append("\" (").append(r.severity().id()).append(")\n");
    }
    for (Path f : filesWith(folder, id)) {
      sb.append("  File:      ").append(f).append('\n');
    }
    for (String p : policyFor(id, policy)) {
      sb.append("  Policy:    ").append(p).append('\n');
    }
    if (policy.disabled().contains(id)) {
      sb.append("  Switched off in policy.yaml (disabled).\n");
    }
    return sb.toString();
  }

  /**
   * The rules reference the project publishes (RULES.md): one section per rule id, headed by the id
   * so that its anchor is the id in lower case ({@code #bka-missing}), with the rule's Swedish name,
   * severity, what it checks, its basis, an example and the file it is written in. Reports link each
   * rule there (SARIF {@code helpUri}).
   */
  public static String reference(List<RuleMetadata> rules, Path folder) {
    Map<String, List<RuleMetadata>> byId = new java.util.TreeMap<>();
    rules.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
    StringBuilder sb = new StringBuilder();
    sb.append("# Rules reference\n\n")
        .append("The compliance rules of `rules/`, one section per rule id, as each rule describes itself in its\n")
        .append("`.drl` file (`@title`, `@severity`, `@description`, `@basis`, `@example`). Reports link a finding's\n")
        .append("rule to its section here. This file is generated from the rule files by `RulesReferenceTests`\n")
        .append("(`mvn test -Dtest=RulesReferenceTests -Dnamndkoll.golden.update=true`); edit the rules, not this.\n\n")
        .append("| id | name | severity |\n| --- | --- | --- |\n");
    byId.forEach((id, rs) -> sb.append("| [").append(id).append("](#").append(id.toLowerCase(Locale.ROOT)).append(") | ")
        .append(first(rs, RuleMetadata::title, "")).append(" | ").append(severities(rs)).append(" |\n"));
    byId.forEach((id, rs) -> {
      sb.append("\n## ").append(id).append("\n\n");
      String title = first(rs, RuleMetadata::title, null);
      if (title != null) {
        sb.append("**").append(title).append("** · ");
      }
      sb.append(severities(rs)).append("\n\n");
      rs.stream().map(RuleMetadata::description).filter(d -> d != null).distinct()
          .forEach(d -> sb.append("- ").append(d).append('\n'));
      rs.stream().map(RuleMetadata::basis).filter(b -> b != null).distinct()
          .forEach(b -> sb.append("- Grund: ").append(b).append('\n'));
      rs.stream().map(RuleMetadata::example).filter(e -> e != null).distinct()
          .forEach(e -> sb.append("- Exempel: ").append(Personnummer.mask(e)).append('\n'));
      for (RuleMetadata r : rs) {
        sb.append("- Regel: \"").append(r.name()).append("\" (").append(r.severity().id()).append(")\n");
      }
      for (Path f : filesWith(folder, id)) {
        sb.append("- Fil: `rules/").append(f.getFileName()).append("`\n");
      }
    });
    return sb.toString();
  }

  private static String severities(List<RuleMetadata> rs) {
    return rs.stream().map(r -> r.severity().id()).distinct().collect(Collectors.joining(" or "));
  }

  private static String first(List<RuleMetadata> rs, java.util.function.Function<RuleMetadata, String> f, String none) {
    return rs.stream().map(f).filter(v -> v != null).findFirst().orElse(none);
  }

  private static List<Path> filesWith(Path folder, String id) {
    String marker = "@id(\"" + id + "\")";
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".drl")).filter(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8).contains(marker);
        } catch (IOException e) {
          return false;
        }
      }).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<String> policyFor(String id, Policy p) {
    List<String> out = new ArrayList<>();
    if (id.startsWith("BKA")) {
      out.add("bka.default = " + p.bkaDefault());
      p.bkaByNamnd().forEach((n, v) -> out.add("bka.namnder." + n + " = " + v));
      out.add("children: " + p.childWords().sources().size() + " words, " + p.childMentions() + " mentions make a matter about children");
    }
    if (id.equals("BKA-SHALLOW")) {
      out.add("bka-shallow.min-words = " + p.minBkaWords() + "; phrases: " + patterns(p.shallowPhrases()));
    }
    if (id.equals("PLACEHOLDER-LEFT")) {
      out.add("placeholders: " + patterns(p.placeholders()));
    }
    if (id.equals("EXPEDIERING-MISSING")) {
      out.add("expediering.filed-only: " + patterns(p.filedOnly()));
    }
    if (id.startsWith("BUDGET")) {
      out.add("budget.rounding-tkr = " + p.roundingTkr().toPlainString() + " per figure");
      out.add("budget.measures: " + patterns(p.measures()));
    }
    if (id.startsWith("DELEGATION")) {
      out.add("delegation.meetings-allowed = " + p.delegationMeetings());
      out.add("delegation.agenda-items: " + patterns(p.delegationItems()));
    }
    return out;
  }

  private static String patterns(Words words) {
    return String.join(", ", words.sources());
  }
}
