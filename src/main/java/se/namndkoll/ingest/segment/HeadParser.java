package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Roles;
import se.namndkoll.ingest.vocabulary.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.Dnr;
import se.namndkoll.text.EditDistance;

/**
 * Reads the head of an ärende upward from its decision heading: first the title, then the header
 * block above it, in whatever order and layout the kommun writes its labels and values.
 */
final class HeadParser {

  private static final int MAX_TITLE_LINES = 4;
  private static final int MAX_HEADER_LINES = 18;
  private static final int WRAPPED_TITLE_LINE = 45;

  /** The labels of a decision document's header, in the order they are tried. */
  private static final List<String> LABELS = List.of("handläggare", "kontaktperson", "föredragande", "datum",
      "utfärdat", "instans", "dnr", "diarienummer", "diarienr", "sida", "vår referens", "er referens", "ert datum",
      "vår beteckning", "beslutsinstans", "mottagare", "sammanträdesdatum", "paragraf", "ärendenummer", "telefon",
      "e-post", "referens", "till", "från");
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?<label>" + String.join("|", LABELS)
              + "|[\\p{L}\\- ]{3,40}s sammanträde)"
              + "(?=$|[\\s:.])[.:]?\\s*(?<value>.{0,80})$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MARKER =
      Pattern.compile(
          "^(?:tjänsteskrivelse|tjänsteutlåtande|utlåtande|nämndskrivelse|skrivelse|protokollsutdrag|utdrag ur protokoll"
              + "|utdrag ur sammanträdesprotokoll|protokoll|sammanträdesprotokoll|delegationsbeslut"
              + "|yttrande|missiv|alternativt förslag|förslag|kallelse|beslut|ordförandebeslut"
              + "|initiativärende|motion|interpellation)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PARAGRAPH = Pattern.compile("^§\\s*(\\d{1,4})\\b");
  /** A document-type banner in capitals at the top of a page: "NÄMNDSKRIVELSE", "ANMÄLNINGSÄRENDEN". */
  private static final Pattern BANNER = Pattern.compile("^\\p{Lu}{4,30}(?: \\p{Lu}{2,20})?$");
  private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+\\.\\w{2,}$");
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}\\- ]{2,60}(?:nämnd|nämnden|styrelsen|fullmäktige|utskott|utskottet"
              + "|förvaltning|förvaltningen|kontoret|kontor|avdelningen|enheten|stad|kommun|region"
              + "|stadsrevisionen|revisionen|kansliet)$",
          Pattern.UNICODE_CASE);
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,2}[.)]|[•\\-–])\\s+\\S");
  private static final Pattern PARENTHETICAL = Pattern.compile("^\\(.*\\)$");

  private HeadParser() {}

  static Head parse(Lines lines, int decision, int bound) {
    int i = lines.prevNonBlank(decision - 1, bound);
    int skipped = 0;
    while (i >= 0 && skipped < 2 && PARENTHETICAL.matcher(lines.text(i)).matches()) {
      i = lines.prevNonBlank(i - 1, bound);
      skipped++;
    }
    List<Integer> titleLines = new ArrayList<>();
    while (i >= 0 && titleLines.size() < MAX_TITLE_LINES && isTitleLike(lines.text(i))) {
      titleLines.add(0, i);
      int prev = i - 1;
      // a title wraps only from a full line above it; a short line above is something else
      if (prev < bound || lines.blank(prev) || lines.text(prev).length() < WRAPPED_TITLE_LINE) {
        break;
      }
      i = prev;
    }
    int titleStart = titleLines.isEmpty() ? decision : titleLines.get(0);
    String title = String.join(" ", titleLines.stream().map(lines::text).toList()).strip();

    List<Integer> header = new ArrayList<>();
    int j = lines.prevNonBlank(titleStart - 1, bound);
    boolean dnrSeen = false;
    while (j >= 0 && header.size() < MAX_HEADER_LINES) {
      String t = lines.text(j);
      if (isDnrLine(t)) {
        boolean hasValue = Dnr.find(t).isPresent() || PARAGRAPH.matcher(t).lookingAt();
        if (dnrSeen && hasValue) {
          break;
        }
        dnrSeen |= hasValue;
      } else if (!isHeaderLike(lines, j, bound)) {
        break;
      }
      header.add(0, j);
      j = lines.prevNonBlank(j - 1, bound);
    }
    // A title that is itself a header line ("Delegationsbeslut" marker only) is not a title.
    if (!title.isEmpty() && MARKER.matcher(title).matches() && header.isEmpty()) {
      header.add(titleLines.get(0));
      title = "";
    }
    Head head = headOf(lines, header, title, titleStart);
    return head.dnr() != null ? head : withDnrAbove(lines, head, bound);
  }

  private static final int DNR_REACH = 15;

  /**
   * A header block broken by the förvaltning's address or a logo's text keeps its registry number
   * above the break: the nearest Dnr line above the title, within a few lines of the same ärende.
   */
  private static Head withDnrAbove(Lines lines, Head head, int bound) {
    int seen = 0;
    for (int j = lines.prevNonBlank(head.start() - 1, bound); j >= 0 && seen < DNR_REACH;
        j = lines.prevNonBlank(j - 1, bound)) {
      String t = lines.text(j);
      if (Headings.decision(t).isPresent() || Headings.section(t).isPresent()) {
        break;
      }
      if (isDnrLine(t)) {
        Optional<Dnr> dnr = Dnr.find(t);
        if (dnr.isPresent()) {
          return new Head(head.start(), head.title(), head.titleStart(), head.hasHeader(), dnr.get(), head.paragraph(),
              head.handlaggare(), head.date(), head.instans(), head.marker());
        }
      }
      seen++;
    }
    return head;
  }

  private static Head headOf(Lines lines, List<Integer> header, String title, int titleStart) {
    List<String> items = new ArrayList<>();
    for (int h = 0; h < header.size(); h++) {
      List<String> cells = cells(lines.text(header.get(h)));
      List<String> below = h + 1 < header.size() ? cells(lines.text(header.get(h + 1))) : List.of();
      if (cells.size() >= 2 && below.size() == cells.size() && cells.stream().allMatch(HeadParser::isBareLabel)) {
        // a row of labels over a row of values, as a scan's columns read across: label, value, label, value
        for (int c = 0; c < cells.size(); c++) {
          items.add(cells.get(c));
          items.add(below.get(c));
        }
        h++;
      } else {
        items.addAll(cells);
      }
    }
    Dnr dnr = null;
    String paragraph = null;
    String handlaggare = null;
    LocalDate date = null;
    String instans = null;
    String marker = null;
    boolean labelled = false;
    for (int k = 0; k < items.size(); k++) {
      String t = items.get(k);
      Matcher p = PARAGRAPH.matcher(t);
      if (p.find() && paragraph == null) {
        paragraph = "§ " + p.group(1);
      }
      if (dnr == null && (isDnrLine(t) || p.lookingAt())) {
        dnr = Dnr.find(t).orElse(null);
      }
      if (MARKER.matcher(t).matches() && marker == null) {
        marker = t;
      }
      Matcher l = LABEL.matcher(t);
      if (!l.matches()) {
        continue;
      }
      String label = l.group("label").toLowerCase(Text.SV);
      String value = l.group("value").strip();
      String next = k + 1 < items.size() ? items.get(k + 1) : "";
      String prev = k > 0 ? items.get(k - 1) : "";
      switch (label) {
        case "handläggare", "kontaktperson", "föredragande" -> {
          labelled = true;
          if (Text.isPersonName(stripPhone(value))) {
            handlaggare = stripPhone(value);
          } else if (Text.isPersonName(prev)) {
            handlaggare = prev;
          } else if (Text.isPersonName(next)) {
            handlaggare = next;
          }
        }
        case "datum", "utfärdat" -> {
          Optional<LocalDate> d = Text.firstDate(value.isEmpty() ? next : value);
          if (d.isPresent() && date == null) {
            date = d.get();
          }
        }
        case "instans", "beslutsinstans", "till" -> {
          String v = value.isEmpty() ? next : value;
          if (instans == null && !v.isEmpty() && !LABEL.matcher(v).matches()) {
            instans = v;
          }
        }
        default -> { }
      }
    }
    if (date == null) {
      for (String item : items) {
        if (Text.isDateOnly(item)) {
          date = Text.firstDate(item).orElse(null);
          break;
        }
      }
    }
    boolean hasHeader = dnr != null || paragraph != null || labelled;
    int start = header.isEmpty() ? titleStart : Math.min(header.get(0), titleStart);
    return new Head(start, title, titleStart, hasHeader, dnr, paragraph, handlaggare, date, instans, marker);
  }

  /** A name without what may follow it on the line: a phone number, ", utredare". */
  private static String stripPhone(String value) {
    String v = value.replaceAll("[,;]?\\s*(?:tel\\.?:?\\s*)?\\+?\\d[\\d \\-]{5,}$", "").strip();
    int comma = v.indexOf(',');
    return comma > 0 ? v.substring(0, comma).strip() : v;
  }

  static boolean isDnrLine(String line) {
    if (line.indexOf('\t') >= 0) {
      for (String cell : line.split("\t")) {
        if (!cell.isBlank() && isDnrLine(cell.strip())) {
          return true;
        }
      }
      return false;
    }
    String t = line;
    String lower = t.toLowerCase(Text.SV);
    boolean labelled =
        lower.startsWith("dnr") || lower.startsWith("diarienummer") || lower.startsWith("diarienr")
            || lower.startsWith("vår beteckning") || lower.startsWith("ärendenummer");
    return (labelled || PARAGRAPH.matcher(t).lookingAt()) && (Dnr.find(t).isPresent() || labelled)
        || isBareDnr(t);
  }

  /** A line that is a registry number and nothing else: the value under a "Dnr" label. */
  static boolean isBareDnr(String t) {
    String s = t.strip();
    return s.length() <= 40 && Dnr.find(s).map(d -> d.full().length() >= s.replace("**", "").length() - 1).orElse(false);
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    for (String cell : line.split("\t")) {
      if (!cell.isBlank()) {
        out.add(spelled(cell.strip()));
      }
    }
    return out;
  }

  private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}{5,})(?=$|[\\s:.])");

  /**
   * A header cell whose label has a letter wrong, as a scan gives it ("Telefen", "Handlaggare"),
   * with the label spelled right; any other cell as it is.
   */
  static String spelled(String cell) {
    Matcher m = FIRST_WORD.matcher(cell);
    if (!m.find() || LABEL.matcher(cell).matches()) {
      return cell;
    }
    String word = m.group(1).toLowerCase(Text.SV);
    for (String label : LABELS) {
      if (label.length() >= 5 && label.indexOf(' ') < 0 && label.indexOf('-') < 0
          && EditDistance.of(word, label, 1) <= 1) {
        String right = Character.isUpperCase(m.group(1).charAt(0))
            ? Character.toUpperCase(label.charAt(0)) + label.substring(1) : label;
        return right + cell.substring(m.end(1));
      }
    }
    return cell;
  }

  private static boolean isBareLabel(String cell) {
    Matcher l = LABEL.matcher(cell);
    return l.matches() && l.group("value").isBlank();
  }

  private static boolean isHeaderLike(Lines lines, int j, int bound) {
    String t = lines.text(j).indexOf('\t') >= 0 ? lines.text(j) : spelled(lines.text(j));
    if (t.indexOf('\t') >= 0) {
      boolean any = false;
      for (String cell : t.split("\t")) {
        String c = cell.strip();
        if (c.isEmpty()) {
          continue;
        }
        // a name in a row under (or over) the row that holds "Handläggare" is the handläggare's
        if (!isHeaderCell(spelled(c)) && !(Text.isPersonName(c) && nextToHandlaggareLabel(lines, j, bound))) {
          return false;
        }
        any = true;
      }
      return any;
    }
    if (t.length() > 100 || Roles.isRole(t)) {
      return false;
    }
    if (LABEL.matcher(t).matches() || MARKER.matcher(t).matches() || PARAGRAPH.matcher(t).lookingAt()
        || BANNER.matcher(t).matches()) {
      return true;
    }
    if (Text.isDateOnly(t) || Text.isPhone(t) || EMAIL.matcher(t).matches()) {
      return true;
    }
    if (t.startsWith("För ") || t.startsWith("för ")) {
      return false;
    }
    if (ORGANISATION.matcher(t).matches() && t.split("\\s+").length <= 7) {
      return true;
    }
    if (Text.isPersonName(t)) {
      return nextToHandlaggareLabel(lines, j, bound);
    }
    return false;
  }

  /** A cell of a header table: a label with or without its value, a date, a number. */
  private static boolean isHeaderCell(String c) {
    return c.length() <= 100 && (LABEL.matcher(c).matches() || MARKER.matcher(c).matches()
        || PARAGRAPH.matcher(c).lookingAt() || isDnrLine(c) || Text.isDateOnly(c) || Text.isPhone(c)
        || EMAIL.matcher(c).matches() || ORGANISATION.matcher(c).matches());
  }

  private static boolean nextToHandlaggareLabel(Lines lines, int j, int bound) {
    int below = lines.nextNonBlank(j + 1, lines.size() - 1);
    int above = lines.prevNonBlank(j - 1, bound);
    return isHandlaggareLabel(below >= 0 ? lines.text(below) : "")
        || isHandlaggareLabel(above >= 0 ? lines.text(above) : "");
  }

  private static boolean isHandlaggareLabel(String t) {
    String lower = t.toLowerCase(Text.SV);
    return lower.startsWith("handläggare") || lower.startsWith("kontaktperson")
        || lower.startsWith("föredragande");
  }

  static boolean isTitleLike(String t) {
    if (t.isEmpty() || t.length() > 220 || t.indexOf('\t') >= 0) {
      return false;
    }
    if (LIST_ITEM.matcher(t).find() || Roles.isRole(t) || isDnrLine(t)) {
      return false;
    }
    if (Headings.section(t).isPresent() || Headings.decision(t).isPresent()) {
      return false;
    }
    if (LABEL.matcher(t).matches() || Text.isDateOnly(t) || Text.isPhone(t)) {
      return false;
    }
    if (Text.isPersonName(t)) {
      return false;
    }
    return !(t.endsWith(".") && t.split("\\s+").length > 12);
  }
}
