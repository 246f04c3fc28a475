package se.namndkoll.rules.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.AnmalanEntry;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.DelegationEntry;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Line;
import se.namndkoll.model.Location;
import se.namndkoll.model.Names;
import se.namndkoll.rules.policy.Policy;

/**
 * The facts of meetings and delegation: each {@link NamndMeeting}, the {@link DelegationDecision}s
 * taken (listed, told of in a skrivelse, an utskott's meeting) and the {@link DelegationReport}s
 * that report them to the nämnd.
 */
final class DelegationFacts {

  static final String ORDFORANDE = "ordforande";
  static final String DELEGAT = "delegat";

  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

  private final Policy policy;
  /** Each utskott pattern with up to two words before it: "Socialt utskott", "Arbetsutskottet". */
  private final List<Pattern> utskottNames;

  DelegationFacts(Policy policy) {
    this.policy = policy;
    this.utskottNames = policy.utskott().sources().stream()
        .map(u -> Pattern.compile("((?:\\p{L}+[ -]){0,2}?)(" + u + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
  }

  NamndMeeting meeting(String namnd, LocalDate date, Meetings meetings, List<Placed> docs) {
    boolean hasAgenda = false;
    boolean reports = false;
    Placed first = docs.stream().filter(x -> x.doc().kind() == DocumentKind.KALLELSE).findFirst().orElse(docs.get(0));
    for (Placed p : docs) {
      Document d = p.doc();
      hasAgenda |= !d.agenda().isEmpty() || d.kind() == DocumentKind.PROTOKOLL && !d.arenden().isEmpty();
      reports |= d.agenda().stream().anyMatch(i -> policy.delegationItems().find(i.title()))
          || d.arenden().stream().anyMatch(a -> a.kind() == ArendeKind.DELEGATIONSBESLUT
              || policy.delegationItems().find(a.title()));
    }
    Document d = first.doc();
    Location loc = d.agenda().isEmpty() ? Location.UNKNOWN : d.agenda().get(0).location();
    loc = loc == null ? Location.UNKNOWN : loc;
    String evidence = d.agenda().isEmpty() ? "Protokollet har " + d.arenden().size() + " paragrafer"
        : "Ärendelistan: " + d.agenda().stream().map(i -> (i.no() == null ? "" : i.no() + ". ") + i.title())
            .reduce((a, b) -> a + "; " + b).orElse("");
    return new NamndMeeting(d.source(), namnd, date, meetings.ordinal(namnd, date), hasAgenda, reports, loc.pageStart(),
        loc.lineStart(), Evidence.quote(evidence));
  }

  /**
   * Delegation decisions and the list entries that report them.
   *
   * @param toldOnDelegation nämnd and date of each decision told of as taken "med stöd av
   *     delegation", which any list entry of that date answers for
   */
  void add(List<Placed> placed, Meetings meetings, Set<String> toldOnDelegation, List<Object> out) {
    for (Placed p : placed) {
      Document d = p.doc();
      if (p.utskott()) {
        boolean decided = d.arenden().stream().anyMatch(a -> !a.standing());
        if (decided && p.parent() != null && p.meetingDate() != null) {
          Line first = d.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
          out.add(new DelegationDecision(d.source(), p.parent(), p.namnd(), decider(p.namnd()), p.meetingDate(), "utskott",
              meetings.next(p.parent(), p.meetingDate()),
              first == null || first.page() == 0 ? null : first.page(), first == null ? null : first.lineNo(),
              Evidence.quote("Protokoll, " + p.namnd() + " " + p.meetingDate())));
        }
        continue;
      }
      Integer ordinal = meetings.ordinal(p.namnd(), p.meetingDate());
      for (DelegationEntry e : d.delegation()) {
        if (e.date() == null || p.namnd() == null) {
          continue;
        }
        String decider = decider(e.decidedBy());
        Location loc = e.location() == null ? Location.UNKNOWN : e.location();
        out.add(new DelegationDecision(d.source(), p.namnd(), e.decidedBy(), decider, e.date(), "list",
            meetings.next(p.namnd(), e.date()), loc.pageStart(), loc.lineStart(), Evidence.quote(e.text())));
        if (ordinal != null) {
          out.add(new DelegationReport(p.namnd(), p.meetingDate(), ordinal, decider, e.date(), e.text()));
          if (!decider.equals(DELEGAT) && toldOnDelegation.contains(p.namnd() + "|" + e.date())) {
            // a listed decision of that date also answers for a decision told of as "on delegation"
            out.add(new DelegationReport(p.namnd(), p.meetingDate(), ordinal, DELEGAT, e.date(), e.text()));
          }
        }
      }
      for (AnmalanEntry e : d.anmalningar()) {
        if (ordinal == null || e.text() == null) {
          continue;
        }
        if (policy.utskott().find(e.text()) || policy.chairDecisions().find(e.text())) {
          for (LocalDate date : dates(e.text())) {
            out.add(new DelegationReport(p.namnd(), p.meetingDate(), ordinal, decider(e.text()), date, e.text()));
          }
        }
      }
    }
  }

  /**
   * A decision told of in a skrivelse's text with its date (an ordförandebeslut, a decision "med
   * stöd av delegation"), outside the lists that report them.
   */
  void toldOf(Placed p, Line l, String what, String decider, Meetings meetings, List<Object> out) {
    Document d = p.doc();
    String t = l.text();
    Arende a = Arenden.at(d.arenden(), l.lineNo());
    if (a == null || a.kind() == ArendeKind.DELEGATIONSBESLUT || a.kind() == ArendeKind.ANMALNINGSARENDEN) {
      return;
    }
    for (LocalDate date : dates(t)) {
      if (p.meetingDate() == null || date.isBefore(p.meetingDate())) {
        out.add(new DelegationDecision(d.source(), p.namnd(), what, decider, date, decider,
            meetings.next(p.namnd(), date), l.page() > 0 ? l.page() : null, l.lineNo(), Evidence.quote(t)));
      }
    }
  }

  /** Who decided, as a key reports are matched by: the utskott's name, "ordforande", or the words. */
  String decider(String decidedBy) {
    String t = decidedBy == null ? "" : ISO_DATE.matcher(decidedBy).replaceAll(" ");
    if (policy.chairDecisions().find(t) || t.toLowerCase(Locale.ROOT).contains("ordförande")) {
      return ORDFORANDE;
    }
    for (Pattern named : utskottNames) {
      Matcher m = named.matcher(t);
      if (m.find()) {
        String words = m.group(1).replaceAll("(?iu)\\b(?:protokoll|från|med|beslut|av)\\b", " ");
        return Names.key(words + m.group(2));
      }
    }
    return Names.key(t);
  }

  private static List<LocalDate> dates(String text) {
    List<LocalDate> out = new ArrayList<>();
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      try {
        out.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (DateTimeException e) {
        // not a date
      }
    }
    return out;
  }
}
