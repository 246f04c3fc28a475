package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Dnr;

/**
 * Reads the ärendelista of a kallelse or the föredragningslista of a protocol: numbered items,
 * each with a title and often a Dnr on the same line, the next line, or in a table cell.
 */
final class AgendaParser {

  /** The agenda and the lines it took. */
  record Agenda(List<AgendaItem> items, int start, int end) {
    static final Agenda NONE = new Agenda(List.of(), -1, -1);
  }

  private static final Pattern HEADING =
      Pattern.compile(
          "^(?:ärendelista|ärendelistan|föredragningslista|föredragningslistan|dagordning"
              + "|förslag till dagordning|ärenden|ärende|ärenden att behandla|program"
              + "|(?:nr\\.?|nummer|§|punkt)\\s+ärenden?(?:\\s+\\S+){0,3})\\s*:?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ITEM =
      Pattern.compile("^(?:§\\s*)?(?<no>\\d{1,2})\\s*[.):]?\\s+(?<title>\\D.*)$");
  private static final Pattern DNR_LINE =
      Pattern.compile("^(?:dnr|diarienummer|diarienr)\\.?:?\\s*(?<dnr>.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern INLINE_DNR =
      Pattern.compile("[,;]?\\s*\\(?(?:dnr|diarienummer|diarienr)\\.?:?\\s*(?<dnr>[^)]+?)\\)?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_DNR =
      Pattern.compile(
          "\\s+(?<dnr>(?:\\p{Lu}{2,6}\\s)?(?:19|20)\\d{2}\\s?[-/.]\\s?\\d{1,6}(?:\\s+\\d{1,2}(?:\\.\\d{1,3}){1,5})?)\\s*$");
  private static final Pattern SEKRETESS =
      Pattern.compile("\\s*[(\\[]?\\s*(?:sekretess|sekretessbelagd|omfattas av sekretess)\\b[^)\\]]*[)\\]]?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern STANDING =
      Pattern.compile(
          "^(?:upprop|val av (?:protokoll)?justerare|anmälan (?:av|om) jäv|justering|fastställande av (?:föredragningslista|dagordning)"
              + "|godkännande av (?:föredragningslista|dagordning)|information|förvaltningen informerar"
              + "|information från|övriga frågor|övrigt|allmänhetens frågestund|beredning av ärenden"
              + "|mötets öppnande|sammanträdets öppnande|meddelanden|ordföranden informerar"
              + "|frågor från ledamöter|nästa sammanträde|avslutning).*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MIN_ITEMS_WITHOUT_HEADING = 3;

  private AgendaParser() {}

  /** Looks for the agenda in lines {@code 0..limit}. */
  static Agenda parse(Lines lines, int limit) {
    for (int i = 0; i <= limit && i < lines.size(); i++) {
      if (lines.blank(i)) {
        continue;
      }
      boolean headed = HEADING.matcher(lines.text(i)).matches();
      int from = headed ? i + 1 : i;
      if (!headed && !startsList(lines.text(i))) {
        continue;
      }
      Agenda agenda = readItems(lines, from, limit);
      boolean anyDnr = agenda.items().stream().anyMatch(a -> a.dnr() != null);
      if (headed ? !agenda.items().isEmpty() : agenda.items().size() >= MIN_ITEMS_WITHOUT_HEADING && anyDnr) {
        return new Agenda(agenda.items(), headed ? i : agenda.start(), agenda.end());
      }
    }
    return Agenda.NONE;
  }

  private static boolean startsList(String t) {
    Matcher m = ITEM.matcher(t.split("\t")[0].strip() + (t.contains("\t") ? " x" : ""));
    return m.matches() && m.group("no").equals("1") || t.startsWith("1\t");
  }

  private static Agenda readItems(Lines lines, int from, int limit) {
    List<AgendaItem> items = new ArrayList<>();
    int expected = -1;
    int start = -1;
    int end = -1;
    String title = null;
    Dnr dnr = null;
    int itemStart = -1;
    int itemEnd = -1;
    int no = 0;
    for (int i = lines.nextNonBlank(from, limit); i >= 0; i = lines.nextNonBlank(i + 1, limit)) {
      String t = lines.text(i);
      Optional<Object[]> row = tableRow(t);
      Matcher item = ITEM.matcher(t);
      int rowNo = row.map(r -> (Integer) r[0]).orElse(-1);
      int lineNo = item.matches() ? Integer.parseInt(item.group("no")) : rowNo;
      boolean isNext = lineNo >= 0 && (expected < 0 ? lineNo <= 2 : lineNo == expected);
      if (isNext) {
        if (title != null) {
          items.add(item(no, title, dnr, lines.location(itemStart, itemEnd)));
        }
        no = lineNo;
        expected = lineNo + 1;
        if (row.isPresent()) {
          title = (String) row.get()[1];
          dnr = (Dnr) row.get()[2];
        } else {
          title = item.group("title").strip();
          dnr = null;
          Matcher inline = INLINE_DNR.matcher(title);
          Matcher trailing = TRAILING_DNR.matcher(title);
          if (inline.find() && inline.start() > 0) {
            dnr = Dnr.parse(inline.group("dnr")).orElse(null);
            if (dnr != null) {
              title = title.substring(0, inline.start()).strip();
            }
          } else if (trailing.find() && trailing.start() > 0) {
            dnr = Dnr.parse(trailing.group("dnr")).orElse(null);
            if (dnr != null) {
              title = title.substring(0, trailing.start()).strip();
            }
          }
        }
        itemStart = i;
        itemEnd = i;
        if (start < 0) {
          start = i;
        }
        end = i;
        continue;
      }
      if (title == null) {
        break;
      }
      Matcher dnrLine = DNR_LINE.matcher(t);
      if (dnrLine.matches() && dnr == null) {
        dnr = Dnr.parse(dnrLine.group("dnr")).orElse(null);
        itemEnd = i;
        end = i;
        continue;
      }
      if (dnr == null && lines.blanksBetween(itemEnd, i) <= 1 && isTitleContinuation(t)) {
        title = title + " " + t;
        itemEnd = i;
        end = i;
        continue;
      }
      break;
    }
    if (title != null) {
      items.add(item(no, title, dnr, lines.location(itemStart, itemEnd)));
    }
    return new Agenda(items, start, end);
  }

  private static boolean isTitleContinuation(String t) {
    return t.length() < 120 && !t.endsWith(".") && Headings.decision(t).isEmpty()
        && !Roles.isRole(t) && !HeadParser.isDnrLine(t) && Character.isLowerCase(t.codePointAt(0));
  }

  /** A table row of an agenda: number, title and Dnr in cells. */
  private static Optional<Object[]> tableRow(String t) {
    if (t.indexOf('\t') < 0) {
      return Optional.empty();
    }
    String[] cells = t.split("\t");
    if (cells.length < 2 || !cells[0].strip().matches("§?\\s*\\d{1,2}\\.?")) {
      return Optional.empty();
    }
    int no = Integer.parseInt(cells[0].replaceAll("\\D", ""));
    String title = cells[1].strip();
    Dnr dnr = null;
    for (int c = 2; c < cells.length && dnr == null; c++) {
      dnr = Dnr.parse(cells[c].strip()).orElse(null);
    }
    return Optional.of(new Object[] {no, title, dnr});
  }

  /** True for the title of a standing item: upprop, justering, information, övriga frågor. */
  static boolean isStandingTitle(String title) {
    return STANDING.matcher(title.strip()).matches();
  }

  /** True when the title carries a secrecy mark: "(sekretess)". */
  static boolean isSekretessTitle(String title) {
    return SEKRETESS.matcher(title).find();
  }

  /** The title without its secrecy mark. */
  static String withoutSekretess(String title) {
    return SEKRETESS.matcher(title).replaceAll(" ").strip();
  }

  private static AgendaItem item(int no, String rawTitle, Dnr dnr, se.namndkoll.model.Location loc) {
    boolean sekretess = SEKRETESS.matcher(rawTitle).find();
    String title = sekretess ? SEKRETESS.matcher(rawTitle).replaceAll(" ").strip() : rawTitle.strip();
    title = title.replaceAll("[\\s,;]+$", "");
    boolean standing = (dnr == null || dnr.isShort()) && STANDING.matcher(title).matches()
        || dnr != null && dnr.isShort();
    return new AgendaItem(no, title, dnr, sekretess, standing, loc);
  }
}
