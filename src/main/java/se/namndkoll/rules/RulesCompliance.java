package se.namndkoll.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.check.Compliance;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;
import se.namndkoll.report.findings.RuleInfo;
import se.namndkoll.rules.facts.FactBuilder;
import se.namndkoll.rules.facts.Limits;

/**
 * The compliance rules of a folder: its {@code .drl} files and its {@code policy.yaml}, compiled
 * when first needed, so that commands that check nothing do not wait for them.
 */
public final class RulesCompliance implements Compliance {

  private final Path folder;
  private final String kommun;
  private volatile Loaded loaded;

  private record Loaded(RuleEngine engine, Policy policy, KommunProfiles profiles) {}

  public RulesCompliance(Path folder) {
    this(folder, null, null);
  }

  private RulesCompliance(Path folder, String kommun, Loaded loaded) {
    this.folder = folder;
    this.kommun = kommun;
    this.loaded = loaded;
  }

  /**
   * The same rules with every document judged by one kommun's profile ({@code --kommun}); an
   * unknown kommun is an error naming the known ones.
   */
  public RulesCompliance forKommun(String name) {
    if (name == null || name.isBlank()) {
      return this;
    }
    Loaded l = loaded();
    l.profiles().forcing(name);
    return new RulesCompliance(folder, name, l);
  }

  /** Compiles the rules and reads the policy now, failing on the first problem. */
  public RulesCompliance load() {
    loaded();
    return this;
  }

  private Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      synchronized (this) {
        if (loaded == null) {
          Policy policy = PolicyFile.in(folder);
          loaded = new Loaded(RuleEngine.compile(folder), policy, KommunProfiles.in(folder));
        }
        l = loaded;
      }
    }
    return l;
  }

  public Policy policy() {
    return loaded().policy();
  }

  @Override
  public List<Finding> check(List<Document> documents, List<Compliance.Unreadable> unreadable) {
    Loaded l = loaded();
    List<Object> facts = new ArrayList<>(new FactBuilder(l.policy(), l.profiles().forcing(kommun)).facts(documents));
    facts.add(new Limits(l.policy().roundingTkr(), l.policy().delegationMeetings()));
    for (Compliance.Unreadable u : unreadable) {
      facts.add(new se.namndkoll.rules.facts.Unreadable(u.source(), u.reason()));
    }
    return l.engine().fire(facts, l.policy().disabled());
  }

  @Override
  public List<RuleInfo> catalogue() {
    Loaded l = loaded();
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    for (Findings.RuleMetadata r : l.engine().rules()) {
      if (l.policy().disabled().contains(r.id())) {
        continue;
      }
      RuleInfo known = byId.get(r.id());
      if (known == null || r.severity().compareTo(known.severity()) > 0) {
        byId.put(r.id(), new RuleInfo(r.id(), RuleEngine.gravest(l.engine().rules(), r.id()),
            r.basis() != null ? r.basis() : known == null ? null : known.basis(),
            r.description() != null ? r.description() : known == null ? null : known.description(),
            r.title() != null ? r.title() : known == null ? null : known.title(),
            r.example() != null ? r.example() : known == null ? null : known.example()));
      } else {
        byId.put(r.id(), new RuleInfo(known.id(), known.severity(), known.basis() != null ? known.basis() : r.basis(),
            known.description() != null ? known.description() : r.description(),
            known.title() != null ? known.title() : r.title(),
            known.example() != null ? known.example() : r.example()));
      }
    }
    return List.copyOf(byId.values());
  }

  /** Every rule loaded, with its name and the file's metadata, for {@code rules list} and {@code rules explain}. */
  public List<Findings.RuleMetadata> rules() {
    return loaded().engine().rules();
  }
}
