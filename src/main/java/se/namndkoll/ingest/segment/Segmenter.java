package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Attachment;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Line;
import se.namndkoll.model.Meeting;

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
    int firstAnchor = anchors.isEmpty() ? lines.size() - 1 : anchors.get(0);
    AgendaParser.Agenda agenda = AgendaParser.parse(lines, firstAnchor - 1);
    Optional<Meeting> meeting = MeetingParser.parse(lines, firstAnchor - 1);
    int bound = agenda.end() >= 0 ? agenda.end() + 1 : 0;
    String ownBody = meeting.map(Meeting::namnd).orElseGet(() -> mostCommonBody(lines, anchors));
    List<Span> spans = spans(lines, anchors, bound, ownBody);
    List<Arende> arenden = ArendeBuilder.build(lines, spans, agenda.items(), ownBody);
    int[] owner = owners(lines.size(), spans);
    java.util.function.IntFunction<String> dnrAt =
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
        lineList);
  }

  private static List<Meeting> meetingOf(Optional<Meeting> meeting, String ownBody) {
    if (meeting.isPresent()) {
      Meeting m = meeting.get();
      return List.of(m.namnd() == null ? new Meeting(ownBody, m.date(), m.time(), m.place()) : m);
    }
    return ownBody == null ? List.of() : List.of(new Meeting(ownBody, null, null, null));
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

  /**
   * Which decision headings open an ärende: the first strong one, then each that has a header
   * block above it, that follows a decision document which visibly ended, or that is the own
   * nämnd's decision after another one's text. A decision heading quoted inside another ärende
   * (a protocol citing the board's earlier decision) opens none.
   */
  private static List<Span> spans(Lines lines, List<Integer> anchors, int bound, String ownBody) {
    List<Span> accepted = new ArrayList<>();
    String own = ownBody == null ? null : Text.bodyKey(ownBody);
    for (int a : anchors) {
      if (a < bound) {
        continue;
      }
      Headings.Decision decision = Headings.decision(lines.text(a)).orElseThrow();
      int lower = accepted.isEmpty() ? bound : accepted.get(accepted.size() - 1).decision() + 1;
      Head head = HeadParser.parse(lines, a, lower);
      boolean accept;
      if (accepted.isEmpty()) {
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
        accepted.add(new Span(a, decision, head, null, -1));
      }
    }
    List<Span> out = new ArrayList<>();
    for (int k = 0; k < accepted.size(); k++) {
      Span s = accepted.get(k);
      int limit = k + 1 < accepted.size() ? accepted.get(k + 1).head().start() - 1 : lines.size() - 1;
      Body body = BodyParser.parse(lines, s.decision(), limit);
      out.add(new Span(s.decision(), s.info(), s.head(), body, limit));
    }
    return out;
  }

  /** The body whose decisions the document holds most of: the nämnd it belongs to. */
  private static String mostCommonBody(Lines lines, List<Integer> anchors) {
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
    java.util.Arrays.fill(owner, -1);
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
    return no == null ? Optional.empty() : agenda.stream().filter(a -> a.no() == no).findFirst();
  }
}
