package se.namndkoll.rules.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.namndkoll.NamndkollException;
import se.namndkoll.YamlSettings;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;
import se.namndkoll.model.Line;

/**
 * What differs by kommun beyond the words, read from {@code kommuner/*.yaml} in the rules folder:
 * how a kommun's documents name it (its letterhead, footer, web address) and the registers it numbers
 * its ärenden in ("KFKS 2020/1109"), and its own rules for the
 * sections of its decisions (a kommun that expedites by utdrag alone switches expediering off for
 * protocol paragraphs) and decisions that need no expediering. A document is given the profile whose
 * names it shows most often, or the one a sweep names ({@code --kommun}); with none, the policy of
 * {@code policy.yaml} alone applies. The profiles' section words are read by the parser (see
 * {@code SectionVocabulary}).
 */
public final class KommunProfiles {

  /** One kommun's profile. */
  public record Profile(String kommun, String file, List<Pattern> names, Set<String> registers,
      Map<String, String> sectionRules, Words filedOnly) {

    /** The kommun's own judgement of a section of a form, where it sets one. */
    public Optional<String> sectionRule(String form, String section) {
      return Optional.ofNullable(sectionRules.get(form + "." + section));
    }
  }

  public static final String FOLDER = "kommuner";
  private static final int HEAD_AND_FOOT_LINES = 60;

  private final List<Profile> profiles;
  private final Profile forced;

  private KommunProfiles(List<Profile> profiles, Profile forced) {
    this.profiles = List.copyOf(profiles);
    this.forced = forced;
  }

  public static KommunProfiles none() {
    return new KommunProfiles(List.of(), null);
  }

  /** The profiles of a rules folder; none when it has no {@code kommuner/}. */
  public static KommunProfiles in(Path rulesFolder) {
    Path dir = rulesFolder.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return none();
    }
    List<Profile> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
        out.add(read(f));
      }
    } catch (IOException e) {
      throw new NamndkollException(dir + ": cannot list the kommun profiles: " + e.getMessage(), e);
    }
    return new KommunProfiles(out, null);
  }

  public List<Profile> all() {
    return profiles;
  }

  /**
   * The same profiles, every document given the named kommun's (by the kommun's name or the
   * profile's file name); an unknown name is an error that lists the known ones.
   */
  /** The profile of the kommun named (the start of its name, or its file's name), if there is one. */
  public java.util.Optional<Profile> find(String kommun) {
    String k = kommun.strip().toLowerCase(Locale.ROOT);
    for (Profile p : profiles) {
      String file = Path.of(p.file()).getFileName().toString().replaceFirst("\\.ya?ml$", "");
      if (p.kommun().toLowerCase(Locale.ROOT).startsWith(k) || file.equalsIgnoreCase(k)) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }

  public KommunProfiles forcing(String kommun) {
    if (kommun == null || kommun.isBlank()) {
      return this;
    }
    java.util.Optional<Profile> found = find(kommun);
    if (found.isPresent()) {
      return new KommunProfiles(profiles, found.get());
    }
    throw new NamndkollException("no kommun profile '" + kommun + "' in the rules folder's " + FOLDER + "/ ("
        + (profiles.isEmpty() ? "it has none" : "known: " + String.join(", ", profiles.stream().map(Profile::kommun).toList()))
        + ")");
  }

  /**
   * The profile of a document: the one named for the sweep, else the one whose names it shows most
   * in its first and last lines, each ärende or agenda item in one of its registers counting as one.
   */
  public Optional<Profile> of(Document d) {
    if (forced != null) {
      return Optional.of(forced);
    }
    if (profiles.isEmpty()) {
      return Optional.empty();
    }
    String text = headAndFoot(d.lines()).toLowerCase(Locale.ROOT);
    List<String> prefixes = registryPrefixes(d);
    Profile best = null;
    int most = 0;
    for (Profile p : profiles) {
      int hits = 0;
      for (Pattern n : p.names()) {
        var m = n.matcher(text);
        while (m.find()) {
          hits++;
        }
      }
      for (String prefix : prefixes) {
        hits += p.registers().contains(prefix) ? 1 : 0;
      }
      if (hits > most) {
        most = hits;
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The registers the document's ärenden and agenda items are numbered in ("KFKS", "IF"), upper case. */
  private static List<String> registryPrefixes(Document d) {
    List<String> out = new ArrayList<>();
    d.arenden().forEach(a -> addPrefix(a.dnr(), out));
    d.agenda().forEach(a -> addPrefix(a.dnr(), out));
    return out;
  }

  private static void addPrefix(Dnr dnr, List<String> out) {
    if (dnr != null && dnr.prefix() != null) {
      out.add(dnr.prefix().strip().toUpperCase(Locale.ROOT));
    }
  }

  /** The first and last lines of each page (or of the document): where a kommun names itself. */
  private static String headAndFoot(List<Line> lines) {
    StringBuilder sb = new StringBuilder();
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (i < HEAD_AND_FOOT_LINES || i >= n - HEAD_AND_FOOT_LINES) {
        sb.append(lines.get(i).text()).append('\n');
      }
    }
    return sb.toString();
  }

  private static Profile read(Path file) {
    Map<String, Object> root = YamlSettings.read(file);
    String name = file.toString();
    if (root.get("kommun") == null) {
      throw new NamndkollException(file + ": a kommun profile needs 'kommun:' (its name) and 'names:'");
    }
    String kommun = String.valueOf(root.get("kommun")).strip();
    List<Pattern> names = new ArrayList<>();
    for (String n : YamlSettings.patterns(name, root.get("names"), "names", 0)) {
      names.add(Pattern.compile(n.toLowerCase(Locale.ROOT)));
    }
    if (names.isEmpty()) {
      names.add(Pattern.compile(Pattern.quote(kommun.toLowerCase(Locale.ROOT))));
    }
    Set<String> registers = new HashSet<>();
    Object written = root.get("registers");
    if (written instanceof List<?> list) {
      for (Object r : list) {
        String prefix = String.valueOf(r).strip();
        if (prefix.isEmpty() || !prefix.matches("[\\p{L}\\d-]{1,12}")) {
          throw new NamndkollException(file + ": registers: '" + prefix + "' is no registry prefix (letters, as in KFKS)");
        }
        registers.add(prefix.toUpperCase(Locale.ROOT));
      }
    } else if (written != null) {
      throw new NamndkollException(file + ": registers: must be a list of registry prefixes");
    }
    Map<String, String> rules = new LinkedHashMap<>();
    Object sections = root.get("section-rules");
    if (sections instanceof Map<?, ?> byForm) {
      for (Map.Entry<?, ?> form : byForm.entrySet()) {
        String f = String.valueOf(form.getKey());
        if (!Policy.FORMS.contains(f) || !(form.getValue() instanceof Map<?, ?> bySection)) {
          throw new NamndkollException(file + ": section-rules." + f + ": not one of " + Policy.FORMS + " with its sections");
        }
        for (Map.Entry<?, ?> e : bySection.entrySet()) {
          String section = String.valueOf(e.getKey());
          String value = Policy.sectionRuleValue(e.getValue());
          if (!Policy.JUDGED_SECTIONS.contains(section) || !Policy.SECTION_RULES.contains(value)) {
            throw new NamndkollException(file + ": section-rules." + f + "." + section + ": '" + value
                + "' is not one of required, practice, off for one of " + Policy.JUDGED_SECTIONS);
          }
          rules.put(f + "." + section, value);
        }
      }
    } else if (sections != null) {
      throw new NamndkollException(file + ": section-rules: must be a mapping of forms");
    }
    List<String> filed = root.get("expediering") instanceof Map<?, ?> exp
        ? YamlSettings.patterns(name, exp.get("filed-only"), "expediering.filed-only", 0) : List.of();
    return new Profile(kommun, file.toString(), List.copyOf(names), Set.copyOf(registers), Map.copyOf(rules),
        Words.of(filed));
  }
}
