package se.namndkoll.ingest.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.namndkoll.NamndkollException;
import se.namndkoll.YamlSettings;
import se.namndkoll.model.SectionKind;
import se.namndkoll.text.Phrases;

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
 * @param sekretess the marks and statements of secrecy ({@code secrecy:}); a sections file without
 *     them keeps the program's own, so that leaving them out never makes a secret ärende public
 * @param templateText template text that is no content ({@code placeholders} and
 *     {@code template-text} of the rules folder's {@code policy.yaml})
 */
public record SectionVocabulary(List<Entry> entries, Pattern proposals, Pattern weak, SekretessWords sekretess,
    Phrases templateText) {

  /** Headings of one section: patterns over the whole heading, and whether a colon may end it. */
  public record Entry(SectionKind kind, Phrases headings, boolean colonAllowed) {}

  public static final String FILE = "sections.yaml";
  private static final String RESOURCE = "/namndkoll/rules/" + FILE;
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static volatile SectionVocabulary current;

  /**
   * The vocabulary the program runs with, read once; a sections file that cannot be right is a
   * one-line error naming it, every time it is asked for, not a failed class.
   */
  public static SectionVocabulary current() {
    SectionVocabulary v = current;
    if (v == null) {
      synchronized (SectionVocabulary.class) {
        if (current == null) {
          current = load(rulesFolder());
        }
        v = current;
      }
    }
    return v;
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
      b.read(own.toString(), YamlSettings.read(own));
    } else {
      b.read(RESOURCE, YamlSettings.parse(RESOURCE, readResource()));
    }
    b.templateText = TemplateText.in(rulesFolder);
    Path profiles = rulesFolder.resolve("kommuner");
    if (Files.isDirectory(profiles)) {
      try (Stream<Path> s = Files.list(profiles)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList()) {
          b.readProfile(p.toString(), YamlSettings.read(p));
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
    b.read(name, YamlSettings.parse(name, yaml));
    return b.build();
  }

  /** The program's own secrecy words, for a sections file that has none. */
  private static SekretessWords ownSekretess() {
    return SekretessWords.read(RESOURCE, YamlSettings.parse(RESOURCE, readResource()).get("secrecy"));
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
    private SekretessWords sekretess;
    private Phrases templateText;

    void read(String name, Map<String, Object> root) {
      entries.addAll(entries(name, root.get("headings"), "headings"));
      Object decision = root.get("decision");
      if (decision instanceof Map<?, ?> d) {
        proposals.addAll(YamlSettings.patterns(name, d.get("proposal"), "decision.proposal", FLAGS));
        weak.addAll(YamlSettings.patterns(name, d.get("weak"), "decision.weak", FLAGS));
      }
      SekretessWords own = SekretessWords.read(name, root.get("secrecy"));
      if (own != null) {
        sekretess = own;
      }
    }

    /** A kommun profile's own section words, tried before the common ones. */
    void readProfile(String name, Map<String, Object> root) {
      added.addAll(entries(name, root.get("sections"), "sections"));
      Object decision = root.get("decision");
      if (decision instanceof Map<?, ?> d) {
        proposals.addAll(YamlSettings.patterns(name, d.get("proposal"), "decision.proposal", FLAGS));
      }
    }

    SectionVocabulary build() {
      List<Entry> all = new ArrayList<>(added);
      all.addAll(entries);
      return new SectionVocabulary(List.copyOf(all), whole(proposals), whole(weak),
          sekretess != null ? sekretess : ownSekretess(), templateText != null ? templateText : TemplateText.in(null));
    }

    private static Pattern whole(List<String> words) {
      return Pattern.compile(words.isEmpty() ? "(?!)" : "^(?:" + String.join("|", words) + ")$", FLAGS);
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
        List<String> words = YamlSettings.patterns(name, m.get("words"), at + ".words", FLAGS);
        if (!words.isEmpty()) {
          out.add(new Entry(kind, Phrases.whole(words), colon));
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
  }
}
