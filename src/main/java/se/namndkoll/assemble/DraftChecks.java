package se.namndkoll.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.rules.Compliance;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Line;
import se.namndkoll.model.Personnummer;
import se.namndkoll.model.SectionKind;
import se.namndkoll.model.Severity;

/**
 * The checks a draft gets when no rules are loaded: the parts of RULES.md a document being written
 * can break, under their public ids. A barnkonsekvensanalys is asked of every skrivelse (the house
 * form has the section); whether the ärende concerns children decides only how grave its absence is.
 */
public final class DraftChecks {

  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\[[^\\]]{0,60}(?:\\.\\.\\.|…|bilaga|datum|organisation|person|namn|text|ange|fyll)[^\\]]{0,60}\\]"
          + "|\\[\\s*(?:\\.\\.\\.|…)?\\s*\\]|ÅÅÅÅ-MM-DD|\\bXXXX\\b|<\\s*namn\\s*>|lorem ipsum",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CHILDREN = Pattern.compile(
      "\\b(?:barn\\w*|unga|ungdom\\w*|elev\\w*|förskol\\w*|skol\\w*|familj\\w*|vårdnadshavar\\w*|LVU)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SHALLOW = Pattern.compile(
      "^(?:ej|inte) (?:aktuell|aktuellt|relevant|tillämplig|tillämpligt)\\.?$", Pattern.CASE_INSENSITIVE);
  private static final String BKA_BASIS = "Lag (2018:1197) art. 3, 12";

  private DraftChecks() {}

  /** The checks as a {@link Compliance}, for the one place the rules are asked. */
  public static Compliance asCompliance() {
    return new Compliance() {
      @Override
      public List<Finding> check(List<Document> documents, List<se.namndkoll.model.Reading.Unreadable> unreadable) {
        List<Finding> all = new ArrayList<>();
        documents.forEach(d -> all.addAll(DraftChecks.check(d)));
        return all;
      }

      @Override
      public List<se.namndkoll.model.RuleInfo> catalogue() {
        return List.of();
      }
    };
  }

  /**
   * The rules, or these checks where the rules cannot be loaded (no rules folder where the command
   * runs, a rule that does not compile): a draft is never written unchecked. The note says why.
   */
  public static Compliance orDraftChecks(Compliance rules, java.util.function.Consumer<String> note) {
    if (rules == null) {
      return asCompliance();
    }
    return new Compliance() {
      @Override
      public List<Finding> check(List<Document> documents, List<se.namndkoll.model.Reading.Unreadable> unreadable) {
        try {
          return rules.check(documents, unreadable);
        } catch (se.namndkoll.NamndkollException e) {
          note.accept("Reglerna kunde inte läsas (" + e.getMessage() + "): utkastet kontrollerades med "
              + "den inbyggda kontrollen.");
          return asCompliance().check(documents, unreadable);
        }
      }

      @Override
      public List<se.namndkoll.model.RuleInfo> catalogue() {
        return rules.catalogue();
      }
    };
  }

  public static List<Finding> check(Document d) {
    List<Finding> findings = new ArrayList<>();
    LocalDate meeting = d.meeting().map(se.namndkoll.model.Meeting::date).orElse(null);
    String namnd = d.meeting().map(se.namndkoll.model.Meeting::namnd).orElse(null);
    for (Arende a : d.arenden()) {
      if (a.sekretess() || a.standing()
          || a.kind() != ArendeKind.SKRIVELSE && a.kind() != ArendeKind.PROTOKOLLSPARAGRAF) {
        continue;
      }
      Checker c = new Checker(d, a, a.namnd() != null ? a.namnd() : namnd, meeting, findings);
      if (a.dnr() == null || a.dnr().isShort()) {
        c.add("DNR-MISSING", Severity.WARNING, a.title(), "Skrivelsen saknar ett giltigt diarienummer.", null);
      }
      boolean children = CHILDREN.matcher(text(a)).find();
      if (!a.has(SectionKind.BARNKONSEKVENSANALYS)) {
        c.add("BKA-MISSING", Severity.ERROR, a.title(), children
            ? "Skrivelsen saknar barnkonsekvensanalys fast ärendet rör barn."
            : "Skrivelsen saknar barnkonsekvensanalys.", BKA_BASIS);
      } else {
        String bka = a.section(SectionKind.BARNKONSEKVENSANALYS).orElseThrow().text().strip();
        if (children && (SHALLOW.matcher(bka).matches() || bka.length() < 40)) {
          c.add("BKA-SHALLOW", Severity.WARNING, bka,
              "Barnkonsekvensanalysen saknar resonemang fast ärendet rör barn.", BKA_BASIS);
        }
      }
      if (!a.has(SectionKind.EXPEDIERAS) || a.expedierasTill().isEmpty()) {
        c.add("EXPEDIERING-MISSING", Severity.WARNING, a.title(),
            "Beslutet saknar mottagare under \u201dBeslutet expedieras till\u201d.", "FL (2017:900) 33 §");
      }
      if (!a.has(SectionKind.BESLUTSUNDERLAG)) {
        c.add("BESLUTSUNDERLAG-MISSING", Severity.INFO, a.title(), "Skrivelsen saknar beslutsunderlag.", null);
      }
      if (a.kind() == ArendeKind.SKRIVELSE && !a.has(SectionKind.SAMVERKAN)) {
        c.add("SAMVERKAN-MISSING", Severity.INFO, a.title(), "Skrivelsen saknar avsnitt om samverkan.",
            "MBL 11–14 §§");
      }
      if (a.kind() == ArendeKind.SKRIVELSE && a.signatories().isEmpty()) {
        c.add("SIGNATURE-MISSING", Severity.WARNING, a.title(),
            "Skrivelsen slutar utan ordförandens eller förvaltningschefens namn.", null);
      }
    }
    if (d.kind() == DocumentKind.KALLELSE) {
      for (AgendaItem item : d.agenda()) {
        if (!item.standing() && item.dnr() == null) {
          findings.add(finding(d, "DNR-MISSING", Severity.WARNING, namnd, meeting, null, item.title(), item.title(),
              (item.no() == null ? "Punkten ”" + item.title() + "”" : "Punkt " + item.no()) + " på ärendelistan saknar diarienummer.", null, item.location().lineStart()));
        }
      }
      boolean delegation = d.agenda().stream()
          .anyMatch(i -> i.title().toLowerCase(Locale.ROOT).contains("delegation"));
      if (!delegation) {
        findings.add(finding(d, "DELEGATION-REPORT-MISSING", Severity.WARNING, namnd, meeting, null, null, null,
            "Ärendelistan saknar en punkt för anmälan av delegationsbeslut.", "KL 6 kap. 40 §", null));
      }
    }
    for (Line line : d.lines()) {
      // a personnummer written masked ("850312-XXXX") is no placeholder
      Matcher m = PLACEHOLDER.matcher(Personnummer.withoutMasked(line.text()));
      if (m.find()) {
        findings.add(finding(d, "PLACEHOLDER-LEFT", Severity.ERROR, namnd, meeting, null, null,
            Personnummer.mask(line.text()),
            "Mallens platshållare \u201d" + m.group() + "\u201d är inte ifylld.", "God förvaltning",
            line.lineNo()));
      }
      for (String found : Personnummer.find(line.text())) {
        findings.add(finding(d, "PERSONNUMMER-EXPOSED", Severity.ERROR, namnd, meeting, null, null,
            Personnummer.masked(found), "Dokumentet innehåller ett personnummer.", "GDPR, OSL", line.lineNo()));
      }
    }
    return findings;
  }



  private static String text(Arende a) {
    StringBuilder s = new StringBuilder(a.title() == null ? "" : a.title());
    a.sections().forEach(sec -> s.append('\n').append(sec.text()));
    return s.toString();
  }

  private record Checker(Document d, Arende a, String namnd, LocalDate meeting, List<Finding> findings) {
    void add(String rule, Severity severity, String evidence, String message, String basis) {
      findings.add(finding(d, rule, severity, namnd, meeting, a.dnrNormalised(), a.title(), evidence, message, basis,
          a.location().lineStart()));
    }
  }

  private static Finding finding(Document d, String rule, Severity severity, String namnd, LocalDate meeting,
      String dnr, String title, String evidence, String message, String basis, Integer line) {
    return new Finding(rule, severity, namnd, meeting, dnr, title, d.source(), null, line, evidence, message, basis,
        null, null);
  }
}
