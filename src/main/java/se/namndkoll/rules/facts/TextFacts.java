package se.namndkoll.rules.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.Line;
import se.namndkoll.model.Personnummer;
import se.namndkoll.rules.policy.Policy;

/**
 * The {@link TextHit} facts of a document's text (placeholders left from a template, personnummer),
 * and the decisions its skrivelser tell of outside the lists that report them.
 */
final class TextFacts {

  private final Policy policy;
  private final Placement placement;
  private final DelegationFacts delegation;

  TextFacts(Policy policy, Placement placement, DelegationFacts delegation) {
    this.policy = policy;
    this.placement = placement;
    this.delegation = delegation;
  }

  void add(Placed p, Meetings meetings, List<Object> out) {
    Document d = p.doc();
    List<Arende> arenden = d.arenden();
    if (!d.personnummer().isEmpty()) {
      Map<Integer, Line> byNo = new HashMap<>();
      d.lines().forEach(l -> byNo.putIfAbsent(l.lineNo(), l));
      for (Personnummer pnr : d.personnummer()) {
        Integer at = pnr.location().lineStart();
        Line l = at == null ? null : byNo.get(at);
        if (l != null) {
          out.add(hit(p, Arenden.at(arenden, l.lineNo()), l, "personnummer", pnr.masked()));
        }
      }
    }
    StringBuilder all = new StringBuilder();
    for (Line l : d.lines()) {
      all.append(l.text()).append('\n');
    }
    String lower = all.toString().toLowerCase(Locale.ROOT);
    // most documents hold none of what is looked for: one look at the whole text rules them out
    boolean placeholders = policy.placeholders().mayOccur(lower);
    boolean told = !p.utskott() && p.namnd() != null;
    boolean chair = told && policy.chairDecisions().mayOccur(lower);
    boolean delegate = told && policy.delegateDecisions().mayOccur(lower);
    if (!placeholders && !chair && !delegate) {
      return;
    }
    for (Line l : d.lines()) {
      String t = l.text();
      if (t.isEmpty()) {
        continue;
      }
      String lowerLine = t.toLowerCase(Locale.ROOT);
      // a masked personnummer's XXXX is no template text
      String unmasked = placeholders ? Personnummer.withoutMasked(t) : t;
      String placeholder = placeholders ? policy.placeholders().first(unmasked,
          unmasked == t ? lowerLine : unmasked.toLowerCase(Locale.ROOT)) : null;
      if (placeholder != null) {
        out.add(hit(p, Arenden.at(arenden, l.lineNo()), l, "placeholder", placeholder));
      }
      if (chair && policy.chairDecisions().findLower(lowerLine)) {
        delegation.toldOf(p, l, "Ordförandebeslut", DelegationFacts.ORDFORANDE, meetings, out);
      } else if (delegate && policy.delegateDecisions().findLower(lowerLine)) {
        delegation.toldOf(p, l, "Beslut på delegation", DelegationFacts.DELEGAT, meetings, out);
      }
    }
  }

  private TextHit hit(Placed p, Arende a, Line l, String kind, String found) {
    About about = p.about(placement.namndOf(a, p), a == null ? null : a.dnrNormalised(), a == null ? null : a.title(),
        l.page() > 0 ? l.page() : null, l.lineNo(), Evidence.quote(l.text()));
    return new TextHit(about, kind, found, a != null && a.sekretess() || p.doc().sekretess().whole());
  }
}
