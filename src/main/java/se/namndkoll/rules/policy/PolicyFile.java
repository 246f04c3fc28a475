package se.namndkoll.rules.policy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.namndkoll.NamndkollException;
import se.namndkoll.YamlSettings;

/**
 * Reads {@code policy.yaml}. Every setting has a default, so a kommun writes only what it changes;
 * a value that cannot be right (an unknown BKA policy, a pattern that does not compile, a
 * negative tolerance) is an error naming the file and the setting.
 */
public final class PolicyFile {

  public static final String NAME = "policy.yaml";

  private final Path file;
  private final Map<String, Object> root;

  private PolicyFile(Path file, Map<String, Object> root) {
    this.file = file;
    this.root = root;
  }

  /** The policy in the rules folder, or the defaults where the folder has no policy file. */
  public static Policy in(Path rulesDir) {
    Path f = rulesDir.resolve(NAME);
    return Files.exists(f) ? read(f) : new PolicyFile(f, Map.of()).policy();
  }

  public static Policy read(Path file) {
    return new PolicyFile(file, YamlSettings.read(file)).policy();
  }

  private Policy policy() {
    String bkaDefault = bka(text("bka.default", "when-children"), "bka.default");
    Map<String, String> byNamnd = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map("bka.namnder").entrySet()) {
      byNamnd.put(e.getKey(), bka(String.valueOf(e.getValue()), "bka.namnder." + e.getKey()));
    }
    BigDecimal rounding = number("budget.rounding-tkr", BigDecimal.ONE);
    if (rounding.signum() < 0) {
      throw problem("budget.rounding-tkr", "must not be negative, is " + rounding);
    }
    int meetings = number("delegation.meetings-allowed", BigDecimal.ONE).intValue();
    if (meetings < 1) {
      throw problem("delegation.meetings-allowed", "must be 1 or more, is " + meetings);
    }
    Map<String, String> sectionRules = new LinkedHashMap<>();
    for (String form : Policy.FORMS) {
      for (String section : Policy.JUDGED_SECTIONS) {
        String setting = "sections." + form + "." + section;
        String v = Policy.sectionRuleValue(at(setting) == null ? "practice" : at(setting));
        if (!Policy.SECTION_RULES.contains(v)) {
          throw problem(setting, "'" + v + "' is not one of required, practice, off");
        }
        sectionRules.put(form + "." + section, v);
      }
    }
    double share = number("sections.practice-share", new BigDecimal("0.5")).doubleValue();
    if (share <= 0 || share > 1) {
      throw problem("sections.practice-share", "must be above 0 and at most 1, is " + share);
    }
    Set<String> disabled = new LinkedHashSet<>();
    for (String id : strings("disabled", List.of())) {
      disabled.add(id.strip().toUpperCase(Locale.ROOT));
    }
    return new Policy(
        bkaDefault,
        byNamnd,
        patterns("children.words", List.of("\\bbarn", "\\bung(?:a|dom)", "\\belev", "skola\\b", "förskol", "familjehem", "placerade?\\b")),
        patterns("children.not-words", List.of("barnkonsekvens\\w*", "barnkonventionen\\w*", "barnrättsperspektiv\\w*")),
        (int) number("children.min-mentions", BigDecimal.valueOf(3)).longValue(),
        patterns("bka-shallow.phrases", List.of("ej aktuell", "inte aktuell", "ej relevant", "inte relevant")),
        patterns("bka-shallow.grounds", List.of("artikel", "\\bart\\.", "eftersom", "därför", "bedöm")),
        (int) number("bka-shallow.min-words", BigDecimal.valueOf(20)).longValue(),
        (int) number("bka-shallow.max-ungrounded-words", BigDecimal.valueOf(60)).longValue(),
        patterns("placeholders", List.of("ÅÅÅÅ-MM-DD", "lorem ipsum")),
        patterns("expediering.filed-only", List.of("läggs? till handlingarna")),
        patterns("budget.measures", List.of("åtgärd", "handlingsplan")),
        patterns("budget.deficit-scope", List.of("nämnden", "förvaltningen", "helår")),
        patterns("budget.negative-forecast", List.of("(?:prognos|resultat)\\w*\\s+(?:på|om|till)\\s+(?:ett\\s+)?(?:[-−–]|minus)\\s?\\d")),
        patterns("delegation.agenda-items", List.of("delegationsbeslut", "delegationsärenden")),
        patterns("delegation.utskott", List.of("utskott")),
        patterns("delegation.chair-decisions", List.of("ordförandebeslut")),
        patterns("delegation.delegate-decisions", List.of("med stöd av delegation")),
        rounding,
        meetings,
        sectionRules,
        share,
        disabled);
  }

  private String bka(String value, String setting) {
    String v = value.strip().toLowerCase(Locale.ROOT).equals("false") ? "off" : value.strip().toLowerCase(Locale.ROOT);
    if (!Policy.BKA_POLICIES.contains(v)) {
      throw problem(setting, "'" + value + "' is not one of required, when-children, off");
    }
    return v;
  }

  private Object at(String path) {
    Object node = root;
    for (String part : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> m)) {
        return null;
      }
      node = m.get(part);
    }
    return node;
  }

  private String text(String path, String fallback) {
    Object v = at(path);
    return v == null ? fallback : String.valueOf(v);
  }

  private Map<String, Object> map(String path) {
    Object v = at(path);
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw problem(path, "must be a mapping (name: value)");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, val) -> out.put(String.valueOf(k), val));
    return out;
  }

  private BigDecimal number(String path, BigDecimal fallback) {
    Object v = at(path);
    if (v == null) {
      return fallback;
    }
    try {
      return new BigDecimal(String.valueOf(v).strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw problem(path, "'" + v + "' is not a number");
    }
  }

  private List<String> strings(String path, List<String> fallback) {
    Object v = at(path);
    return v == null ? fallback : YamlSettings.strings(file.toString(), v, path);
  }

  private Words patterns(String path, List<String> fallback) {
    Object v = at(path);
    List<String> sources = v == null ? fallback : YamlSettings.patterns(file.toString(), v, path,
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    return Words.of(sources);
  }

  private NamndkollException problem(String setting, String what) {
    return new NamndkollException(file + ": " + setting + ": " + what);
  }
}
