package se.namndkoll.rules.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.namndkoll.NamndkollException;
import se.namndkoll.YamlSettings;

/**
 * Reads {@code policy.yaml}. Every setting has a default, the project's own {@code policy.yaml} as
 * packed into the program, so a kommun writes only what it changes and every word list lives in one
 * file; a value that cannot be right (an unknown BKA policy, a pattern that does not compile, a
 * negative tolerance) is an error naming the file and the setting.
 */
public final class PolicyFile {

  public static final String NAME = "policy.yaml";

  /** The policy packed into the program, whose settings are the defaults of every other. */
  private static final String DEFAULTS = "/namndkoll/rules/" + NAME;

  private final Path file;
  private final Map<String, Object> root;
  private final Map<String, Object> defaults;

  private PolicyFile(Path file, Map<String, Object> root) {
    this.file = file;
    this.root = root;
    this.defaults = Defaults.ROOT;
  }

  private static final class Defaults {
    static final Map<String, Object> ROOT = read();

    private static Map<String, Object> read() {
      try (InputStream in = PolicyFile.class.getResourceAsStream(DEFAULTS)) {
        if (in == null) {
          throw new IllegalStateException(DEFAULTS + " is missing from the program");
        }
        return YamlSettings.parse(DEFAULTS, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
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
    String bkaDefault = bka(text("bka.default"), "bka.default");
    Map<String, String> byNamnd = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map("bka.namnder").entrySet()) {
      byNamnd.put(e.getKey(), bka(String.valueOf(e.getValue()), "bka.namnder." + e.getKey()));
    }
    BigDecimal rounding = number("budget.rounding-tkr");
    if (rounding.signum() < 0) {
      throw problem("budget.rounding-tkr", "must not be negative, is " + rounding);
    }
    int meetings = number("delegation.meetings-allowed").intValue();
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
    Map<String, String> draftRules = new LinkedHashMap<>();
    for (String form : Policy.FORMS) {
      for (String section : Policy.JUDGED_SECTIONS) {
        String setting = "drafts." + form + "." + section;
        if (at(setting) != null) {
          String v = Policy.sectionRuleValue(at(setting));
          if (!Policy.SECTION_RULES.contains(v)) {
            throw problem(setting, "'" + v + "' is not one of required, practice, off");
          }
          draftRules.put(form + "." + section, v);
        }
      }
    }
    double share = number("sections.practice-share").doubleValue();
    if (share <= 0 || share > 1) {
      throw problem("sections.practice-share", "must be above 0 and at most 1, is " + share);
    }
    Set<String> disabled = new LinkedHashSet<>();
    for (String id : strings("disabled")) {
      disabled.add(id.strip().toUpperCase(Locale.ROOT));
    }
    return new Policy(
        bkaDefault,
        byNamnd,
        patterns("children.words"),
        patterns("children.not-words"),
        number("children.min-mentions").intValue(),
        patterns("bka-shallow.phrases"),
        patterns("bka-shallow.grounds"),
        number("bka-shallow.min-words").intValue(),
        number("bka-shallow.max-ungrounded-words").intValue(),
        patterns("placeholders"),
        patterns("expediering.filed-only"),
        patterns("budget.measures"),
        patterns("budget.deficit-scope"),
        patterns("budget.negative-forecast"),
        patterns("delegation.agenda-items"),
        patterns("delegation.utskott"),
        patterns("delegation.chair-decisions"),
        patterns("delegation.delegate-decisions"),
        rounding,
        meetings,
        sectionRules,
        draftRules,
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

  /** The setting in the file, else in the defaults. */
  private Object at(String path) {
    Object v = at(root, path);
    return v != null ? v : at(defaults, path);
  }

  private static Object at(Map<String, Object> root, String path) {
    Object node = root;
    for (String part : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> m)) {
        return null;
      }
      node = m.get(part);
    }
    return node;
  }

  private String text(String path) {
    return String.valueOf(at(path));
  }

  /** A mapping of the file alone: the names of its nämnder are no default for another kommun. */
  private Map<String, Object> map(String path) {
    Object v = at(root, path);
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

  private BigDecimal number(String path) {
    Object v = at(path);
    try {
      return new BigDecimal(String.valueOf(v).strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw problem(path, "'" + v + "' is not a number");
    }
  }

  private List<String> strings(String path) {
    return YamlSettings.strings(file.toString(), at(path), path);
  }

  private Words patterns(String path) {
    return Words.of(YamlSettings.patterns(file.toString(), at(path), path, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  private NamndkollException problem(String setting, String what) {
    return new NamndkollException(file + ": " + setting + ": " + what);
  }
}
