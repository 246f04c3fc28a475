package se.namndkoll.rules.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndkoll.model.Names;
import se.namndkoll.rules.policy.KommunProfiles;
import se.namndkoll.rules.policy.Policy;

/**
 * Which sections a decision is expected to have, read from the documents themselves. Kommuner
 * write their decisions differently: one lists the recipients under every protocol paragraph,
 * another expedites by utdrag and never does; one has a Barnperspektiv in every tjänsteskrivelse,
 * another analyses children in a report the protocol does not hold. Where most real decisions of a
 * document carry a section, the ones without it are findings; where few do, it is the kommun's
 * way, and the rule stays silent. A document of one decision is judged by the decisions of the
 * same form of the same nämnd in the whole sweep, and with too few of them only by what the policy
 * requires. The policy may require a section always, or switch its judgement off.
 */
public final class SectionPractice {

  /** Fewer real decisions than this in a document say nothing of its practice. */
  static final int MIN_PEERS = 2;

  private SectionPractice() {}

  /** The facts, each skrivelse with the sections expected of it. */
  public static List<Object> apply(List<Object> facts, Policy policy) {
    return apply(facts, policy, Map.of());
  }

  /**
   * The facts, each skrivelse with the sections expected of it, where a document's kommun profile
   * may set its own rule for a section.
   */
  public static List<Object> apply(List<Object> facts, Policy policy, Map<String, KommunProfiles.Profile> profiles) {
    Map<String, List<Skrivelse>> byDocument = new LinkedHashMap<>();
    Map<String, List<Skrivelse>> byNamnd = new HashMap<>();
    for (Object f : facts) {
      if (f instanceof Skrivelse s) {
        byDocument.computeIfAbsent(group(s), k -> new ArrayList<>()).add(s);
        if (s.namnd() != null) {
          byNamnd.computeIfAbsent(namndGroup(s), k -> new ArrayList<>()).add(s);
        }
      }
    }
    Map<String, Set<String>> perDocument = new HashMap<>();
    byDocument.forEach((group, list) -> {
      Skrivelse first = list.get(0);
      // a document of one decision: judged among the same nämnd's decisions of its form in the
      // sweep, never another kommun's; with too few of them, only by what the policy requires
      List<Skrivelse> peers = realDecisions(list) >= MIN_PEERS || first.namnd() == null ? list
          : byNamnd.getOrDefault(namndGroup(first), list);
      List<Skrivelse> judgedBy = realDecisions(peers) >= MIN_PEERS ? peers : list;
      perDocument.put(group, withProfile(first, profiles.get(first.source()), practiced(judgedBy, policy), policy, list));
    });
    List<Object> out = new ArrayList<>(facts.size());
    for (Object f : facts) {
      out.add(f instanceof Skrivelse s ? s.withExpected(perDocument.get(group(s))) : f);
    }
    return out;
  }

  /**
   * The peers a decision is judged among: the decisions of the same form in the same document (a
   * kallelse's skrivelser apart from the protocol extracts in its package).
   */
  private static String group(Skrivelse s) {
    return s.source() + (paragraph(s) ? "\u0000§" : "\u0000s");
  }

  private static String namndGroup(Skrivelse s) {
    return Names.key(s.namnd()) + (paragraph(s) ? "\u0000§" : "\u0000s");
  }

  /**
   * The form of a decision: a protocol's paragraph (in a protocol or an utdrag), or a skrivelse
   * (also one that a protocol extract's package carries).
   */
  private static boolean paragraph(Skrivelse s) {
    return "protokollsparagraf".equals(s.kind());
  }

  /** The document's practice, overruled where its kommun's profile sets a rule of its own. */
  private static Set<String> withProfile(Skrivelse first, KommunProfiles.Profile profile, Set<String> practised,
      Policy policy, List<Skrivelse> decisions) {
    if (profile == null) {
      return practised;
    }
    String form = paragraph(first) ? "protokollsparagraf" : "skrivelse";
    Set<String> out = new LinkedHashSet<>();
    for (String section : Policy.JUDGED_SECTIONS) {
      String rule = profile.sectionRule(form, section).orElse(null);
      if (rule == null) {
        if (practised.contains(section)) {
          out.add(section);
        }
      } else if ("required".equals(rule) || "practice".equals(rule) && practiced(decisions, policy).contains(section)) {
        out.add(section);
      }
    }
    return out;
  }

  /** The sections the policy requires, and those that at least the policy's share of decisions have. */
  static Set<String> practiced(List<Skrivelse> decisions, Policy policy) {
    Set<String> out = new LinkedHashSet<>();
    int real = realDecisions(decisions);
    String form = paragraph(decisions.get(0)) ? "protokollsparagraf" : "skrivelse";
    for (String section : Policy.JUDGED_SECTIONS) {
      String rule = policy.sectionRule(form, section);
      if ("required".equals(rule)) {
        out.add(section);
      } else if ("practice".equals(rule) && real > 0) {
        long with = decisions.stream().filter(Skrivelse::isRealDecision).filter(s -> s.has(section)).count();
        if (with > 0 && with >= policy.practiceShare() * real) {
          out.add(section);
        }
      }
    }
    return out;
  }

  private static int realDecisions(List<Skrivelse> decisions) {
    return (int) decisions.stream().filter(Skrivelse::isRealDecision).count();
  }
}
