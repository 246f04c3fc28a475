package se.namndkoll.rules.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Location;
import se.namndkoll.model.Section;
import se.namndkoll.model.SectionKind;
import se.namndkoll.rules.policy.KommunProfiles;
import se.namndkoll.rules.policy.Policy;

/** The {@link Skrivelse} facts: one per decision of a document, standing and sekretess items aside. */
final class SkrivelseFacts {

  private final Policy policy;
  private final KommunProfiles profiles;
  private final Placement placement;
  /** Each document's kommun profile, where it has one, set as its skrivelser are read. */
  private final Map<String, KommunProfiles.Profile> profileOf;
  private final Map<String, String> bkaPolicies = new ConcurrentHashMap<>();

  SkrivelseFacts(Policy policy, KommunProfiles profiles, Placement placement, Map<String, KommunProfiles.Profile> profileOf) {
    this.policy = policy;
    this.profiles = profiles;
    this.placement = placement;
    this.profileOf = profileOf;
  }

  void add(Placed p, List<Object> out) {
    Document d = p.doc();
    Optional<KommunProfiles.Profile> profile = profiles.of(d);
    profile.ifPresent(k -> profileOf.put(d.source(), k));
    for (Arende a : d.arenden()) {
      if (a.standing() || a.sekretess()) {
        continue;
      }
      String namnd = placement.namndOf(a, p);
      String prefix = a.dnr() == null ? null : a.dnr().prefix();
      String bkaPolicy = bkaPolicy(namnd, prefix);
      if ("required".equals(bkaPolicy(p.namnd(), prefix))) {
        bkaPolicy = "required";
      }
      StringBuilder body = new StringBuilder();
      Set<String> sections = new LinkedHashSet<>();
      String bkaText = null;
      String beslut = "";
      for (Section s : a.sections()) {
        sections.add(s.kind().id());
        if (s.kind() == SectionKind.BARNKONSEKVENSANALYS) {
          bkaText = s.text();
        } else {
          body.append(s.text()).append('\n');
        }
        if (s.kind() == SectionKind.BESLUT) {
          beslut = s.text();
        }
      }
      if (!a.expedierasTill().isEmpty()) {
        sections.add(SectionKind.EXPEDIERAS.id());
      }
      if (!a.signatories().isEmpty()) {
        sections.add(SectionKind.SIGNATURES.id());
      }
      boolean children = policy.childMentions(a.title()) > 0 || policy.childMentions(body.toString()) >= policy.childMentions();
      // a protocol's paragraph in another document's package is an extract of a meeting already
      // held: it reached this package by being sent, and asks no expediering of its own
      boolean extract = a.kind() == ArendeKind.PROTOKOLLSPARAGRAF && d.kind() != DocumentKind.PROTOKOLL
          && d.kind() != DocumentKind.PROTOKOLLSUTDRAG;
      boolean filedOnly = extract || a.kind() == ArendeKind.DELEGATIONSBESLUT || a.kind() == ArendeKind.ANMALNINGSARENDEN
          || policy.filedOnly().find(beslut) || profile.isPresent() && profile.get().filedOnly().find(beslut);
      Location loc = a.location() == null ? Location.UNKNOWN : a.location();
      About about = p.about(namnd, a.dnrNormalised(), a.title(), loc.pageStart(), loc.lineStart(), headings(a));
      out.add(new Skrivelse(about, a.kind().id(), d.kind().id(), sections, bkaPolicy, children,
          bkaText != null && policy.reasoned(bkaText), bkaText == null ? null : Evidence.quote(bkaText),
          a.expedierasTill().size(), filedOnly, !a.signatories().isEmpty() || endsOnAScan(d, loc),
          a.dnrSource() == Arende.DnrSource.DOCUMENT ? a.dnrNormalised() : null,
          agendaDnr(d, a), a.namnd() == null || p.namnd() == null
              || placement.nameKey(a.namnd()).equals(placement.nameKey(p.namnd())),
          Set.of()));
    }
  }

  private static String headings(Arende a) {
    StringBuilder sb = new StringBuilder("Rubriker: ");
    for (Section s : a.sections()) {
      if (s.kind() != SectionKind.SIGNATURES) {
        sb.append(sb.length() > 10 ? " · " : "").append(s.heading().strip());
      }
    }
    if (!a.expedierasTill().isEmpty() && !a.has(SectionKind.EXPEDIERAS)) {
      sb.append(" · Beslutet expedieras till");
    }
    return Evidence.quote(sb.toString());
  }

  /** The Dnr the agenda gives the ärende's item, as shown, or {@code null}. */
  private static String agendaDnr(Document d, Arende a) {
    if (a.agendaNo() == null) {
      return null;
    }
    for (AgendaItem item : d.agenda()) {
      if (a.agendaNo().equals(item.no()) && item.dnr() != null) {
        return item.dnr().normalised();
      }
    }
    return null;
  }

  /** The nämnd's BKA policy, remembered per name and prefix. */
  private String bkaPolicy(String namnd, String prefix) {
    return bkaPolicies.computeIfAbsent(namnd + "|" + prefix, k -> policy.bkaPolicy(namnd, prefix));
  }

  /**
   * True where the ärende ends on a page read by OCR: a scan's signature block is read without
   * its layout, and its names are often written by hand, so whether it is signed is not judged
   * there (the rules judge only what was read with confidence).
   */
  private static boolean endsOnAScan(Document d, Location loc) {
    Integer last = loc.pageEnd() != null ? loc.pageEnd() : loc.pageStart();
    return d.scanned().recognisedBetween(last, last);
  }
}
