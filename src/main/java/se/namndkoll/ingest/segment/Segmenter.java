package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.ingest.vocabulary.Roles;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Attachment;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Line;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.Personnummer;
import se.namndkoll.model.SectionKind;

/**
 * Builds the document model from normalised lines: the meeting and its agenda, then each ärende
 * found at its decision heading, with its head above and its body and attachments below, then the
 * lists, tables and budget sentences that rules read.
 */
public final class Segmenter {

  /** Reads one document's lines into the model. */
  public Document segment(String source, String mediaType, int pageCount, List<Line> lineList) {
    Lines lines = new Lines(lineList);
    List<Integer> anchors = decisionLines(lines);
    List<Candidate> candidates = candidates(lines, anchors);
    // with no decision in it, the whole document may hold the meeting and its agenda, to the last line
    int firstAnchor = candidates.isEmpty() ? lines.size() : candidates.get(0).head() != null
        ? candidates.get(0).head().start() : candidates.get(0).anchor();
    AgendaParser.Agenda agenda = AgendaParser.parse(lines, firstAnchor - 1);
    Optional<Meeting> meeting = MeetingParser.parse(lines, firstAnchor - 1);
    int bound = agenda.end() >= 0 ? agenda.end() + 1 : 0;
    String ownBody = meeting.map(Meeting::namnd).orElseGet(() -> mostCommonBody(lines, anchors));
    List<Span> spans = spans(lines, candidates, bound, ownBody);
    List<Arende> built = ArendeBuilder.build(lines, spans, agenda.items(), ownBody);
    int[] owner = owners(lines.size(), spans);
    SekretessReader.Read secrecy = SekretessReader.read(lines, built, owner, agenda.start(), agenda.end());
    List<Arende> arenden = secrecy.arenden();
    IntFunction<String> dnrAt =
        i -> owner[i] < 0 ? null : arenden.get(owner[i]).dnrNormalised();
    List<Meeting> meetings = meetingOf(meeting, ownBody);
    DocumentKind kind = DocumentClassifier.classify(lines, agenda.items(), arenden, spans, firstAnchor);
    return new Document(
        source,
        mediaType,
        pageCount,
        kind,
        meetings,
        agenda.items(),
        arenden,
        Registers.delegation(lines, spans, arenden, agenda.items()),
        Registers.anmalningar(lines, spans, arenden, agenda.items()),
        TableParser.parse(lines, dnrAt),
        StatementFinder.find(lines, dnrAt),
        lineList,
        Personnummer.in(lineList),
        secrecy.sekretess());
  }

  private static List<Meeting> meetingOf(Optional<Meeting> meeting, String ownBody) {
    if (meeting.isPresent()) {
      Meeting m = meeting.get();
      return List.of(m.namnd() == null ? new Meeting(ownBody, m.date(), m.time(), m.place(), m.parent()) : m);
    }
    return ownBody == null ? List.of() : List.of(new Meeting(ownBody, null, null, null, null));
  }

  private static List<Integer> decisionLines(Lines lines) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.blank(i) && Headings.decision(lines.text(i)).isPresent()) {
        out.add(i);
      }
    }
    return out;
  }

  /** A place where an ärende may start: a decision heading, or a protocol paragraph without one. */
  private record Candidate(int anchor, Headings.Decision decision, Head head) {}

  /** "§ 17", "§17 Dnr KS 2024/12", "§ 845 Ärendenummer SLK-2024-00074", "§ 7   KFKS 2019/1", "§ 3 Title". */
  private static final Pattern PARAGRAPH_LINE =
      Pattern.compile("^§\\s*(?<no>\\d{1,4})(?![\\d.,:\\-–/])\\s*(?<rest>.*)$");
  private static final Pattern REGISTRY_LABEL =
      Pattern.compile(
          "^(?:dnr|diarienummer|diarienr|ärendenummer|ärende\\s?nr|beteckning|vår beteckning)\\b\\.?\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_PARAGRAPH_TITLE = 400;
  private static final int MIN_PROTOCOL_PARAGRAPHS = 3;
  private static final int TITLE_REACH = 40;

  /** What a § line holds: its number, and a Dnr and a title where they stand beside it. */
  private record ParagraphLine(String no, Dnr dnr, String title) {}

  /**
   * Reads a protocol paragraph's opening line: the § and its number, then a registry number with or
   * without its label, then perhaps the title; or the title alone. A § in running text ("enligt 43 §
   * 2 p"), a range ("§ 44-59") or a list of earlier paragraphs ("§ 150, …") opens none.
   */
  private static Optional<ParagraphLine> paragraphLine(String text) {
    Matcher m = PARAGRAPH_LINE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group("rest").strip();
    Matcher label = REGISTRY_LABEL.matcher(rest);
    boolean labelled = label.lookingAt();
    String afterLabel = labelled ? rest.substring(label.end()) : rest;
    Optional<Dnr> dnr = afterLabel.isEmpty() ? Optional.empty() : Dnr.find(afterLabel);
    if (dnr.isPresent()) {
      String written = dnr.get().full();
      int at = afterLabel.indexOf(written);
      if (labelled || at >= 0 && at <= 2) {
        String title = at < 0 ? "" : afterLabel.substring(at + written.length()).replaceFirst("^[\\s,;:–-]+", "").strip();
        return Optional.of(new ParagraphLine(m.group("no"), dnr.get(), startsLikeTitle(title) ? title : null));
      }
    }
    if (labelled) {
      return Optional.of(new ParagraphLine(m.group("no"), null, null));
    }
    if (rest.isEmpty()) {
      return Optional.of(new ParagraphLine(m.group("no"), null, null));
    }
    return startsLikeTitle(rest) && rest.length() <= MAX_PARAGRAPH_TITLE
        ? Optional.of(new ParagraphLine(m.group("no"), null, rest)) : Optional.empty();
  }

  /** "27 Dnr KS 2018/124" (the number, then a labelled registry number, perhaps the title). */
  private static final Pattern NUMBER_THEN_DNR =
      Pattern.compile(
          "^(?<no>\\d{1,4})\\s+(?:dnr|diarienummer|diarienr|ärendenummer)\\b\\.?\\s*:?\\s*(?<rest>\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s(?<no>\\d{1,4})$");

  /**
   * A paragraph's opening line in a protocol that prints no § sign: "27 Dnr KS 2018/124 [Title]",
   * or the registry number with the paragraph's number after it, "KSKF/2014:88 234". Read only as
   * a run of rising, mostly consecutive numbers in a protocol without § lines (a Dnr's archive code,
   * "Bun/2023:786 616", looks the same on one line, but never counts up).
   */
  private static Optional<ParagraphLine> unmarkedParagraphLine(String text) {
    Matcher m = NUMBER_THEN_DNR.matcher(text);
    if (m.matches()) {
      String rest = m.group("rest");
      Optional<Dnr> dnr = Dnr.find(rest);
      if (dnr.isPresent() && rest.startsWith(dnr.get().full())) {
        String title = rest.substring(dnr.get().full().length()).replaceFirst("^[\\s,;:–-]+", "").strip();
        return Optional.of(new ParagraphLine(m.group("no"), dnr.get(), startsLikeTitle(title) ? title : null));
      }
      return Optional.empty();
    }
    String t = REGISTRY_LABEL.matcher(text.strip()).replaceFirst("");
    if (t.isEmpty() || !Character.isLetterOrDigit(t.charAt(0))) {
      return Optional.empty();
    }
    Optional<Dnr> dnr = Dnr.find(t);
    Matcher no = TRAILING_NUMBER.matcher(t);
    if (dnr.isEmpty() || !t.equals(dnr.get().full()) || !no.find()) {
      return Optional.empty();
    }
    String written = t.substring(0, no.start()).strip();
    Optional<Dnr> without = Dnr.find(written);
    if (without.isEmpty() || !without.get().key().equals(dnr.get().key()) || !written.equals(without.get().full())) {
      return Optional.empty();
    }
    return Optional.of(new ParagraphLine(no.group("no"), without.get(), null));
  }

  /** Most steps of a run of paragraph numbers are of one: a protocol's, not archive codes'. */
  private static boolean mostlyConsecutive(List<Integer> numbers) {
    int ones = 0;
    for (int k = 1; k < numbers.size(); k++) {
      ones += numbers.get(k) - numbers.get(k - 1) == 1 ? 1 : 0;
    }
    return numbers.size() >= 2 && 5 * ones >= 4 * (numbers.size() - 1);
  }

  private static boolean startsLikeTitle(String t) {
    return t.length() >= 3 && Character.isUpperCase(t.codePointAt(0));
  }

  /**
   * The decision headings, and in a protocol each paragraph ("§ 12") that has none before the next
   * paragraph: a protocol records every paragraph, also those that only note or adjourn.
   */
  private static List<Candidate> candidates(Lines lines, List<Integer> anchors) {
    List<Candidate> out = new ArrayList<>();
    List<Integer> paragraphs = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    int registered = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.blank(i) && lines.text(i).charAt(0) == '§') {
        Optional<ParagraphLine> pl = paragraphLine(lines.text(i));
        if (pl.isPresent()) {
          paragraphs.add(i);
          numbers.add(Integer.valueOf(pl.get().no()));
          registered += pl.get().dnr() != null ? 1 : 0;
        }
      }
    }
    paragraphs = inSequence(paragraphs, numbers);
    if (paragraphs.size() < MIN_PROTOCOL_PARAGRAPHS) {
      // a protocol that prints no § sign: its numbered, registered paragraph lines
      List<Integer> at = new ArrayList<>();
      Map<Integer, Integer> numberAt = new HashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.blank(i)) {
          int line = i;
          unmarkedParagraphLine(lines.text(i)).ifPresent(pl -> {
            at.add(line);
            numberAt.put(line, Integer.valueOf(pl.no()));
          });
        }
      }
      List<Integer> run = inSequence(at, at.stream().map(numberAt::get).toList());
      if (run.size() >= MIN_PROTOCOL_PARAGRAPHS && mostlyConsecutive(run.stream().map(numberAt::get).toList())) {
        paragraphs = run;
        registered = run.size();
      }
    }
    // a protocol by its opening, or by a run of numbered paragraphs with their registry numbers
    // that outnumber the package's own decision headings
    long strong = anchors.stream().filter(a -> Headings.decision(lines.text(a)).map(Headings.Decision::strong).orElse(false)).count();
    boolean protocol = DocumentClassifier.opensAsProtocol(lines)
        || paragraphs.size() >= MIN_PROTOCOL_PARAGRAPHS && 2 * registered >= paragraphs.size() && strong < paragraphs.size();
    if (!protocol) {
      paragraphs = List.of();
    }
    int firstParagraph = paragraphs.isEmpty() ? lines.size() : paragraphs.get(0);
    for (int a : anchors) {
      if (a < firstParagraph) {
        out.add(new Candidate(a, Headings.decision(lines.text(a)).orElseThrow(), null));
      }
    }
    for (int k = 0; k < paragraphs.size(); k++) {
      int p = paragraphs.get(k);
      int next = k + 1 < paragraphs.size() ? paragraphs.get(k + 1) : lines.size();
      Headings.Decision inside = anchors.stream().filter(a -> a > p && a < next).findFirst()
          .map(a -> Headings.decision(lines.text(a)).orElseThrow()).orElse(null);
      paragraph(lines, p, next - 1, inside).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The paragraphs of a protocol run in order: of the § lines found, the longest run of rising
   * numbers (a § on the attendance page, or a wrapped law reference that starts a line, falls out).
   */
  static List<Integer> inSequence(List<Integer> at, List<Integer> numbers) {
    int n = at.size();
    if (n < 2) {
      return at;
    }
    int[] length = new int[n];
    int[] previous = new int[n];
    int best = 0;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (numbers.get(j) < numbers.get(i) && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (length[i] > length[best]) {
        best = i;
      }
    }
    LinkedList<Integer> out = new LinkedList<>();
    for (int i = best; i >= 0; i = previous[i]) {
      out.addFirst(at.get(i));
    }
    return out;
  }

  /**
   * A protocol paragraph: the § line heads it, with its Dnr beside it or on a line of its own, the
   * title beside it or on the next lines; the body runs from the title, so that text before a
   * decision heading (an information item) is kept.
   */
  private static Optional<Candidate> paragraph(Lines lines, int p, int limit, Headings.Decision inside) {
    Optional<ParagraphLine> read = paragraphLine(lines.text(p)).or(() -> unmarkedParagraphLine(lines.text(p)));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String no = read.get().no();
    Dnr dnr = read.get().dnr();
    int titleLine = p;
    String title = read.get().title();
    if (title == null) {
      // the title may stand on the next page, after the page's furniture (blanked)
      titleLine = lines.nextNonBlank(p + 1, Math.min(limit, p + TITLE_REACH));
      // the Dnr on a line of its own, between the § and the title
      if (titleLine >= 0 && dnr == null && HeadParser.isDnrLine(lines.text(titleLine))) {
        dnr = Dnr.find(lines.text(titleLine)).orElse(null);
        titleLine = lines.nextNonBlank(titleLine + 1, Math.min(limit, titleLine + 4));
      }
      if (titleLine < 0 || !paragraphTitle(lines.text(titleLine))) {
        return Optional.empty();
      }
      title = lines.text(titleLine);
    }
    if (dnr == null) {
      // the registry number at the end of the title line: "Riktlinjer för placering Bun/2023:822 699"
      List<Dnr> all = Dnr.findAll(title);
      if (!all.isEmpty()) {
        Dnr last = all.get(all.size() - 1);
        int at = title.lastIndexOf(last.full());
        if (at > 3 && title.substring(at + last.full().length()).isBlank()) {
          dnr = last;
          title = title.substring(0, at).strip();
        }
      }
    }
    if (dnr == null) {
      // or on the line after the title
      int after = lines.nextNonBlank(titleLine + 1, Math.min(limit, titleLine + 2));
      if (after >= 0 && HeadParser.isDnrLine(lines.text(after))) {
        dnr = Dnr.find(lines.text(after)).orElse(null);
      }
    }
    // the decision heading right under the title ("Beslut"): the decision starts there, and the
    // lines between are the rest of a title broken over lines
    int anchor = titleLine;
    String heading = lines.text(titleLine);
    int next = lines.nextNonBlank(titleLine + 1, limit);
    StringBuilder fullTitle = new StringBuilder(title.strip());
    for (int k = 0; next >= 0 && k < 3; k++) {
      if (Headings.decision(lines.text(next)).isPresent()) {
        anchor = next;
        heading = lines.text(next);
        title = fullTitle.toString();
        break;
      }
      String t = lines.text(next);
      if (t.endsWith(".") || Headings.section(t).isPresent() || t.length() > 160) {
        break;
      }
      fullTitle.append(' ').append(t.strip());
      next = lines.nextNonBlank(next + 1, limit);
    }
    Head head = new Head(p, title.strip(), titleLine, true, dnr, "§ " + no, null, null, null, null);
    Headings.Decision decision = new Headings.Decision(inside == null ? null : inside.body(), true, heading);
    return Optional.of(new Candidate(anchor, decision, head));
  }

  /**
   * A paragraph's title may run long (a whole sentence of a title) and start with a word that is a
   * label elsewhere ("Datum för …"), but is no heading, registry number, date, role or name.
   */
  private static boolean paragraphTitle(String t) {
    return t.length() <= MAX_PARAGRAPH_TITLE && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))
        && t.indexOf('\t') < 0 && Headings.section(t).isEmpty() && Headings.decision(t).isEmpty()
        && !HeadParser.isBareDnr(t) && !Text.isDateOnly(t)
        && !Roles.isRole(t) && !Text.isPersonName(t);
  }

  /**
   * Which decision headings open an ärende: the first strong one, then each that has a header
   * block above it, that follows a decision document which visibly ended, or that is the own
   * nämnd's decision after another one's text. A decision heading quoted inside another ärende
   * (a protocol citing the board's earlier decision) opens none.
   */
  private static List<Span> spans(Lines lines, List<Candidate> candidates, int bound, String ownBody) {
    List<Span> accepted = new ArrayList<>();
    String own = ownBody == null ? null : Text.bodyKey(ownBody);
    for (Candidate c : candidates) {
      int a = c.anchor();
      if (a < bound || !accepted.isEmpty() && a <= accepted.get(accepted.size() - 1).decision()) {
        continue;
      }
      Headings.Decision decision = c.decision();
      int lower = accepted.isEmpty() ? bound : accepted.get(accepted.size() - 1).decision() + 1;
      Head head = c.head() != null ? c.head() : HeadParser.parse(lines, a, lower);
      boolean accept;
      if (c.head() != null) {
        accept = true;
      } else if (accepted.isEmpty()) {
        accept = decision.strong() || head.hasHeader();
      } else {
        Span previous = accepted.get(accepted.size() - 1);
        // up to and with the new title: a list that the title ends has ended
        Body sofar = BodyParser.parse(lines, previous.decision(), head.start());
        boolean ownAgain = own != null && decision.body() != null && Text.bodyKey(decision.body()).equals(own)
            && !head.title().isEmpty() && head.titleStart() > previous.decision() + 1;
        accept = head.hasHeader() || (sofar.closed() && (decision.strong() || !head.title().isEmpty()))
            || (decision.strong() && ownAgain);
      }
      if (accept) {
        accepted.add(new Span(a, decision, head, null, -1, c.head() != null));
      }
    }
    List<Span> out = new ArrayList<>();
    for (int k = 0; k < accepted.size(); k++) {
      Span s = accepted.get(k);
      int limit = k + 1 < accepted.size() ? accepted.get(k + 1).head().start() - 1 : lines.size() - 1;
      SectionKind first = s.protocolParagraph() && !decidesWithin(lines, s.decision(), limit)
          ? SectionKind.OTHER : SectionKind.BESLUT;
      Body body = BodyParser.parse(lines, s.decision(), limit, first, s.protocolParagraph());
      out.add(new Span(s.decision(), s.info(), s.head(), body, limit, s.protocolParagraph()));
    }
    return out;
  }

  /** True when a decision heading ("Beslut", "Nämndens beslut") stands in lines {@code from..to}. */
  private static boolean decidesWithin(Lines lines, int from, int to) {
    for (int i = from; i <= to && i < lines.size(); i++) {
      if (!lines.blank(i) && Headings.decision(lines.text(i)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The body whose decisions the document holds most of: the nämnd it belongs to. */
  private static String mostCommonBody(Lines lines, List<Integer> anchors) {
    // decision headings only: a paragraph's title names no body
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (int a : anchors) {
      String body = Headings.decision(lines.text(a)).map(Headings.Decision::body).orElse(null);
      if (body != null) {
        String key = Text.bodyKey(body);
        counts.merge(key, 1, Integer::sum);
        names.putIfAbsent(key, body);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> names.get(e.getKey())).orElse(null);
  }

  /** For each line, the index of the ärende (with its attachments) it belongs to, or -1. */
  private static int[] owners(int size, List<Span> spans) {
    int[] owner = new int[size];
    Arrays.fill(owner, -1);
    for (int k = 0; k < spans.size(); k++) {
      for (int i = spans.get(k).head().start(); i <= spans.get(k).limit() && i < size; i++) {
        owner[i] = k;
      }
    }
    return owner;
  }

  /** Attachments: the text between an ärende's end and the next ärende, split after signatures. */
  static List<Attachment> attachments(Lines lines, int from, int to) {
    List<Attachment> out = new ArrayList<>();
    int start = lines.nextNonBlank(from, to);
    while (start >= 0) {
      int end = to;
      for (int i = start + 1; i <= to; i++) {
        if (lines.blank(i)) {
          continue;
        }
        Optional<Signatures.Block> sig = Signatures.startingAt(lines, i, to);
        if (sig.isPresent()) {
          end = sig.get().end();
          break;
        }
      }
      String title = lines.text(start);
      if (title.length() > 120) {
        title = title.substring(0, 117).strip() + "…";
      }
      out.add(new Attachment(title, lines.location(start, end)));
      start = end >= to ? -1 : lines.nextNonBlank(end + 1, to);
    }
    return out;
  }

  /** Agenda items, for others in the package. */
  static Optional<AgendaItem> agendaItem(List<AgendaItem> agenda, Integer no) {
    return no == null ? Optional.empty() : agenda.stream().filter(a -> no.equals(a.no())).findFirst();
  }
}
