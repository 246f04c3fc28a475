package se.namndkoll.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.AnmalanEntry;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.BudgetStatement;
import se.namndkoll.model.DelegationEntry;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Line;
import se.namndkoll.model.Location;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.MoneyTable;
import se.namndkoll.model.Names;
import se.namndkoll.model.Personnummer;
import se.namndkoll.model.Section;
import se.namndkoll.model.SectionKind;
import se.namndkoll.model.Sekretess;
import se.namndkoll.rules.policy.Policy;

/**
 * Reads the facts the rules reason over out of a whole archive's documents at once, so that what
 * one document lacks can be looked for in another: the meeting a budget report belongs to (by its
 * Dnr on a kallelse), the measures decided at the same meeting, the next meeting of the nämnd a
 * delegation decision is to be reported to.
 */
public final class FactBuilder {

  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final int EVIDENCE_CHARS = 200;
  private static final String ORDFORANDE = "ordforande";
  private static final String DELEGAT = "delegat";

  private final Policy policy;
  private final Map<String, String> namnder = new java.util.concurrent.ConcurrentHashMap<>();
  /** The archive's nämnd meetings by date, set by {@link #facts} for the look-ups of one run. */
  private Map<String, TreeMap<LocalDate, List<Placed>>> meetings = Map.of();
  private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

  /** Each utskott pattern with up to two words before it: "Socialt utskott", "Arbetsutskottet". */
  private final List<Pattern> utskottNames;

  private final se.namndkoll.rules.policy.KommunProfiles profiles;
  /** Each document's kommun profile, where it has one, set as its skrivelser are read. */
  private final Map<String, se.namndkoll.rules.policy.KommunProfiles.Profile> profileOf = new java.util.concurrent.ConcurrentHashMap<>();

  public FactBuilder(Policy policy) {
    this(policy, se.namndkoll.rules.policy.KommunProfiles.none());
  }

  public FactBuilder(Policy policy, se.namndkoll.rules.policy.KommunProfiles profiles) {
    this.policy = policy;
    this.profiles = profiles;
    this.utskottNames = policy.utskott().sources().stream()
        .map(u -> Pattern.compile("((?:\\p{L}+[ -]){0,2}?)(" + u + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();

  }

  /** A document with the meeting it belongs to, its own or found through its Dnr. */
  private record Placed(Document doc, String namnd, LocalDate meetingDate, boolean utskott, String parent, List<Dnr> dnrs,
      String packageKey) {

    Placed(Document doc, String namnd, LocalDate meetingDate, boolean utskott, String parent, List<Dnr> dnrs) {
      this(doc, namnd, meetingDate, utskott, parent, dnrs, meetingDate == null ? null : Names.key(namnd) + "|" + meetingDate);
    }
  }

  /**
   * What the archive's packages hold, looked up by meeting: which documents carry each Dnr, and the
   * titles of their agendas' items.
   */
  private record Packages(Map<String, Map<String, Set<String>>> sources, Set<String> loose,
      Map<LocalDate, Map<String, String>> titles) {

    static Packages of(List<Placed> placed) {
      Map<String, Map<String, Set<String>>> sources = new HashMap<>();
      Set<String> loose = new java.util.HashSet<>();
      Map<LocalDate, Map<String, String>> titles = new HashMap<>();
      for (Placed p : placed) {
        for (Dnr d : p.dnrs()) {
          if (p.packageKey() == null) {
            loose.add(key(d));
          } else {
            sources.computeIfAbsent(p.packageKey(), k -> new HashMap<>())
                .computeIfAbsent(key(d), k -> new java.util.HashSet<>()).add(p.doc().source());
          }
        }
        if (p.meetingDate() != null) {
          for (AgendaItem item : p.doc().agenda()) {
            if (item.dnr() != null) {
              titles.computeIfAbsent(p.meetingDate(), k -> new HashMap<>()).putIfAbsent(item.dnr().normalised(), item.title());
            }
          }
        }
      }
      return new Packages(sources, loose, titles);
    }

    /** True when a document of the package other than the one given carries the Dnr. */
    boolean elsewhere(Placed p, String dnrKey) {
      if (loose.contains(dnrKey)) {
        return true;
      }
      Set<String> in = p.packageKey() == null ? null : sources.getOrDefault(p.packageKey(), Map.of()).get(dnrKey);
      return in != null && (in.size() > 1 || !in.contains(p.doc().source()));
    }
  }

  public List<Object> facts(List<Document> documents) {
    List<Object> out = new ArrayList<>();
    List<Placed> placed = place(documents);
    Packages packages = Packages.of(placed);
    Map<String, TreeMap<LocalDate, List<Placed>>> meetings = namndMeetings(placed);
    this.meetings = meetings;
    Map<String, Map<LocalDate, Integer>> ordinals = new HashMap<>();
    meetings.forEach((namnd, byDate) -> {
      Map<LocalDate, Integer> o = new HashMap<>();
      int i = 0;
      for (LocalDate d : byDate.keySet()) {
        o.put(d, i++);
      }
      ordinals.put(namnd, o);
    });
    // each document's own facts are independent of the others': read them on all cores, keep the order
    List<List<Object>> perDocument = placed.parallelStream().map(p -> {
      List<Object> own = new ArrayList<>();
      skrivelser(p, own);
      agenda(p, packages, own);
      budget(p, packages, own);
      tables(p, packages, own);
      text(p, own);
      sekretess(p, own);
      StructureUnread.of(p.doc(), p.namnd(), p.meetingDate()).ifPresent(own::add);
      return own;
    }).toList();
    perDocument.forEach(out::addAll);
    meetings.forEach((namnd, byDate) -> byDate.forEach((date, docs) -> out.add(meeting(namnd, date, ordinals, docs))));
    Set<String> toldOnDelegation = new java.util.HashSet<>();
    for (Object f : out) {
      if (f instanceof DelegationDecision dd && DELEGAT.equals(dd.decider())) {
        toldOnDelegation.add(dd.namnd() + "|" + dd.decidedOn());
      }
    }
    delegation(placed, ordinals, toldOnDelegation, out);
    return SectionPractice.apply(out, policy, profileOf);
  }

  // --- where each document belongs

  /** A meeting known from a kallelse or protocol, with the Dnr prefixes its ärenden carry. */
  private record Known(Meeting meeting, Set<String> prefixes) {}

  private List<Placed> place(List<Document> documents) {
    Map<String, List<Known>> byDnr = new HashMap<>();
    Map<String, String> byPrefix = new HashMap<>();
    for (Document d : documents) {
      Optional<Meeting> m = d.meeting();
      if (m.isEmpty() || isUtskott(m.get())) {
        continue;
      }
      Set<String> prefixes = new LinkedHashSet<>();
      for (Arende a : d.arenden()) {
        if (a.dnr() != null && a.dnr().prefix() != null) {
          prefixes.add(a.dnr().prefix().toUpperCase(java.util.Locale.ROOT));
          byPrefix.putIfAbsent(a.dnr().prefix().toUpperCase(java.util.Locale.ROOT), m.get().namnd());
        }
      }
      Known known = new Known(m.get(), prefixes);
      for (AgendaItem item : d.agenda()) {
        if (item.dnr() != null && !item.dnr().isShort()) {
          byDnr.computeIfAbsent(key(item.dnr()), k -> new ArrayList<>()).add(known);
        }
      }
      for (Arende a : d.arenden()) {
        if (a.dnr() != null && !a.dnr().isShort()) {
          byDnr.computeIfAbsent(key(a.dnr()), k -> new ArrayList<>()).add(known);
        }
      }
    }
    List<Placed> out = new ArrayList<>();
    for (Document d : documents) {
      Meeting m = d.meeting().orElseGet(() -> meetingByDnr(d, byDnr));
      if (m == null) {
        out.add(new Placed(d, canonical(firstNamnd(d)), null, false, null, dnrs(d)));
        continue;
      }
      boolean utskott = isUtskott(m);
      String parent = utskott ? canonical(m.parent() != null ? m.parent() : parentByPrefix(d, byPrefix)) : null;
      out.add(new Placed(d, canonical(m.namnd()), m.date(), utskott, parent, dnrs(d)));
    }
    return out;
  }

  /** The meeting whose agenda or ärenden carry one of the document's Dnr, the nämnd's prefix agreeing. */
  private static Meeting meetingByDnr(Document d, Map<String, List<Known>> byDnr) {
    for (Dnr dnr : dnrs(d)) {
      for (Known k : byDnr.getOrDefault(key(dnr), List.of())) {
        if (dnr.prefix() == null || k.prefixes().isEmpty()
            || k.prefixes().contains(dnr.prefix().toUpperCase(java.util.Locale.ROOT))) {
          return k.meeting();
        }
      }
    }
    return null;
  }

  private boolean isUtskott(Meeting m) {
    return m.parent() != null || policy.utskott().find(m.namnd());
  }

  private static String parentByPrefix(Document d, Map<String, String> byPrefix) {
    for (Arende a : d.arenden()) {
      if (a.dnr() != null && a.dnr().prefix() != null) {
        String namnd = byPrefix.get(a.dnr().prefix().toUpperCase(java.util.Locale.ROOT));
        if (namnd != null) {
          return namnd;
        }
      }
    }
    return null;
  }

  /** The registry numbers a document names: its ärenden's, its tables', and any in its first lines. */
  private static List<Dnr> dnrs(Document d) {
    List<Dnr> out = new ArrayList<>();
    d.arenden().stream().map(Arende::dnr).filter(x -> x != null && !x.isShort()).forEach(out::add);
    if (!out.isEmpty()) {
      return out;
    }
    int n = 0;
    for (Line l : d.lines()) {
      if (n++ > 80) {
        break;
      }
      String t = l.text();
      if (t.indexOf('-') < 0 && t.indexOf('/') < 0) {
        continue;
      }
      int label = t.toLowerCase(java.util.Locale.ROOT).indexOf("dnr");
      Dnr.find(label >= 0 ? t.substring(label) : t).filter(x -> !x.isShort() && (x.prefix() != null || x.klassa() != null))
          .ifPresent(out::add);
    }
    return out;
  }

  private static String firstNamnd(Document d) {
    return d.arenden().stream().map(Arende::namnd).filter(n -> n != null).findFirst().orElse(null);
  }

  /** One spelling per nämnd, whatever the documents' case and spacing, so facts join on it. */
  private String canonical(String namnd) {
    if (namnd == null) {
      return null;
    }
    return namnder.computeIfAbsent(nameKey(namnd), k -> namnd.strip());
  }

  private Map<String, TreeMap<LocalDate, List<Placed>>> namndMeetings(List<Placed> placed) {
    Map<String, TreeMap<LocalDate, List<Placed>>> out = new LinkedHashMap<>();
    for (Placed p : placed) {
      if (p.utskott() || p.namnd() == null || p.meetingDate() == null || p.doc().meeting().isEmpty()) {
        continue;
      }
      out.computeIfAbsent(p.namnd(), k -> new TreeMap<>()).computeIfAbsent(p.meetingDate(), k -> new ArrayList<>()).add(p);
    }
    return out;
  }

  // --- skrivelser

  private void skrivelser(Placed p, List<Object> out) {
    Document d = p.doc();
    java.util.Optional<se.namndkoll.rules.policy.KommunProfiles.Profile> profile = profiles.of(d);
    profile.ifPresent(k -> profileOf.put(d.source(), k));
    for (Arende a : d.arenden()) {
      if (a.standing() || a.sekretess()) {
        continue;
      }
      String namnd = a.namnd() != null ? canonical(a.namnd()) : p.namnd();
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
      out.add(new Skrivelse(
          d.source(), namnd, p.meetingDate(), a.dnrNormalised(), a.title(), loc.pageStart(), loc.lineStart(),
          headings(a), a.kind().id(), d.kind().id(), sections, bkaPolicy, children,
          bkaText != null && policy.reasoned(bkaText), bkaText == null ? null : quote(bkaText),
          a.expedierasTill().size(), filedOnly, !a.signatories().isEmpty(),
          a.dnrSource() == Arende.DnrSource.DOCUMENT && a.dnr() != null ? key(a.dnr()) : null,
          agendaDnr(d, a), a.namnd() == null || p.namnd() == null || nameKey(a.namnd()).equals(nameKey(p.namnd())),
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
    return quote(sb.toString());
  }

  private static String agendaDnr(Document d, Arende a) {
    if (a.agendaNo() == null) {
      return null;
    }
    for (AgendaItem item : d.agenda()) {
      if (a.agendaNo().equals(item.no()) && item.dnr() != null) {
        return key(item.dnr());
      }
    }
    return null;
  }

  // --- agenda

  private void agenda(Placed p, Packages packages, List<Object> out) {
    Document d = p.doc();
    if (d.agenda().isEmpty() || d.kind() != DocumentKind.KALLELSE) {
      return;
    }
    for (AgendaItem item : d.agenda()) {
      boolean has = false;
      for (Arende a : d.arenden()) {
        if (a.agendaNo() != null && a.agendaNo().equals(item.no()) || item.dnr() != null && item.dnr().sameAs(a.dnr())) {
          has = true;
          break;
        }
      }
      if (!has && item.dnr() != null && !item.dnr().isShort()) {
        has = packages.elsewhere(p, key(item.dnr()));
      }
      Location loc = item.location() == null ? Location.UNKNOWN : item.location();
      out.add(new AgendaEntry(d.source(), p.namnd(), p.meetingDate(), item.dnr() == null ? null : item.dnr().normalised(),
          item.title(), loc.pageStart(), loc.lineStart(), quote((item.no() == null ? "" : item.no() + ". ") + item.title()
          + (item.dnr() == null ? "" : ", Dnr " + item.dnr().full())), item.no(), item.standing(), item.sekretess(), has,
          item.documentsLater()));
    }
  }

  // --- budget

  private void budget(Placed p, Packages packages, List<Object> out) {
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
      Arende holder = arendeAt(d, loc);
      String dnr = s.dnr() != null ? s.dnr() : holder != null ? holder.dnrNormalised()
          : p.dnrs().stream().findFirst().map(Dnr::normalised).orElse(null);
      out.add(new Deficit(d.source(), p.namnd(), p.meetingDate(), dnr, titleAt(p, loc, dnr, packages), loc.pageStart(),
          loc.lineStart(), quote(s.text()), s.kind().id(), amount == null ? null : amount.abs().negate(),
          order, d.kind() == DocumentKind.PROTOKOLL));
    }
    String docDnr = p.dnrs().stream().findFirst().map(Dnr::normalised).orElse(null);
    for (BudgetStatement s : d.statements()) {
      if (s.mentionsMeasures()) {
        out.add(new Measures(p.namnd(), p.meetingDate(), s.dnr() != null ? s.dnr() : docDnr, d.source(), quote(s.text())));
      }
    }
    for (Arende a : d.arenden()) {
      if (a.sekretess() || a.standing()) {
        continue;
      }
      String beslut = a.section(SectionKind.BESLUT).map(Section::text).orElse("");
      if (policy.measures().find(a.title()) || policy.measures().find(beslut)) {
        out.add(new Measures(p.namnd(), p.meetingDate(), a.dnrNormalised(), d.source(), quote(a.title())));
      }
    }
  }

  private static final Pattern SUBJECT =
      Pattern.compile("^(?<subject>\\p{Lu}[\\p{L}\\- ]{2,80}?)\\s+(?:visar|redovisar|uppvisar|prognostiserar|beräknar|gör)\\b",
          Pattern.UNICODE_CASE);
  private static final Pattern GENERIC_SUBJECT =
      Pattern.compile("^(?:produktionsområdet|verksamhetsområdet|verksamheten|förvaltningen|avdelningen|området)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
    for (Arende a : d.arenden()) {
      if (s.dnr().equals(a.dnrNormalised()) && a.title() != null && a.title().toLowerCase(Locale.ROOT).contains(subject)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern BODY_NAME =
      Pattern.compile("\\b(\\p{L}[\\p{L}-]*(?:nämnden|styrelsen|utskottet))\\b", Pattern.UNICODE_CASE);

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

  private static final Pattern NEGATIVE_AMOUNT = Pattern.compile(
      "(?:[-−–]|minus)\\s?(\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?|\\d+(?:,\\d+)?)\\s?(tkr|mkr|miljoner)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The first negative amount of a sentence, in tkr. */
  private static BigDecimal negativeAmount(String text) {
    Matcher m = NEGATIVE_AMOUNT.matcher(text);
    if (!m.find()) {
      return null;
    }
    BigDecimal v = new BigDecimal(m.group(1).replaceAll("[ \\u00a0]", "").replace(',', '.'));
    return (m.group(2).equalsIgnoreCase("tkr") ? v : v.multiply(BigDecimal.valueOf(1000))).negate();
  }

  /** The title of an ärende by its Dnr: in the document, else on the agenda of its meeting. */
  /** The ärende whose lines hold the place, or {@code null}. */
  private static Arende arendeAt(Document d, Location loc) {
    if (loc.lineStart() == null) {
      return null;
    }
    for (Arende a : d.arenden()) {
      Location at = a.location();
      if (at != null && at.lineStart() != null && at.lineEnd() != null
          && at.lineStart() <= loc.lineStart() && loc.lineStart() <= at.lineEnd()) {
        return a;
      }
    }
    return null;
  }

  /**
   * The title of the ärende a statement stands in (two paragraphs may share a Dnr), else of the
   * Dnr's ärende.
   */
  private static String titleAt(Placed p, Location loc, String dnr, Packages packages) {
    Arende holder = arendeAt(p.doc(), loc);
    return holder != null && (dnr == null || dnr.equals(holder.dnrNormalised())) ? holder.title() : titleOf(p, dnr, packages);
  }

  private static String titleOf(Placed p, String dnr, Packages packages) {
    if (dnr == null) {
      return p.doc().arenden().stream().findFirst().map(Arende::title).orElse(null);
    }
    for (Arende a : p.doc().arenden()) {
      if (dnr.equals(a.dnrNormalised())) {
        return a.title();
      }
    }
    return p.meetingDate() == null ? null : packages.titles().getOrDefault(p.meetingDate(), Map.of()).get(dnr);
  }

  private void tables(Placed p, Packages packages, List<Object> out) {
    Document d = p.doc();
    int t = 0;
    int order = 0;
    for (MoneyTable table : d.tables()) {
      t++;
      BigDecimal factor = unitFactor(table.unit());
      String dnr = table.dnr() != null ? table.dnr() : p.dnrs().stream().findFirst().map(Dnr::normalised).orElse(null);
      String title = titleOf(p, dnr, packages);
      for (TableIdentities.Break b : TableIdentities.check(table)) {
        MoneyTable.Row row = table.rows().get(b.rowIndex());
        Location loc = row.location() == null ? table.location() : row.location();
        loc = loc == null ? Location.UNKNOWN : loc;
        String heading = b.columnIndex() < table.columns().size()
            ? table.columns().get(b.columnIndex()).replaceFirst("(?iu)^(?:tkr|mkr|kr)\\s+", "").strip()
            : "";
        String column = heading.isEmpty() ? "beloppskolumn " + (b.columnIndex() + 1) : heading;
        out.add(new TableBreak(d.source(), p.namnd(), p.meetingDate(), dnr, title != null ? title : table.caption(),
            loc.pageStart(), loc.lineStart(), quote(table.caption() + ": " + row.label().strip() + ", " + column),
            d.source() + "#" + t, order++, table.caption(), b.identity(), column, b.computed(), b.stated(),
            b.difference().multiply(factor), b.terms(), b.precision().multiply(factor),
            table.unit() == null ? "tkr" : table.unit()));
      }
    }
  }

  private static BigDecimal unitFactor(String unit) {
    if (unit == null) {
      return BigDecimal.ONE;
    }
    return switch (unit.toLowerCase(java.util.Locale.ROOT)) {
      case "mkr" -> BigDecimal.valueOf(1000);
      case "kr" -> new BigDecimal("0.001");
      default -> BigDecimal.ONE;
    };
  }

  // --- text: placeholders and personnummer

  private void text(Placed p, List<Object> out) {
    Document d = p.doc();
    List<Arende> arenden = d.arenden();
    if (!d.personnummer().isEmpty()) {
      Map<Integer, Line> byNo = new HashMap<>();
      d.lines().forEach(l -> byNo.putIfAbsent(l.lineNo(), l));
      for (Personnummer pnr : d.personnummer()) {
        Integer at = pnr.location().lineStart();
        Line l = at == null ? null : byNo.get(at);
        if (l != null) {
          out.add(hit(p, arendeAt(arenden, l.lineNo()), l, "personnummer", pnr.masked()));
        }
      }
    }
    StringBuilder all = new StringBuilder();
    for (Line l : d.lines()) {
      all.append(l.text()).append('\n');
    }
    String whole = all.toString();
    String lower = whole.toLowerCase(java.util.Locale.ROOT);
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
      String lowerLine = placeholders || chair || delegate ? t.toLowerCase(java.util.Locale.ROOT) : null;
      // a masked personnummer's XXXX is no template text
      String unmasked = placeholders ? Personnummer.withoutMasked(t) : t;
      String placeholder = placeholders ? policy.placeholders().first(unmasked,
          unmasked == t ? lowerLine : unmasked.toLowerCase(java.util.Locale.ROOT)) : null;
      if (placeholder != null) {
        out.add(hit(p, arendeAt(arenden, l.lineNo()), l, "placeholder", placeholder));
      }
      if (chair && policy.chairDecisions().findLower(lowerLine)) {
        decisionToldOf(p, l, "Ordförandebeslut", ORDFORANDE, out);
      } else if (delegate && policy.delegateDecisions().findLower(lowerLine)) {
        decisionToldOf(p, l, "Beslut på delegation", DELEGAT, out);
      }
    }
  }

  /** What the reader took as secret by what the text says, not by a mark: once per ärende, or once for the document. */
  private void sekretess(Placed p, List<Object> out) {
    Sekretess said = p.doc().sekretess();
    if (said.statements().isEmpty()) {
      return;
    }
    Location first = said.statements().get(0);
    Integer page = first.pageStart();
    if (said.whole()) {
      out.add(new SekretessAssumed(p.doc().source(), p.namnd(), p.meetingDate(), null, null, page, first.lineStart(),
          "Rad " + first.lineStart() + " säger att något i handlingen omfattas av sekretess", true));
      return;
    }
    Set<Arende> told = new java.util.HashSet<>();
    for (Location at : said.statements()) {
      Arende a = at.lineStart() == null ? null : arendeAt(p.doc().arenden(), at.lineStart());
      if (a != null && told.add(a)) {
        out.add(new SekretessAssumed(p.doc().source(), a.namnd() != null ? canonical(a.namnd()) : p.namnd(),
            p.meetingDate(), a.dnrNormalised(), a.title(), at.pageStart(), at.lineStart(),
            quote(a.title()), false));
      }
    }
  }

  private TextHit hit(Placed p, Arende a, Line l, String kind, String found) {
    return new TextHit(p.doc().source(), a != null && a.namnd() != null ? canonical(a.namnd()) : p.namnd(), p.meetingDate(),
        a == null ? null : a.dnrNormalised(), a == null ? null : a.title(), l.page() > 0 ? l.page() : null, l.lineNo(),
        quote(l.text()), kind, found, a != null && a.sekretess() || p.doc().sekretess().whole());
  }

  private static Arende arendeAt(List<Arende> arenden, int line) {
    Arende best = null;
    for (Arende a : arenden) {
      Location loc = a.location();
      if (loc != null && loc.lineStart() != null && loc.lineStart() <= line) {
        if (loc.lineEnd() == null || line <= loc.lineEnd()) {
          best = a;
        } else if (a.attachments().stream().anyMatch(x -> x.location() != null && x.location().lineStart() != null
            && x.location().lineStart() <= line && (x.location().lineEnd() == null || line <= x.location().lineEnd()))) {
          best = a;
        }
      }
    }
    return best;
  }

  // --- meetings and delegation

  private NamndMeeting meeting(String namnd, LocalDate date, Map<String, Map<LocalDate, Integer>> ordinals, List<Placed> docs) {
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
        : "Ärendelistan: " + d.agenda().stream().map(i -> (i.no() == null ? "" : i.no() + ". ") + i.title()).reduce((a, b) -> a + "; " + b).orElse("");
    return new NamndMeeting(d.source(), namnd, date, ordinals.get(namnd).get(date), hasAgenda, reports, loc.pageStart(),
        loc.lineStart(), quote(evidence));
  }

  /**
   * Delegation decisions and the list entries that report them.
   *
   * @param toldOnDelegation nämnd and date of each decision told of as taken "med stöd av
   *     delegation", which any list entry of that date answers for
   */
  private void delegation(List<Placed> placed, Map<String, Map<LocalDate, Integer>> ordinals,
      Set<String> toldOnDelegation, List<Object> out) {

    for (Placed p : placed) {
      Document d = p.doc();
      if (p.utskott()) {
        boolean decided = d.arenden().stream().anyMatch(a -> !a.standing());
        if (decided && p.parent() != null && p.meetingDate() != null) {
          Line first = d.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse(null);
          out.add(new DelegationDecision(d.source(), p.parent(), p.namnd(), decider(p.namnd()), p.meetingDate(), "utskott",
              nextMeeting(p.parent(), p.meetingDate()),
              first == null || first.page() == 0 ? null : first.page(), first == null ? null : first.lineNo(),
              quote("Protokoll, " + p.namnd() + " " + p.meetingDate())));
        }
        continue;
      }
      Integer ordinal = p.namnd() == null || p.meetingDate() == null || !ordinals.containsKey(p.namnd()) ? null
          : ordinals.get(p.namnd()).get(p.meetingDate());
      for (DelegationEntry e : d.delegation()) {
        if (e.date() == null || p.namnd() == null) {
          continue;
        }
        String decider = decider(e.decidedBy());
        Location loc = e.location() == null ? Location.UNKNOWN : e.location();
        out.add(new DelegationDecision(d.source(), p.namnd(), e.decidedBy(), decider, e.date(), "list",
            nextMeeting(p.namnd(), e.date()), loc.pageStart(),
            loc.lineStart(), quote(e.text())));
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
  private void decisionToldOf(Placed p, Line l, String what, String decider, List<Object> out) {
    Document d = p.doc();
    String t = l.text();
    Arende a = arendeAt(d.arenden(), l.lineNo());
    if (a == null || a.kind() == ArendeKind.DELEGATIONSBESLUT || a.kind() == ArendeKind.ANMALNINGSARENDEN) {
      return;
    }
    for (LocalDate date : dates(t)) {
      if (p.meetingDate() == null || date.isBefore(p.meetingDate())) {
        out.add(new DelegationDecision(d.source(), p.namnd(), what, decider, date, decider,
            nextMeeting(p.namnd(), date),
            l.page() > 0 ? l.page() : null, l.lineNo(), quote(t)));
      }
    }
  }

  /** The date of the nämnd's first meeting in the archive after the date, or {@code null}. */
  private LocalDate nextMeeting(String namnd, LocalDate date) {
    TreeMap<LocalDate, List<Placed>> of = namnd == null ? null : meetings.get(namnd);
    return of == null ? null : of.higherKey(date);
  }

  /** Who decided, as a key reports are matched by: the utskott's name, "ordforande", or the words. */
  String decider(String decidedBy) {
    String t = decidedBy == null ? "" : ISO_DATE.matcher(decidedBy).replaceAll(" ");
    if (policy.chairDecisions().find(t) || t.toLowerCase(java.util.Locale.ROOT).contains("ordförande")) {
      return "ordforande";
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
      } catch (java.time.DateTimeException e) {
        // not a date
      }
    }
    return out;
  }

  // --- helpers

  private final Map<String, String> bkaPolicies = new java.util.concurrent.ConcurrentHashMap<>();

  /** The nämnd's BKA policy, remembered per name and prefix. */
  private String bkaPolicy(String namnd, String prefix) {
    return bkaPolicies.computeIfAbsent(namnd + "|" + prefix, k -> policy.bkaPolicy(namnd, prefix));
  }

  /** A name's key ({@link Names#key}), remembered: the same few names come back on every document. */
  private String nameKey(String name) {
    return name == null ? "" : keys.computeIfAbsent(name, Names::key);
  }

  /** A Dnr as a key: year and serial without leading zeros ("2023-126"), whatever prefix and code. */
  static String key(Dnr dnr) {
    String serial = dnr.serial().replaceFirst("^0+(?=\\d)", "");
    return dnr.year() + "-" + serial;
  }

  /** A short quote of the text for a finding's evidence, never with a personnummer in clear. */
  static String quote(String raw) {
    String text = Personnummer.mask(raw);
    StringBuilder sb = new StringBuilder(Math.min(text.length(), EVIDENCE_CHARS + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && sb.length() <= EVIDENCE_CHARS; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    String t = sb.toString();
    return t.length() <= EVIDENCE_CHARS ? t : t.substring(0, EVIDENCE_CHARS - 1) + "…";
  }

}
