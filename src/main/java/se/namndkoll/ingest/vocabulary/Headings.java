package se.namndkoll.ingest.vocabulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.SectionKind;
import se.namndkoll.text.RequiredText;

/**
 * The headings of decision documents, in the many ways kommuner write them: "Ärendet i sin
 * helhet", "2. ÄRENDET I SIN HELHET", "Bakgrund", "beslutsunderlag:", "Beslutet skickas till". The
 * words of each section are read from {@code sections.yaml} ({@link SectionVocabulary}); the
 * grammar of a decision heading ("X-nämndens beslut", "X föreslår Y besluta") is here.
 *
 * <p>A heading is a short line of its own. Numbering ("3.", "2.1") and case do not matter. A
 * trailing colon is allowed for list headings ("Bilagor:"), but marks a sub-heading inside the
 * text for words that are also used that way ("Bakgrund:", "Beslut:").
 */
public final class Headings {

  /** A section heading found on a line. */
  public record Match(List<SectionKind> kinds, String heading, String inline) {}

  /** A decision heading: where an ärende's decision starts, and whose decision it is. */
  public record Decision(String body, boolean strong, String heading) {}

  private static final int MAX_HEADING = 90;
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[IVX]{1,4}\\.|[a-h]\\))\\s+");

  private static final Pattern DECISION_BODY =
      Pattern.compile(
          "^(?<body>.{2,70}?(?:nämnd|styrelse|fullmäktige|utskott|beredning|presidium|presidiet"
              + "|direktion|revisorerna))(?<gen>ens|ets|ns|es|s|en|et)?\\s+"
              + "(?<what>beslut|förslag till beslut|beslutsförslag)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROPOSES =
      Pattern.compile(
          "^(?<body>.{2,60}?)\\s+föreslår\\s+(?<to>.{2,60}?)\\s+(?:att\\s+)?besluta(?:\\s+att)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROPOSAL_TO_BODY =
      Pattern.compile("^förslag till (?:beslut\\s+)?(?:i|till|för)?\\s*(?<body>\\p{L}[\\p{L}&,\\- ]{2,80})$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SUMMARY_AND_MATTER =
      Pattern.compile("sammanfattning\\s*\\(ärendet i sin helhet\\)|sammanfattning och ärendet i sin helhet");

  private Headings() {}

  /** The patterns of a decision heading's grammar, whose words a misread heading is spelled by. */
  static List<Pattern> decisionGrammar() {
    return List.of(DECISION_BODY, PROPOSES, PROPOSAL_TO_BODY);
  }

  /** The line without numbering and trailing colon, and whether it had a colon. */
  private record Bare(String text, boolean colon) {}

  private static Optional<Bare> bare(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > MAX_HEADING || t.indexOf('\t') >= 0) {
      return Optional.empty();
    }
    t = NUMBERING.matcher(t).replaceFirst("");
    boolean colon = t.endsWith(":");
    if (colon) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty() || t.endsWith(".") || t.endsWith(",")) {
      return Optional.empty();
    }
    return Optional.of(new Bare(t.replaceAll("\\s+", " "), colon));
  }

  /**
   * The section heading this line is, if it is one. The parser's passes (joining lines, page
   * furniture, sections, lists, tables) ask this of the same lines; the answers for the lines last
   * asked are kept, per thread and for the vocabulary they were read with.
   */
  public static Optional<Match> section(String line) {
    Seen seen = SEEN.get();
    SectionVocabulary vocabulary = SectionVocabulary.current();
    if (seen.vocabulary != vocabulary) {
      seen.clear();
      seen.vocabulary = vocabulary;
    }
    Optional<Match> match = seen.get(line);
    if (match == null) {
      match = read(line);
      seen.put(line, match);
    }
    return match;
  }

  private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

  /** The answers for the lines last asked, the least recently asked given up first. */
  private static final class Seen extends LinkedHashMap<String, Optional<Match>> {
    private static final int LINES = 4096;
    private transient SectionVocabulary vocabulary;

    Seen() {
      super(LINES * 2, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Optional<Match>> eldest) {
      return size() > LINES;
    }
  }

  private static Optional<Match> read(String line) {
    Optional<Bare> b = bare(line);
    if (b.isPresent()) {
      Optional<Match> m = sectionOf(b.get(), line.strip());
      if (m.isPresent()) {
        return m;
      }
    }
    return inline(line);
  }

  private static Optional<Match> sectionOf(Bare b, String heading) {
    String t = b.text();
    String folded = RequiredText.fold(t);
    if (SUMMARY_AND_MATTER.matcher(folded).matches()) {
      return Optional.of(new Match(List.of(SectionKind.SAMMANFATTNING, SectionKind.ARENDET), heading, ""));
    }
    for (SectionVocabulary.Entry e : SectionVocabulary.current().entries()) {
      if (e.headings().pattern().matcher(t).matches()) {
        if (b.colon() && !e.colonAllowed()) {
          return Optional.empty();
        }
        return Optional.of(new Match(List.of(e.kind()), heading, ""));
      }
    }
    return Optional.empty();
  }

  private static final Pattern INLINE =
      Pattern.compile(
          "^(?<h>Beslutsunderlag|Samverkan|Barnkonsekvensanalys|Bilagor|Beslutet expedieras till"
              + "|Expedieras till|Beslutet skickas till|Sammanfattning|Ärendet i sin helhet)"
              + "(?::\\s*(?<afterColon>\\S.{1,120})|\\s+(?<rest>[\\p{Lu}\\d\"\\[].{1,120}))$");

  /** A heading with its first words on the same line: "Samverkan Olle Engström (SD)". */
  private static Optional<Match> inline(String line) {
    Matcher m = INLINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group("rest") != null ? m.group("rest") : m.group("afterColon");
    return sectionOf(new Bare(m.group("h"), false), m.group("h"))
        .map(x -> new Match(x.kinds(), m.group("h"), rest.strip()));
  }

  /** The decision heading this line is, if it is one. */
  public static Optional<Decision> decision(String line) {
    if (line.length() > MAX_HEADING || !mayBeDecision(line)) {
      return Optional.empty();
    }
    Optional<Bare> b = bare(line);
    if (b.isEmpty()) {
      return Optional.empty();
    }
    String t = b.get().text();
    Matcher body = DECISION_BODY.matcher(t);
    if (body.matches()) {
      return Optional.of(new Decision(definite(body.group("body"), body.group("gen")), true, line.strip()));
    }
    Matcher proposes = PROPOSES.matcher(t);
    if (proposes.matches() && Text.containsBodyWord(proposes.group("body"))) {
      return Optional.of(new Decision(proposes.group("body").strip(), true, line.strip()));
    }
    if (b.get().colon()) {
      return Optional.empty();
    }
    if (SectionVocabulary.current().proposals().matcher(t).matches()) {
      return Optional.of(new Decision(null, true, line.strip()));
    }
    Matcher proposalTo = PROPOSAL_TO_BODY.matcher(t);
    if (proposalTo.matches() && Text.containsBodyWord(proposalTo.group("body"))) {
      // "Förslag till beslut i nämnden för Kultur & Fritid", "Förslag till barn- och utbildningsnämnden"
      return Optional.of(new Decision(proposalTo.group("body").strip(), true, line.strip()));
    }
    if (SectionVocabulary.current().weak().matcher(t).matches()) {
      return Optional.of(new Decision(null, false, line.strip()));
    }
    return Optional.empty();
  }

  /** Every decision heading holds "beslut" or "förslag": a cheap look before the patterns. */
  private static boolean mayBeDecision(String line) {
    return line.indexOf("eslut") >= 0 || line.indexOf("ESLUT") >= 0 || line.indexOf("örslag") >= 0
        || line.indexOf("ÖRSLAG") >= 0;
  }

  /**
   * The body's name in its definite form, as it is written as a subject: "Sociala
   * omsorgsnämndens" gives "Sociala omsorgsnämnden", "Kommunstyrelsens" gives "Kommunstyrelsen".
   */
  public static String definite(String stem, String genitive) {
    String s = stem.strip();
    String g = genitive == null ? "" : genitive.toLowerCase(Text.SV);
    return switch (g) {
      case "ens", "en" -> s + "en";
      case "ets", "et" -> s + "et";
      case "ns" -> s + "n";
      case "es" -> s + "e";
      default -> s;
    };
  }

  /** True for a line that is a heading word of council documents, never a name. */
  public static boolean isKnownHeadingWord(String text) {
    return section(text).isPresent() || decision(text).isPresent() || Roles.isRole(text);
  }
}
