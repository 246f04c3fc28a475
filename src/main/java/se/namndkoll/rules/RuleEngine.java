package se.namndkoll.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Finding;
import se.namndkoll.model.RuleMetadata;
import se.namndkoll.model.Severity;

/**
 * The rule files of a folder, compiled at run time: every {@code .drl} in it (not its
 * sub-folders), so a revisor can read, change, add or switch off a rule without rebuilding. A file
 * that does not compile stops the load with its name, line and the compiler's message; a rule
 * without an {@code @id} or a valid {@code @severity} too.
 */
public final class RuleEngine {

  private static final AtomicInteger BUILDS = new AtomicInteger();

  private final KieBase base;
  private final List<RuleMetadata> rules;
  private final Map<String, RuleMetadata> byName;

  private RuleEngine(KieBase base, List<RuleMetadata> rules, Map<String, RuleMetadata> byName) {
    this.base = base;
    this.rules = rules;
    this.byName = Map.copyOf(byName);
  }

  /** The rules of the folder, compiled, or loaded as compiled by an earlier run with the same files. */
  public static RuleEngine compile(Path folder) {
    return compile(folder, CompiledRules.standard());
  }

  static RuleEngine compile(Path folder, CompiledRules cache) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    Map<String, Map<String, String>> annotations = new HashMap<>();
    for (Path f : drlFiles(folder)) {
      try {
        byte[] bytes = Files.readAllBytes(f);
        contents.put(f.getFileName().toString(), bytes);
        annotations.putAll(DrlAnnotations.read(new String(bytes, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new NamndkollException(f + ": cannot read the rule file: " + e.getMessage(), e);
      }
    }
    String key = CompiledRules.key(contents);
    KieBase kept = cache.read(key).map(CompiledRules::base).orElse(null);
    KieBase base = kept != null ? kept : build(folder, contents);
    List<RuleMetadata> rules = new ArrayList<>();
    Map<String, RuleMetadata> byName = new HashMap<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        try {
          Map<String, Object> metadata = new HashMap<>(r.getMetaData());
          annotations.getOrDefault(Findings.ruleKey(p.getName(), r.getName()), Map.of()).forEach(metadata::putIfAbsent);
          RuleMetadata meta = metadata(r.getName(), metadata);
          rules.add(meta);
          byName.put(Findings.ruleKey(p.getName(), r.getName()), meta);
        } catch (IllegalStateException e) {
          throw new NamndkollException(folder + ": " + e.getMessage());
        }
      }
    }
    rules.sort(Comparator.comparing(RuleMetadata::id).thenComparing(RuleMetadata::name));
    if (kept == null) {
      // kept only once every rule has its id and severity: the cache never holds rules that fail to load
      cache.write(key, base.getKiePackages());
    }
    return new RuleEngine(base, List.copyOf(rules), byName);
  }

  /** Compiles the rule files; a file that does not compile is an error naming it, its line and why. */
  private static KieBase build(Path folder, Map<String, byte[]> contents) {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId release = ks.newReleaseId("se.namndkoll", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
    kfs.generateAndWritePomXML(release);
    Map<String, Path> written = new TreeMap<>();
    contents.forEach((fileName, bytes) -> {
      String name = "src/main/resources/se/namndkoll/rules/" + fileName;
      kfs.write(name, bytes);
      written.put(name, folder.resolve(fileName));
    });
    ClassLoader loader = RuleEngine.class.getClassLoader();
    KieBuilder builder = ks.newKieBuilder(kfs, loader).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new NamndkollException(compileErrors(errors, written));
    }
    KieContainer container = ks.newKieContainer(release, loader);
    return container.getKieBase();
  }

  /** A rule's metadata, or an error naming the rule when its id or severity is missing. */
  static RuleMetadata metadata(String name, Map<String, Object> meta) {
    String id = text(meta.get("id"));
    String severity = text(meta.get("severity"));
    if (id == null || id.isBlank()) {
      throw new IllegalStateException("rule \"" + name + "\" has no @id");
    }
    Severity s = Severity.of(severity).orElseThrow(() ->
        new IllegalStateException("rule \"" + name + "\" has no valid @severity (error, warning or info): " + severity));
    return new RuleMetadata(name, id.strip(), s, text(meta.get("basis")), text(meta.get("description")),
        text(meta.get("example")), text(meta.get("title")));
  }

  private static String text(Object o) {
    if (o == null) {
      return null;
    }
    String s = String.valueOf(o).strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s.isEmpty() ? null : s;
  }

  private static List<Path> drlFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new NamndkollException(folder + ": no such rules folder (give --rules DIR or set NAMNDKOLL_RULES)");
    }
    try (Stream<Path> s = Files.list(folder)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
      if (files.isEmpty()) {
        throw new NamndkollException(folder + ": no rule files (.drl) in the rules folder");
      }
      return files;
    } catch (IOException e) {
      throw new NamndkollException(folder + ": cannot list the rules folder: " + e.getMessage(), e);
    }
  }

  private static String compileErrors(List<Message> errors, Map<String, Path> written) {
    StringBuilder sb = new StringBuilder("the rules do not compile:");
    for (Message m : errors) {
      Path f = null;
      for (Map.Entry<String, Path> e : written.entrySet()) {
        if (m.getPath() != null && (e.getKey().equals(m.getPath()) || e.getKey().endsWith("/" + m.getPath()))) {
          f = e.getValue();
        }
      }
      String where = f != null ? f.toString() : m.getPath() == null ? "?" : m.getPath();
      sb.append("\n  ").append(where);
      if (m.getLine() > 0) {
        sb.append(':').append(m.getLine());
      }
      sb.append(": ").append(m.getText().replaceAll("\\s+", " ").strip());
    }
    return sb.toString();
  }

  /** The rules loaded, each with its id, severity, basis and description. */
  public List<RuleMetadata> rules() {
    return rules;
  }

  /** Fires every rule over the facts; the findings in the order the rules reported them. */
  public List<Finding> fire(List<?> facts, Set<String> disabled) {
    Findings findings = new Findings(byName, disabled);
    KieSession session = base.newKieSession();
    try {
      session.setGlobal("findings", findings);
      for (Object f : facts) {
        session.insert(f);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return findings.all();
  }

  /** The gravest severity a rule id is given by any of its rules. */
  public static Severity gravest(List<RuleMetadata> rules, String id) {
    return rules.stream().filter(r -> r.id().equals(id)).map(RuleMetadata::severity)
        .max(Comparator.naturalOrder()).orElse(Severity.INFO);
  }
}
