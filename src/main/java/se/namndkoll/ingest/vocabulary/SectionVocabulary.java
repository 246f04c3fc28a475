package se.namndkoll.ingest.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.SectionKind;

/**
 * The words that open each section of a decision document, and the headings of a decision, read
 * from {@code sections.yaml}: the one in the rules folder ({@code $NAMNDKOLL_RULES}, the system
 * property {@code namndkoll.rules}, or {@code rules/} in the working folder) where there is one,
 * else the copy inside the program; then the {@code sections:} of each kommun profile in the rules
 * folder's {@code kommuner/}, added to them. A file that cannot be right (an unknown section, a
 * pattern that does not compile) is an error naming the file and the entry.
 *
 * @param entries the section headings, tried in order
 * @param proposals headings that open a decision as a proposal ("Förslag till beslut")
 * @param weak the bare decision headings ("Beslut")
 */
public record SectionVocabulary(List<Entry> entries, Pattern proposals, Pattern weak) {

  /** Headings of one section: a pattern over the whole heading, and whether a colon may end it. */
  public record Entry(SectionKind kind, Pattern pattern, boolean colonAllowed) {}

  public static final String FILE = "sections.yaml";
  private static final String RESOURCE = "/namndkoll/" + FILE;
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The vocabulary the program runs with, read once. */
  public static SectionVocabulary current() {
    return Holder.CURRENT;
  }

  private static final class Holder {
    static final SectionVocabulary CURRENT = load(rulesFolder());
  }

  /** The rules folder the parser reads its words from. */
  public static Path rulesFolder() {
    String configured = System.getProperty("namndkoll.rules", System.getenv("NAMNDKOLL_RULES"));
    return Path.of(configured != null && !configured.isBlank() ? configured : "rules");
  }

  /** The vocabulary of a rules folder, or the program's own where the folder has no sections file. */
  public static SectionVocabulary load(Path rulesFolder) {
    Path own = rulesFolder.resolve(FILE);
    Builder b = new Builder();
    if (Files.isRegularFile(own)) {
      b.read(own.toString(), readFile(own));
    } else {
      b.read(RESOURCE, readResource());
    }
    Path profiles = rulesFolder.resolve("kommuner");
    if (Files.isDirectory(profiles)) {
      try (Stream<Path> s = Files.list(profiles)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList()) {
          b.readProfile(p.toString(), readFile(p));
        }
      } catch (IOException e) {
        throw new NamndkollException(profiles + ": cannot list the kommun profiles: " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /** The vocabulary written in a text, for tests. */
  public static SectionVocabulary parse(String name, String yaml) {
    Builder b = new Builder();
    b.read(name, yaml);
    return b.build();
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String readResource() {
    try (InputStream in = SectionVocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is part of the program");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(RESOURCE + " cannot be read", e);
    }
  }

  private static final class Builder {
    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> added = new ArrayList<>();
    private final List<String> proposals = new ArrayList<>();
    private final List<String> weak = new ArrayList<>();

    void read(String name, String yaml) {
      Map<String, Object> root = yaml(name, yaml);
      entries.addAll(entries(name, root.get("headings"), "headings"));
      Object decision = root.get("decision");
      if (decision instanceof Map<?, ?> d) {
        proposals.addAll(strings(name, d.get("proposal"), "decision.proposal"));
        weak.addAll(strings(name, d.get("weak"), "decision.weak"));
      }
    }

    /** A kommun profile's own section words, tried before the common ones. */
    void readProfile(String name, String yaml) {
      Map<String, Object> root = yaml(name, yaml);
      added.addAll(entries(name, root.get("sections"), "sections"));
      Object decision = root.get("decision");
      if (decision instanceof Map<?, ?> d) {
        proposals.addAll(strings(name, d.get("proposal"), "decision.proposal"));
      }
    }

    SectionVocabulary build() {
      List<Entry> all = new ArrayList<>(added);
      all.addAll(entries);
      return new SectionVocabulary(List.copyOf(all), whole(proposals), whole(weak));
    }

    private static Pattern whole(List<String> words) {
      return Pattern.compile(words.isEmpty() ? "(?!)" : "^(?:" + String.join("|", words) + ")$", FLAGS);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String name, String text) {
      Object loaded;
      try (Reader r = new StringReader(text)) {
        loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
      } catch (YAMLException | IOException e) {
        throw new NamndkollException(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
      }
      if (loaded == null) {
        return Map.of();
      }
      if (!(loaded instanceof Map)) {
        throw new NamndkollException(name + ": must be a mapping of settings");
      }
      return (Map<String, Object>) loaded;
    }

    private static List<Entry> entries(String name, Object node, String where) {
      List<Entry> out = new ArrayList<>();
      if (node == null) {
        return out;
      }
      if (!(node instanceof List<?> list)) {
        throw new NamndkollException(name + ": " + where + ": must be a list of {section, words}");
      }
      int i = 0;
      for (Object o : list) {
        String at = where + "[" + i++ + "]";
        if (!(o instanceof Map<?, ?> m) || m.get("section") == null) {
          throw new NamndkollException(name + ": " + at + ": needs a section and its words");
        }
        SectionKind kind = kind(name, at, String.valueOf(m.get("section")));
        boolean colon = !Boolean.FALSE.equals(m.get("colon"));
        List<String> words = strings(name, m.get("words"), at + ".words");
        if (!words.isEmpty()) {
          out.add(new Entry(kind, Pattern.compile("^(?:" + String.join("|", words) + ")$", FLAGS), colon));
        }
      }
      return out;
    }

    private static SectionKind kind(String name, String at, String section) {
      for (SectionKind k : SectionKind.values()) {
        if (k.id().equals(section.strip().toLowerCase(Locale.ROOT))) {
          return k;
        }
      }
      throw new NamndkollException(name + ": " + at + ".section: '" + section + "' is no section");
    }

    private static List<String> strings(String name, Object node, String at) {
      List<String> out = new ArrayList<>();
      if (node == null) {
        return out;
      }
      if (!(node instanceof List<?> l)) {
        throw new NamndkollException(name + ": " + at + ": must be a list");
      }
      for (Object o : l) {
        String w = String.valueOf(o);
        try {
          Pattern.compile(w, FLAGS);
        } catch (PatternSyntaxException e) {
          throw new NamndkollException(name + ": " + at + ": '" + w + "' is not a valid pattern: " + e.getDescription());
        }
        out.add(w);
      }
      return out;
    }
  }
}
