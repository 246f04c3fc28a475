package se.namndkoll.rules;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a kommun decides about its rules, read from {@code policy.yaml} beside them: which nämnder
 * want a barnkonsekvensanalys, which words mark a matter as concerning children, what counts as a
 * placeholder, the rounding a table may show, how soon delegation decisions are to be reported.
 *
 * @param bkaDefault the BKA policy of a nämnd not named: "required", "when-children" or "off"
 * @param bkaByNamnd the policy per nämnd, keyed by name or Dnr prefix as written in the file
 * @param childWords patterns that mark text as concerning children
 * @param notChildWords patterns removed before counting (the BKA's own name, the convention)
 * @param childMentions how many mentions in the text (the title's count always) make a matter one
 *     that concerns children
 * @param shallowPhrases the openings of a barnkonsekvensanalys that gives no reasoning
 * @param groundWords words that show reasoning (artikel, eftersom, bedöm…)
 * @param minBkaWords fewer words than this, without a ground, is shallow
 * @param placeholders patterns of template text left unfilled
 * @param filedOnly patterns of a decision that only files the matter
 * @param measures patterns of measures against a deficit
 * @param deficitScope patterns that make a deficit sentence speak of the whole nämnd, not one unit
 * @param negativeForecast patterns of a forecast or result given as a negative figure, a deficit
 *     though the sentence does not say "underskott"
 * @param delegationItems patterns of an agenda item that reports delegation decisions
 * @param utskott patterns of a body that decides on the nämnd's behalf
 * @param chairDecisions patterns of a decision the ordförande took alone
 * @param roundingTkr rounding a table may show per figure, in tkr
 * @param delegationMeetings at how many meetings after it a delegation decision may be reported
 * @param disabled rule ids switched off
 */
public record Policy(
    String bkaDefault,
    Map<String, String> bkaByNamnd,
    List<Pattern> childWords,
    List<Pattern> notChildWords,
    int childMentions,
    List<Pattern> shallowPhrases,
    List<Pattern> groundWords,
    int minBkaWords,
    List<Pattern> placeholders,
    List<Pattern> filedOnly,
    List<Pattern> measures,
    List<Pattern> deficitScope,
    List<Pattern> negativeForecast,
    List<Pattern> delegationItems,
    List<Pattern> utskott,
    List<Pattern> chairDecisions,
    BigDecimal roundingTkr,
    int delegationMeetings,
    Set<String> disabled) {

  public static final Set<String> BKA_POLICIES = Set.of("required", "when-children", "off");

  public Policy {
    bkaByNamnd = Map.copyOf(bkaByNamnd);
    childWords = List.copyOf(childWords);
    notChildWords = List.copyOf(notChildWords);
    shallowPhrases = List.copyOf(shallowPhrases);
    groundWords = List.copyOf(groundWords);
    placeholders = List.copyOf(placeholders);
    filedOnly = List.copyOf(filedOnly);
    measures = List.copyOf(measures);
    deficitScope = List.copyOf(deficitScope);
    negativeForecast = List.copyOf(negativeForecast);
    delegationItems = List.copyOf(delegationItems);
    utskott = List.copyOf(utskott);
    chairDecisions = List.copyOf(chairDecisions);
    disabled = Set.copyOf(disabled);
  }

  /**
   * The BKA policy of a nämnd, found by its name (the start of it, case and hyphens aside) or by the
   * Dnr prefix of the ärende.
   */
  public String bkaPolicy(String namnd, String dnrPrefix) {
    String name = key(namnd);
    for (Map.Entry<String, String> e : bkaByNamnd.entrySet()) {
      String k = key(e.getKey());
      if (k.isEmpty()) {
        continue;
      }
      if (!name.isEmpty() && name.startsWith(k) || dnrPrefix != null && k.equals(key(dnrPrefix))) {
        return e.getValue();
      }
    }
    return bkaDefault;
  }

  /** How often the text speaks of children, leaving out the names of the analysis itself. */
  public int childMentions(String text) {
    String t = text;
    for (Pattern p : notChildWords) {
      t = p.matcher(t).replaceAll(" ");
    }
    int n = 0;
    for (Pattern p : childWords) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  /** True when a barnkonsekvensanalys gives grounds rather than a bare "ej aktuellt". */
  public boolean reasoned(String bkaText) {
    String t = bkaText == null ? "" : bkaText.strip();
    int words = t.isEmpty() ? 0 : t.split("\\s+").length;
    boolean grounds = anyFinds(groundWords, t);
    boolean dismissive = shallowPhrases.stream().anyMatch(p -> p.matcher(t).lookingAt());
    if (words < minBkaWords && !grounds) {
      return false;
    }
    return !(dismissive && words < 2 * minBkaWords && !grounds);
  }

  public static boolean anyFinds(List<Pattern> patterns, String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (Pattern p : patterns) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** A name as a key: lower case, without accents, spaces and hyphens. */
  public static String key(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
  }
}
