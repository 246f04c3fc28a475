package se.namndkoll.rules.policy;

import se.namndkoll.model.Names;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a kommun decides about its rules, read from {@code policy.yaml} beside them: which nämnder
 * want a barnkonsekvensanalys, which words mark a matter as concerning children, what counts as a
 * placeholder, the rounding a table may show, how soon delegation decisions are to be reported.
 *
 * @param bkaDefault the BKA policy of a nämnd not named: "required", "when-children" or "off"
 * @param bkaByNamnd the policy per nämnd, keyed by name or Dnr prefix as written in the file
 * @param childWords patterns that mark text as concerning children; every list of patterns is
 *     matched against lower-cased text
 * @param notChildWords patterns removed before counting (the BKA's own name, the convention)
 * @param childMentions how many mentions in the text (the title's count always) make a matter one
 *     that concerns children
 * @param shallowPhrases the openings of a barnkonsekvensanalys that gives no reasoning
 * @param groundWords words that show reasoning (artikel, eftersom, bedöm…)
 * @param minBkaWords fewer words than this, without a ground, is shallow
 * @param maxUngroundedBkaWords fewer words than this without any ground word is shallow too: a few
 *     general sentences of good intent that say nothing of this decision
 * @param placeholders patterns of template text left unfilled
 * @param filedOnly patterns of a decision that only files the matter
 * @param measures patterns of measures against a deficit
 * @param deficitScope patterns that make a deficit sentence speak of the whole nämnd, not one unit
 * @param negativeForecast patterns of a forecast or result given as a negative figure, a deficit
 *     though the sentence does not say "underskott"
 * @param delegationItems patterns of an agenda item that reports delegation decisions
 * @param utskott patterns of a body that decides on the nämnd's behalf
 * @param chairDecisions patterns of a decision the ordförande took alone
 * @param delegateDecisions patterns of a decision an officer took on delegation, told of in a
 *     skrivelse ("beslutat med stöd av delegation")
 * @param roundingTkr rounding a table may show per figure, in tkr
 * @param delegationMeetings at how many meetings after it a delegation decision may be reported
 * @param sectionRules per form of decision document ("skrivelse", "protokollsparagraf") and
 *     section it may lack ("expedieras", "barnkonsekvensanalys", "samverkan", "beslutsunderlag"),
 *     keyed "form.section": "required" (always expected), "practice" (expected where most
 *     decisions of the same document have it) or "off"
 * @param draftSectionRules the section rules a draft about to be sent is judged by instead, keyed
 *     as {@code sectionRules}: a draft is one document alone, with no others to learn practice from
 * @param practiceShare the share of a document's decisions that must carry a section for it to be
 *     the document's practice
 * @param disabled rule ids switched off
 */
public record Policy(
    String bkaDefault,
    Map<String, String> bkaByNamnd,
    Words childWords,
    Words notChildWords,
    int childMentions,
    Words shallowPhrases,
    Words groundWords,
    int minBkaWords,
    int maxUngroundedBkaWords,
    Words placeholders,
    Words filedOnly,
    Words measures,
    Words deficitScope,
    Words negativeForecast,
    Words delegationItems,
    Words utskott,
    Words chairDecisions,
    Words delegateDecisions,
    BigDecimal roundingTkr,
    int delegationMeetings,
    Map<String, String> sectionRules,
    Map<String, String> draftSectionRules,
    double practiceShare,
    Set<String> disabled) {

  public static final Set<String> BKA_POLICIES = Set.of("required", "when-children", "off");
  public static final Set<String> SECTION_RULES = Set.of("required", "practice", "off");
  /** The sections whose absence is judged by the document's practice unless the policy says otherwise. */
  public static final List<String> JUDGED_SECTIONS = List.of("expedieras", "barnkonsekvensanalys", "samverkan",
      "beslutsunderlag");
  /** The forms of decision document whose sections are judged apart. */
  public static final List<String> FORMS = List.of("skrivelse", "protokollsparagraf");

  public Policy {
    bkaByNamnd = Map.copyOf(bkaByNamnd);
    sectionRules = Map.copyOf(sectionRules);
    draftSectionRules = Map.copyOf(draftSectionRules);
    disabled = Set.copyOf(disabled);
  }

  /**
   * The BKA policy of a nämnd, found by its name (the start of it, case and hyphens aside) or by the
   * Dnr prefix of the ärende.
   */
  public String bkaPolicy(String namnd, String dnrPrefix) {
    if (bkaByNamnd.isEmpty()) {
      return bkaDefault;
    }
    String name = Names.key(namnd);
    for (Map.Entry<String, String> e : bkaByNamnd.entrySet()) {
      String k = Names.key(e.getKey());
      if (k.isEmpty()) {
        continue;
      }
      if (!name.isEmpty() && name.startsWith(k) || dnrPrefix != null && k.equals(Names.key(dnrPrefix))) {
        return e.getValue();
      }
    }
    return bkaDefault;
  }

  /**
   * A section rule as written in YAML, where a bare {@code off} reads as the boolean false (YAML
   * 1.1) and {@code on} as true.
   */
  public static String sectionRuleValue(Object value) {
    String v = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "false", "no" -> "off";
      case "true", "yes" -> "required";
      default -> v;
    };
  }

  /**
   * How the absence of a section from a decision of a form is judged: "required", "practice" (the
   * default) or "off".
   */
  public String sectionRule(String form, String section) {
    return sectionRules.getOrDefault(form + "." + section, "practice");
  }

  /** The policy a draft about to be sent is judged by: the draft section rules over the others. */
  public Policy forDrafts() {
    Map<String, String> rules = new HashMap<>(sectionRules);
    rules.putAll(draftSectionRules);
    return new Policy(bkaDefault, bkaByNamnd, childWords, notChildWords, childMentions, shallowPhrases, groundWords,
        minBkaWords, maxUngroundedBkaWords, placeholders, filedOnly, measures, deficitScope, negativeForecast,
        delegationItems, utskott, chairDecisions, delegateDecisions, roundingTkr, delegationMeetings, rules,
        draftSectionRules, practiceShare, disabled);
  }

  /** How often the text speaks of children, leaving out the names of the analysis itself. */
  public int childMentions(String text) {
    return childWords.countLower(notChildWords.removeLower(text == null ? "" : text.toLowerCase(Locale.ROOT)));
  }

  /** True when a barnkonsekvensanalys gives grounds rather than a bare "ej aktuellt". */
  public boolean reasoned(String bkaText) {
    String t = bkaText == null ? "" : bkaText.strip();
    int words = t.isEmpty() ? 0 : t.split("\\s+").length;
    boolean grounds = groundWords.find(t);
    boolean dismissive = shallowPhrases.startsWith(t);
    if (!grounds && (words < minBkaWords || words < maxUngroundedBkaWords)) {
      return false;
    }
    return !(dismissive && words < 2 * minBkaWords && !grounds);
  }

}
