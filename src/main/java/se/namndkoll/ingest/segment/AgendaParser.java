package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.AgendaWords;
import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Roles;
import se.namndkoll.ingest.vocabulary.SekretessWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Location;

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
  /** The list's note that an item's documents come later: "(handlingar senare)", "Handling delas ut på sammanträdet". */
  private static final Pattern DOCUMENTS_LATER =
      Pattern.compile(
          "\\s*[-–,(\\[]?\\s*(?:handling(?:ar|en)?\\s+(?:kommer\\s+|skickas\\s+|sänds\\s+|eftersänds|tillkommer|lämnas\\s+|delas\\s+ut\\s+)?"
              + "(?:senare|på\\s+sammanträdet|vid\\s+sammanträdet|eftersänds|tillkommer)"
              + "|(?:utdelas|delas\\s+ut)\\s+(?:på|vid)\\s+sammanträdet|(?:handlingar\\s+)?eftersänds)\\.?\\s*[)\\]]?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MIN_ITEMS_WITHOUT_HEADING = 3;
  /** The föredragande after a table item's title: "Anna Berg, jurist". */
  private static final Pattern PRESENTER =
      Pattern.compile("\\s+\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+){1,2}\\s*,\\s*\\p{Ll}[\\p{L}\\d ,&./-]{1,60}$");

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
      Agenda agenda = withRowsAbove(lines, readItems(lines, from, limit));
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
    Integer no = 0;
    for (int i = lines.nextNonBlank(from, limit); i >= 0; i = lines.nextNonBlank(i + 1, limit)) {
      String t = lines.text(i);
      Optional<Row> row = tableRow(t);
      Matcher item = ITEM.matcher(t);
      int rowNo = row.map(Row::no).orElse(-1);
      int lineNo = item.matches() ? Integer.parseInt(item.group("no")) : rowNo;
      boolean isNext = lineNo >= 0 && (expected < 0 ? lineNo <= 2 : lineNo == expected);
      if (isNext) {
        if (title != null) {
          items.add(item(no, title, dnr, lines.location(itemStart, itemEnd)));
        }
        no = lineNo;
        expected = lineNo + 1;
        if (row.isPresent()) {
          title = row.get().title();
          dnr = row.get().dnr();
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
          if (dnr == null) {
            // a table row read as one line: title, Beteckning and Förslag after each other
            Optional<Dnr> middle = Dnr.find(title);
            int at = middle.isPresent() && middle.get().prefix() != null ? title.indexOf(middle.get().full()) : -1;
            if (at > 3) {
              dnr = middle.get();
              title = title.substring(0, at).strip();
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
      Optional<Row> unnumbered = unnumberedRow(t);
      if (unnumbered.isPresent()) {
        // a row of the table whose number cell is empty: an item of its own, the count goes on
        items.add(item(no, title, dnr, lines.location(itemStart, itemEnd)));
        no = null;
        title = unnumbered.get().title();
        dnr = unnumbered.get().dnr();
        itemStart = i;
        itemEnd = i;
        end = i;
        continue;
      }
      Matcher dnrLine = DNR_LINE.matcher(t);
      if (dnrLine.matches() && dnr == null) {
        dnr = Dnr.parse(dnrLine.group("dnr")).orElse(null);
        itemEnd = i;
        end = i;
        continue;
      }
      if (dnr == null && startsWithRegistryNumber(t)) {
        // a table's cells read one after the other: the Beteckning cell, then the Förslag cell
        dnr = Dnr.find(t).orElse(null);
        if (SekretessWords.current().cell(t)) {
          title = markedSecret(title);
        }
        itemEnd = i;
        end = i;
        continue;
      }
      if (SekretessWords.current().isCell(t) || SekretessWords.current().statement(t)) {
        // the Förslag cell of a secret item, read on its own line ("Sekretessärende"), or a line
        // under the item that says it is covered by secrecy
        title = markedSecret(title);
        itemEnd = i;
        end = i;
        continue;
      }
      if (PRESENTER_LINE.matcher(t).matches()) {
        // the föredragande under the title: "Anna Berg, jurist"
        itemEnd = i;
        end = i;
        continue;
      }
      if (dnr == null && lines.blanksBetween(itemEnd, i) == 0 && beforePresenter(lines, i, limit)
          && isBrokenTitle(t)) {
        // the rest of a title broken over lines, above the föredragande's line: "… per april" / "2024"
        title = title + " " + t.strip();
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
      // a list broken by a page's footer and header, or a table by its repeated header row; a
      // registry number among the lines skipped is still the item's
      int resume = resumeAt(lines, i, limit, expected);
      if (resume >= 0) {
        for (int k = i; dnr == null && k < resume; k++) {
          if (!lines.blank(k) && startsWithRegistryNumber(lines.text(k))) {
            dnr = Dnr.find(lines.text(k)).orElse(null);
          }
        }
        i = resume - 1;
        continue;
      }
      break;
    }
    if (title != null) {
      items.add(item(no, title, dnr, lines.location(itemStart, itemEnd)));
    }
    return new Agenda(items, start, end);
  }

  private static final int RESUME_WINDOW = 16;
  private static final Pattern PRESENTER_LINE =
      Pattern.compile("^\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+){1,2}\\s*,\\s*\\p{Ll}[\\p{L}\\d ,&./-]{1,60}$");

  /** A line that opens with a registry number with its prefix: "IF-2024-00013 Förslag till beslut …". */
  private static boolean startsWithRegistryNumber(String t) {
    Optional<Dnr> d = Dnr.find(t);
    return d.isPresent() && d.get().prefix() != null && t.strip().startsWith(d.get().full());
  }

  /**
   * Where the list goes on with the expected item after lines that interrupt it (a page's footer
   * and header, a table's caption and header row, the signatures printed between two tables), or
   * -1 where it does not within a few lines or a heading ends it first.
   */
  private static int resumeAt(Lines lines, int from, int limit, int expected) {
    if (expected < 2) {
      return -1;
    }
    int seen = 0;
    for (int j = from; j >= 0 && seen < RESUME_WINDOW; j = lines.nextNonBlank(j + 1, limit)) {
      String t = lines.text(j);
      Matcher item = ITEM.matcher(t);
      Optional<Row> row = tableRow(t);
      int no = item.matches() ? Integer.parseInt(item.group("no")) : row.map(Row::no).orElse(-1);
      if (no == expected) {
        return j;
      }
      if (Headings.decision(t).isPresent() || Headings.section(t).isPresent()) {
        return -1;
      }
      seen++;
    }
    return -1;
  }

  /** The next line but blanks is a föredragande's "Name, role". */
  private static boolean beforePresenter(Lines lines, int i, int limit) {
    int next = lines.nextNonBlank(i + 1, limit);
    return next >= 0 && lines.blanksBetween(i, next) <= 1 && PRESENTER_LINE.matcher(lines.text(next)).matches();
  }

  /** A line that can be the rest of a title: no sentence, no number of the list, no Dnr, no role. */
  private static boolean isBrokenTitle(String t) {
    return t.length() < 120 && !t.endsWith(".") && t.indexOf('\t') < 0 && !ITEM.matcher(t).matches()
        && !Roles.isRole(t) && !HeadParser.isDnrLine(t) && Headings.decision(t).isEmpty()
        && !PRESENTER_LINE.matcher(t).matches();
  }

  private static boolean isTitleContinuation(String t) {
    return t.length() < 120 && !t.endsWith(".") && Headings.decision(t).isEmpty()
        && !Roles.isRole(t) && !HeadParser.isDnrLine(t) && Character.isLowerCase(t.codePointAt(0));
  }

  private static final Pattern NUMBER_AND_TITLE_CELL = Pattern.compile("^(§?\\s*\\d{1,2}\\.?)\\s+(\\p{L}.*)$");

  /** A table's heading row: "Ärende", "Beteckning", "Förslag" and the like in its cells. */
  private static final Pattern COLUMN_HEADING = Pattern.compile(
      "^(?:nr|nummer|punkt|§|ärende|ärenden|rubrik|beteckning|dnr|diarienummer|förslag|förslag till beslut"
          + "|föredragande|handlingar|tid)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A row of the agenda's table whose number cell is empty (the row starts with an empty cell) and
   * whose next cell holds a title: an item the list gives no number ("Val av justerare" above item
   * 1). A heading row is none, nor a cell of text that only goes on from the row above.
   */
  private static Optional<Row> unnumberedRow(String t) {
    if (t.isEmpty() || t.charAt(0) != '\t') {
      return Optional.empty();
    }
    String[] cells = t.substring(1).split("\t", -1);
    String title = cells[0].strip();
    if (title.length() < 3 || !Character.isUpperCase(title.codePointAt(0)) || title.endsWith(".")
        || title.length() > 200) {
      return Optional.empty();
    }
    for (String c : cells) {
      if (COLUMN_HEADING.matcher(c.strip()).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(row(null, cells[0], cells, 1));
  }

  private static final int MAX_ROWS_ABOVE = 5;

  /** The unnumbered rows of the table right above its first numbered item, put before it. */
  private static Agenda withRowsAbove(Lines lines, Agenda agenda) {
    if (agenda.items().isEmpty() || agenda.start() < 0) {
      return agenda;
    }
    List<AgendaItem> above = new ArrayList<>();
    int start = agenda.start();
    for (int k = lines.prevNonBlank(agenda.start() - 1, 0); k >= 0 && above.size() < MAX_ROWS_ABOVE;
        k = lines.prevNonBlank(k - 1, 0)) {
      Optional<Row> row = unnumberedRow(lines.text(k));
      if (row.isEmpty() || lines.blanksBetween(k, start) > 1) {
        break;
      }
      above.add(0, item(null, row.get().title(), row.get().dnr(), lines.location(k, k)));
      start = k;
    }
    if (above.isEmpty()) {
      return agenda;
    }
    above.addAll(agenda.items());
    return new Agenda(above, start, agenda.end());
  }

  /** A table row of an agenda: number, title and Dnr in cells. */
  private static Optional<Row> tableRow(String t) {
    if (t.indexOf('\t') < 0) {
      return Optional.empty();
    }
    String[] cells = t.split("\t");
    if (cells.length < 2) {
      return Optional.empty();
    }
    Matcher numbered = NUMBER_AND_TITLE_CELL.matcher(cells[0].strip());
    if (numbered.matches()) {
      // the number and the title in one cell, as a PDF sets them close together: "3 Ekonomisk …"
      String[] split = new String[cells.length + 1];
      split[0] = numbered.group(1);
      split[1] = numbered.group(2);
      System.arraycopy(cells, 1, split, 2, cells.length - 1);
      cells = split;
    } else if (!cells[0].strip().matches("§?\\s*\\d{1,2}\\.?")) {
      return Optional.empty();
    }
    return Optional.of(row(Integer.parseInt(cells[0].replaceAll("\\D", "")), cells[1], cells, 2));
  }

  /** A table row's item: its number, its title cell (without the föredragande) and the cells after it. */
  private record Row(Integer no, String title, Dnr dnr) {}

  /** The item of a row: the title cell, then the first Dnr and any secrecy mark in the cells from {@code from}. */
  private static Row row(Integer no, String titleCell, String[] cells, int from) {
    String title = PRESENTER.matcher(titleCell.strip()).replaceFirst("");
    Dnr dnr = null;
    boolean sekretess = false;
    for (int c = from; c < cells.length; c++) {
      if (dnr == null) {
        dnr = Dnr.parse(cells[c].strip()).orElse(null);
      }
      sekretess |= SekretessWords.current().cell(cells[c]);
    }
    return new Row(no, sekretess ? markedSecret(title) : title, dnr);
  }

  /** The title with the secrecy mark a column or cell gave the item, as a title itself carries it. */
  private static String markedSecret(String title) {
    return SekretessWords.current().marked(title) ? title : title + " (sekretess)";
  }

  private static AgendaItem item(Integer no, String rawTitle, Dnr dnr, Location loc) {
    Matcher later = DOCUMENTS_LATER.matcher(rawTitle);
    boolean documentsLater = later.find();
    if (documentsLater) {
      rawTitle = later.replaceAll(" ");
    }
    boolean sekretess = SekretessWords.current().marked(rawTitle);
    String title = SekretessWords.current().withoutMarks(rawTitle).strip();
    title = title.replaceAll("[\\s,;]+$", "");
    boolean standing = (dnr == null || dnr.isShort()) && AgendaWords.isStandingTitle(title)
        || dnr != null && dnr.isShort();
    return new AgendaItem(no, title, dnr, sekretess, standing, documentsLater, loc);
  }
}
