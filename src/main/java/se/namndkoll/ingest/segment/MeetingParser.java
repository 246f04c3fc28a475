package se.namndkoll.ingest.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.ingest.vocabulary.Text;
import se.namndkoll.model.Meeting;

/**
 * Reads which nämnd meets, when and where, from a kallelse ("… ledamöter och ersättare kallas
 * härmed till sammanträde i Stadshuset, tisdagen den 10 mars 2026 kl. 14.00", "Ledamöter och
 * ersättare i Tekniska nämnden kallas …") or a protocol's header ("Sammanträdesdatum 2026-03-10",
 * "Plats och tid …"), in lines or in the cells of a header table.
 */
final class MeetingParser {

  private static final Pattern SUMMONS =
      Pattern.compile(
          "^(?<namnd>.{3,80}?)(?<members>s\\s+(?:ordinarie\\s+)?ledamöter(?:\\s+och\\s+ersättare)?)?\\s+kallas"
              + "(?:\\s+härmed)?\\s+till\\s+(?:sammanträde|möte)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MEMBERS_OF =
      Pattern.compile(
          "^(?:ordinarie\\s+)?ledamöter(?:\\s+och\\s+ersättare)?\\s+(?:i|för)\\s+(?<namnd>.{3,80}?)\\s+kallas",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SUMMONS_HEADING =
      Pattern.compile("^kallelse\\s+till\\s+(?:sammanträde|möte)\\s+(?:med|i|för)\\s+(?<namnd>.{3,80}?)\\.?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BODY_MEETS =
      Pattern.compile(
          "^(?<namnd>\\p{Lu}[\\p{L}\\- ]{2,60}?(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet))(?:s\\s+|,\\s*)"
              + "(?:sammanträde|möte)\\s*:?\\s*(?<value>.*)$",
          Pattern.UNICODE_CASE);
  private static final Pattern PLACE_IN_SUMMONS =
      Pattern.compile(
          "sammanträde\\s+(?:i|på)\\s+(?<place>.+?),?\\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\\b|den\\s+\\d|\\d{4}-\\d{2}-\\d{2})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PLACE_AFTER_TIME =
      Pattern.compile("\\bkl(?:ockan|\\.)?\\s*\\d{1,2}[.:]\\d{2}(?:\\s*[-–]\\s*\\d{1,2}[.:]\\d{2})?,?\\s+(?:i|på)\\s+(?<place>[^.]{3,120})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TIME = Pattern.compile("\\bkl(?:ockan|\\.)?\\s*(\\d{1,2})[.:](\\d{2})");
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?<label>sammanträdesdatum|sammanträdesdag|sammanträde|mötesdatum|datum och tid|tid och plats|plats och tid(?= för)|plats och tid"
              + "|plats|lokal|mötesplats|instans|tid)(?:\\s*:\\s*|\\s+|$)(?<value>.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROTOCOL_TITLE =
      Pattern.compile(
          "^(?:sammanträdes)?protokoll(?:sutdrag)?\\s+(?:för\\s+|från\\s+)?(?<namnd>.{3,80}?)(?:s\\s+sammanträde.*)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "^(?<namnd>\\p{Lu}[\\p{L}\\- ]{2,60}(?:nämnden|styrelsen|fullmäktige|utskott|utskottet)"
              + "|(?:Nämnden|Styrelsen|Utskottet|Beredningen) för \\p{L}[\\p{L}&,\\- ]{2,60})"
              + "(?:,\\s*(?<parent>\\p{Lu}[\\p{L}\\- ]{2,60}(?:nämnden|styrelsen)))?$",
          Pattern.UNICODE_CASE);
  private static final Pattern PROTOCOL_WORD =
      Pattern.compile("^(?:sammanträdes)?protokoll(?:sutdrag)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROTOCOL_IN_LINE =
      Pattern.compile("\\b(?:sammanträdes)?protokoll\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DATE_LABEL = Pattern.compile("^datum\\s*:?\\s*(?:\\d{4}-\\d{2}-\\d{2})?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern KOMMUN_FIRST =
      Pattern.compile("^\\p{L}+s?\\s+(?:kommun|stad|KOMMUN|STAD)\\s*[,:–-]?\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
  private static final int ORGANISATION_LINES = 12;
  private static final int HEAD_LINES = 80;

  private MeetingParser() {}

  /** The meeting named in lines {@code 0..limit}, if any. */
  static Optional<Meeting> parse(Lines lines, int limit) {
    Found f = new Found();
    List<String> items = new ArrayList<>();
    for (int i = 0; i <= limit && i < lines.size() && items.size() < HEAD_LINES; i++) {
      if (!lines.blank(i)) {
        for (String cell : lines.text(i).split("\t")) {
          if (!cell.isBlank()) {
            items.add(cell.strip());
          }
        }
      }
    }
    for (int k = 0; k < items.size(); k++) {
      read(f, items.get(k), k + 1 < items.size() ? items.get(k + 1) : "", k);
    }
    if (f.protocolOf != null && f.organisation != null
        && Text.bodyKey(f.protocolOf).equals(Text.bodyKey(f.organisation))) {
      f.protocolOf = f.organisation;
    }
    String namnd = f.summoned != null ? f.summoned : f.protocolOf != null ? f.protocolOf
        : f.date != null ? (f.organisation != null ? f.organisation : f.instans) : null;
    if (namnd == null && f.date == null) {
      return Optional.empty();
    }
    String parent = namnd != null && namnd.equals(f.organisation) ? f.parent : null;
    if (namnd != null) {
      // "JÖNKÖPINGS KOMMUN Barn- och utbildningsnämnden": the letterhead's kommun is no part of it
      namnd = KOMMUN_FIRST.matcher(namnd).replaceFirst("");
      // a layout label printed beside the name: "Nämnden för Kultur & Fritid Datum"
      namnd = namnd.replaceFirst("\\s+(?:Datum|Sida|Dnr|Diarienummer|Sammanträdesdatum)$", "");
    }
    return Optional.of(new Meeting(namnd, f.date, f.time, f.place, parent));
  }

  private static final class Found {
    String summoned;
    String protocolOf;
    String organisation;
    String parent;
    String instans;
    LocalDate date;
    String time;
    String place;
    boolean protocolHead;
  }

  private static void read(Found f, String t, String next, int index) {
    Matcher summons = SUMMONS.matcher(t);
    Matcher membersOf = MEMBERS_OF.matcher(t);
    if (f.summoned == null && (membersOf.find() || summons.find())) {
      f.summoned = (membersOf.find(0) ? membersOf.group("namnd") : summons.group("namnd")).strip();
      String sentence = t + " " + next;
      f.date = Text.firstDate(sentence).orElse(f.date);
      time(f, sentence);
      Matcher pm = PLACE_IN_SUMMONS.matcher(sentence);
      Matcher after = PLACE_AFTER_TIME.matcher(sentence);
      if (pm.find()) {
        f.place = pm.group("place").strip();
      } else if (after.find()) {
        f.place = after.group("place").strip();
      }
      return;
    }
    Matcher heading = SUMMONS_HEADING.matcher(t);
    if (f.summoned == null && heading.matches() && Text.containsBodyWord(heading.group("namnd"))) {
      String n = heading.group("namnd").strip();
      f.summoned = Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
    Matcher meets = BODY_MEETS.matcher(t);
    if (meets.matches()) {
      String value = meets.group("value").isBlank() ? next : meets.group("value");
      Optional<LocalDate> d = Text.firstDate(value);
      if (d.isPresent()) {
        f.date = f.date == null ? d.get() : f.date;
        f.protocolOf = f.protocolOf == null ? meets.group("namnd").strip() : f.protocolOf;
      }
    }
    Matcher org = ORGANISATION.matcher(t);
    if (org.matches() && index < ORGANISATION_LINES && f.organisation == null) {
      f.organisation = org.group("namnd").strip();
      f.parent = org.group("parent");
    }
    if (f.protocolOf == null && PROTOCOL_WORD.matcher(t).matches() && ORGANISATION.matcher(next).matches()) {
      Matcher n = ORGANISATION.matcher(next);
      if (n.matches()) {
        f.protocolOf = n.group("namnd").strip();
        f.parent = n.group("parent");
        f.organisation = f.protocolOf;
      }
    }
    Matcher protocol = PROTOCOL_TITLE.matcher(t);
    if (protocol.matches() && f.protocolOf == null && Text.containsBodyWord(protocol.group("namnd"))) {
      f.protocolOf = protocol.group("namnd").replaceAll("[,\\s]+(?:den\\s+)?\\d{4}-\\d{2}-\\d{2}.*$", "").strip();
    }
    if (PROTOCOL_IN_LINE.matcher(t).find()) {
      f.protocolHead = true;
    }
    if (f.date == null && index < ORGANISATION_LINES && PROTOCOL_IN_LINE.matcher(t).find() && t.length() <= 120
        && Text.firstDate(t).isPresent()) {
      // "KOMMUNEN SAMMANTRÄDESPROTOKOLL Nämnden 2023-10-24": the protocol's head with its date
      f.date = Text.firstDate(t).orElse(null);
    }
    if (f.protocolHead && f.date == null && index < ORGANISATION_LINES && Text.isDateOnly(t)) {
      // a protocol's head gives its meeting's date alone on a line
      f.date = Text.firstDate(t).orElse(null);
    }
    if (f.protocolHead && f.date == null && DATE_LABEL.matcher(t).matches()) {
      // a protocol's "Datum" is its meeting's
      f.date = Text.firstDate(t.length() > 6 ? t : next).orElse(null);
    }
    Matcher label = LABEL.matcher(t);
    if (!label.matches()) {
      return;
    }
    String name = label.group("label").toLowerCase(Text.SV);
    String value = label.group("value").strip();
    if (value.isEmpty()) {
      value = next;
    } else if (value.matches(".*\\bkl\\.?$")) {
      value = value + " " + next;
    }
    switch (name) {
      case "instans" -> f.instans = f.instans == null ? value : f.instans;
      case "plats", "lokal", "mötesplats" -> f.place = f.place == null ? value : f.place;
      case "plats och tid", "tid och plats", "datum och tid" -> {
        if (f.date == null) {
          f.date = Text.firstDate(value).orElse(null);
        }
        time(f, value);
        if (f.place == null && !name.equals("datum och tid")) {
          f.place = value.replaceFirst("^för\\s+(?:sammanträde\\s+)?", "").replaceAll("(?iu),?\\s*(?:kl\\.?|klockan)\\s*\\d.*$", "")
              .replaceAll("\\s*\\d{4}-\\d{2}-\\d{2}.*$", "").strip();
        }
      }
      default -> {
        if (f.date == null) {
          f.date = Text.firstDate(value).orElse(null);
        }
      }
    }
  }

  private static void time(Found f, String text) {
    Matcher tm = TIME.matcher(text);
    if (tm.find() && f.time == null) {
      f.time = tm.group(1) + "." + tm.group(2);
    }
  }
}
