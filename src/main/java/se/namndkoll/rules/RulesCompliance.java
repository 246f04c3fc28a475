package se.namndkoll.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Reading;
import se.namndkoll.model.RuleMetadata;
import se.namndkoll.model.RuleInfo;
import se.namndkoll.rules.facts.Draft;
import se.namndkoll.rules.facts.FactBuilder;
import se.namndkoll.rules.facts.Limits;
import se.namndkoll.rules.facts.Unreadable;
import se.namndkoll.rules.policy.KommunProfiles;
import se.namndkoll.rules.policy.Policy;
import se.namndkoll.rules.policy.PolicyFile;

/**
 * The compliance rules of a folder: its {@code .drl} files and its {@code policy.yaml}, compiled
 * when first needed, so that commands that check nothing do not wait for them.
 */
public final class RulesCompliance implements Compliance {

  private final Path folder;
  private final CompiledRules cache;
  private final String kommun;
  private volatile Loaded loaded;

  private record Loaded(RuleEngine engine, Policy policy, KommunProfiles profiles) {}

  public RulesCompliance(Path folder) {
    this(folder, CompiledRules.standard());
  }

  /** The rules of the folder, kept compiled in this cache between runs. */
  RulesCompliance(Path folder, CompiledRules cache) {
    this(folder, cache, null, null);
  }

  /** The rules packed into the program, compiled once for the whole run when first needed. */
  public static RulesCompliance bundled() {
    return Bundled.RULES;
  }

  private static final class Bundled {
    static final RulesCompliance RULES = new RulesCompliance(BundledRules.folder());
  }

  private RulesCompliance(Path folder, CompiledRules cache, String kommun, Loaded loaded) {
    this.folder = folder;
    this.cache = cache;
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
    return new RulesCompliance(folder, cache, name, l);
  }

  /** Whether the rules folder has a profile of the kommun named. */
  public boolean hasProfile(String name) {
    return name != null && !name.isBlank() && loaded().profiles().find(name).isPresent();
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
          loaded = new Loaded(RuleEngine.compile(folder, cache), policy, KommunProfiles.in(folder));
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
  public List<Finding> check(List<Document> documents, List<Reading.Unreadable> unreadable) {
    return check(documents, unreadable, false);
  }

  /** The same rules for a draft about to be sent: the policy's {@code drafts:}, and the rules that ask for a {@link Draft}. */
  @Override
  public Compliance forDrafts() {
    RulesCompliance rules = this;
    return new Compliance() {
      @Override
      public List<Finding> check(List<Document> documents, List<Reading.Unreadable> unreadable) {
        return rules.check(documents, unreadable, true);
      }

      @Override
      public List<RuleInfo> catalogue() {
        return rules.catalogue();
      }
    };
  }

  private List<Finding> check(List<Document> documents, List<Reading.Unreadable> unreadable, boolean draft) {
    Loaded l = loaded();
    Policy policy = draft ? l.policy().forDrafts() : l.policy();
    List<Object> facts = new ArrayList<>(new FactBuilder(policy, l.profiles().forcing(kommun)).facts(documents));
    facts.add(new Limits(policy.roundingTkr(), policy.delegationMeetings()));
    if (draft) {
      facts.add(new Draft());
    }
    for (Reading.Unreadable u : unreadable) {
      facts.add(new Unreadable(u.source(), u.reason()));
    }
    return OcrEvidence.marked(l.engine().fire(facts, policy.disabled()), documents);
  }

  @Override
  public List<RuleInfo> catalogue() {
    Loaded l = loaded();
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    for (RuleMetadata r : l.engine().rules()) {
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
  public List<RuleMetadata> rules() {
    return loaded().engine().rules();
  }
}
