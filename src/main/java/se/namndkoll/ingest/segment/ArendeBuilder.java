package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.AgendaWords;
import se.namndkoll.ingest.vocabulary.SekretessWords;
import se.namndkoll.ingest.vocabulary.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Section;
import se.namndkoll.model.SectionKind;
import se.namndkoll.model.Signatory;

/**
 * Turns the spans of ärenden into {@link Arende} records: ties each to its agenda item (by Dnr,
 * else by title), takes the agenda's Dnr where the document lacks one, and tells what kind of
 * ärende it is.
 */
final class ArendeBuilder {

  private static final Pattern DELEGATION =
      Pattern.compile(".*(?:delegationsbeslut|delegeringsbeslut|delegerade beslut|beslut (?:fattade )?på delegation).*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ANMALAN =
      Pattern.compile(".*\\b(?:anmälningsärenden|anmälningar|meddelanden|delgivningar|inkomna (?:och avgivna )?skrivelser"
          + "|för kännedom)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A decision that does something ("Kommunstyrelsen beslutar att pausa …"), not one that notes a list. */
  private static final Pattern DECIDES =
      Pattern.compile("\\bbeslutar\\s++(?:att\\s+)?+(?!notera|anteckna|godkänna (?:redovisning|anmälning)|lägga\\b)\\p{L}{3,}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** True when the ärende's decision decides something beyond noting what is reported. */
  private static boolean decidesSomething(Body body) {
    return body.sections().stream().filter(s -> s.kind() == SectionKind.BESLUT)
        .anyMatch(s -> DECIDES.matcher(s.text()).find());
  }

  private static final Pattern INITIATIV =
      Pattern.compile(".*(?:initiativärende|initiativ från|initiativ \\().*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COUNTER_PROPOSAL =
      Pattern.compile("alternativt förslag|förslag|yrkande|reservation", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final double TITLE_MATCH = 0.6;
  private static final Set<SectionKind> PROTOCOL_ONLY =
      EnumSet.of(SectionKind.PROTOKOLLSANTECKNING, SectionKind.DELTAGANDE, SectionKind.RESERVATION,
          SectionKind.JAV);

  private ArendeBuilder() {}

  static List<Arende> build(Lines lines, List<Span> spans, List<AgendaItem> agenda, String ownBody) {
    Set<Integer> linked = new HashSet<>();
    List<Arende> out = new ArrayList<>();
    Integer lastOwnAgendaNo = null;
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      Head head = s.head();
      Body body = s.body();
      boolean ownDecision = s.info().body() == null || ownBody == null || Text.sameBody(s.info().body(), ownBody);
      String title = head.title();
      Dnr dnr = head.dnr();
      Integer agendaNo = null;
      if (ownDecision) {
        Optional<AgendaItem> item = link(agenda, dnr, title, linked);
        if (item.isPresent()) {
          agendaNo = item.get().no();
          linked.add(agendaNo);
          lastOwnAgendaNo = agendaNo;
        } else {
          lastOwnAgendaNo = null;
        }
      } else {
        agendaNo = lastOwnAgendaNo;
      }
      Arende.DnrSource source = dnr != null ? Arende.DnrSource.DOCUMENT : Arende.DnrSource.NONE;
      if (dnr == null && agendaNo != null && ownDecision) {
        Optional<AgendaItem> linkedItem = Segmenter.agendaItem(agenda, agendaNo);
        if (linkedItem.isPresent() && linkedItem.get().dnr() != null) {
          dnr = linkedItem.get().dnr();
          source = Arende.DnrSource.AGENDA;
        }
      }
      Optional<AgendaItem> item = ownDecision ? Segmenter.agendaItem(agenda, agendaNo) : Optional.empty();
      if (title.isEmpty()) {
        title = item.map(AgendaItem::title).orElse("");
      }
      SekretessWords secrecy = SekretessWords.current();
      boolean sekretess = secrecy.marked(title) || item.map(AgendaItem::sekretess).orElse(false);
      title = secrecy.withoutMarks(title);
      boolean standing = item.map(AgendaItem::standing).orElse(false) || AgendaWords.isStandingTitle(title);
      int end = body.end();
      List<Section> sections = body.sections();
      List<Signatory> signatories = body.signatories();
      if (s.protocolParagraph()) {
        // the names after a protocol's last paragraph sign the protocol, not the paragraph
        sections = sections.stream().filter(x -> x.kind() != SectionKind.SIGNATURES).toList();
        signatories = List.of();
      }
      int attachmentsTo = s.limit();
      String namnd = s.info().body() != null ? s.info().body() : ownBody;
      out.add(
          new Arende(
              dnr,
              source,
              title,
              kind(title, head, body, ownDecision),
              sekretess,
              standing,
              namnd,
              agendaNo,
              head.paragraph(),
              head.handlaggare(),
              head.date(),
              sections,
              body.beslutsunderlag(),
              body.expedierasTill(),
              body.samverkanDate(),
              signatories,
              Segmenter.attachments(lines, end + 1, attachmentsTo),
              lines.location(head.start(), end)));
    }
    return out;
  }

  private static Optional<AgendaItem> link(List<AgendaItem> agenda, Dnr dnr, String title, Set<Integer> linked) {
    if (dnr != null) {
      Optional<AgendaItem> byDnr = agenda.stream().filter(a -> dnr.sameAs(a.dnr())).findFirst();
      if (byDnr.isPresent()) {
        return byDnr;
      }
    }
    AgendaItem best = null;
    double bestScore = 0;
    for (AgendaItem a : agenda) {
      if (linked.contains(a.no()) || a.standing()) {
        continue;
      }
      double score = Text.titleSimilarity(title, a.title());
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return bestScore >= TITLE_MATCH ? Optional.of(best) : Optional.empty();
  }

  private static ArendeKind kind(String title, Head head, Body body, boolean ownDecision) {
    boolean decides = decidesSomething(body);
    if (DELEGATION.matcher(title).matches() && !decides) {
      return ArendeKind.DELEGATIONSBESLUT;
    }
    if (ANMALAN.matcher(title).matches() && !decides) {
      return ArendeKind.ANMALNINGSARENDEN;
    }
    if (INITIATIV.matcher(title).matches()) {
      return ArendeKind.INITIATIVARENDE;
    }
    if (head.paragraph() != null) {
      return ArendeKind.PROTOKOLLSPARAGRAF;
    }
    if (!ownDecision || head.marker() != null && COUNTER_PROPOSAL.matcher(head.marker()).matches()) {
      return ArendeKind.OTHER;
    }
    if (body.sections().stream().anyMatch(s -> PROTOCOL_ONLY.contains(s.kind()))) {
      return ArendeKind.PROTOKOLLSPARAGRAF;
    }
    return ArendeKind.SKRIVELSE;
  }
}
