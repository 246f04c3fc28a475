package se.namndkoll.rules.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.Arende;
import se.namndkoll.model.BudgetStatement;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Location;
import se.namndkoll.model.Names;
import se.namndkoll.model.Section;
import se.namndkoll.model.SectionKind;
import se.namndkoll.rules.policy.Policy;

/**
 * The {@link Deficit} and {@link Measures} facts: the sentences that state a deficit for the
 * nämnd, and the measures decided or proposed against one.
 */
final class BudgetFacts {

  private static final Pattern SUBJECT =
      Pattern.compile("^(?<subject>\\p{Lu}[\\p{L}\\- ]{2,80}?)\\s+(?:visar|redovisar|uppvisar|prognostiserar|beräknar|gör)\\b",
          Pattern.UNICODE_CASE);
  private static final Pattern GENERIC_SUBJECT =
      Pattern.compile("^(?:produktionsområdet|verksamhetsområdet|verksamheten|förvaltningen|avdelningen|området)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BODY_NAME =
      Pattern.compile("\\b(\\p{L}[\\p{L}-]*(?:nämnden|styrelsen|utskottet))\\b", Pattern.UNICODE_CASE);
  private static final Pattern NEGATIVE_AMOUNT = Pattern.compile(
      "(?:[-−–]|minus)\\s?(\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?|\\d+(?:,\\d+)?)\\s?(tkr|mkr|miljoner)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Policy policy;

  BudgetFacts(Policy policy) {
    this.policy = policy;
  }

  void add(Placed p, Packages packages, List<Object> out) {
    Document d = p.doc();
    int order = 0;
    for (BudgetStatement s : d.statements()) {
      order++;
      BigDecimal amount = s.amountTkr();
      boolean negative = !s.deficit() && policy.negativeForecast().find(s.text());
      if (negative) {
        amount = negativeAmount(s.text());
      }
      if (!(s.deficit() || negative) || s.kind() == BudgetStatement.Kind.BUDGET
          || amount != null && amount.signum() > 0 && !s.deficit()
          || !policy.deficitScope().find(s.text()) && !subjectIsTheMatter(s, d)
          || namesAnotherBody(s.text(), p.namnd())) {
        continue;
      }
      Location loc = s.location() == null ? Location.UNKNOWN : s.location();
      Arende holder = Arenden.at(d, loc);
      String dnr = s.dnr() != null ? s.dnr() : holder != null ? holder.dnrNormalised() : p.firstDnr();
      About about = p.about(p.namnd(), dnr, packages.titleAt(p, loc, dnr), loc.pageStart(), loc.lineStart(),
          Evidence.quote(s.text()));
      out.add(new Deficit(about, s.kind().id(), amount == null ? null : amount.abs().negate(), order,
          d.kind() == DocumentKind.PROTOKOLL));
    }
    String docDnr = p.firstDnr();
    for (BudgetStatement s : d.statements()) {
      if (s.mentionsMeasures()) {
        out.add(new Measures(p.namnd(), p.meetingDate(), s.dnr() != null ? s.dnr() : docDnr, d.source(),
            Evidence.quote(s.text())));
      }
    }
    for (Arende a : d.arenden()) {
      if (a.sekretess() || a.standing()) {
        continue;
      }
      String beslut = a.section(SectionKind.BESLUT).map(Section::text).orElse("");
      if (policy.measures().find(a.title()) || policy.measures().find(beslut)) {
        out.add(new Measures(p.namnd(), p.meetingDate(), a.dnrNormalised(), d.source(), Evidence.quote(a.title())));
      }
    }
  }

  /**
   * A deficit sentence whose subject is what its ärende is about ("Välfärd samhällsservice visar
   * ett utfall …" in the ärende "Välfärd samhällsservice – årsbokslut 2018") speaks of the whole,
   * not of one unit.
   */
  private static boolean subjectIsTheMatter(BudgetStatement s, Document d) {
    Matcher m = SUBJECT.matcher(s.text());
    if (!m.find() || s.dnr() == null) {
      return false;
    }
    String subject = GENERIC_SUBJECT.matcher(m.group("subject").strip()).replaceFirst("").toLowerCase(Locale.ROOT);
    if (subject.length() < 4) {
      return false;
    }
    String key = Dnr.keyOf(s.dnr());
    for (Arende a : d.arenden()) {
      if (a.dnr() != null && Objects.equals(key, a.dnr().key()) && a.title() != null
          && a.title().toLowerCase(Locale.ROOT).contains(subject)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A deficit sentence about another body than the document's own ("Socialnämnden prognostiserar
   * ett underskott" in the kommunstyrelse's delårsrapport) speaks of that body's part, not of the
   * whole whose report it is.
   */
  private static boolean namesAnotherBody(String text, String ownNamnd) {
    if (ownNamnd == null) {
      return false;
    }
    String own = Names.key(ownNamnd);
    Matcher m = BODY_NAME.matcher(text);
    while (m.find()) {
      String named = Names.key(m.group(1));
      if (!own.contains(named) && !named.contains(own)) {
        return true;
      }
    }
    return false;
  }

  /** The first negative amount of a sentence, in tkr. */
  private static BigDecimal negativeAmount(String text) {
    Matcher m = NEGATIVE_AMOUNT.matcher(text);
    if (!m.find()) {
      return null;
    }
    BigDecimal v = new BigDecimal(m.group(1).replaceAll("[ \\u00a0]", "").replace(',', '.'));
    return (m.group(2).equalsIgnoreCase("tkr") ? v : v.multiply(BigDecimal.valueOf(1000))).negate();
  }
}
