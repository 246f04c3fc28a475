package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Text;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.Meeting;

/**
 * Reads which nämnd meets, when and where, from a kallelse ("… ledamöter och ersättare kallas
 * härmed till sammanträde i Stadshuset, tisdagen den 10 mars 2026 kl. 14.00") or a protocol's
 * header ("Sammanträdesdatum 2026-03-10", "Plats och tid …").
 */
final class MeetingParser {

  private static final Pattern SUMMONS =
      Pattern.compile(
          "^(?<namnd>.{3,80}?)(?<members>s\\s+(?:ordinarie\\s+)?ledamöter(?:\\s+och\\s+ersättare)?)?\\s+kallas"
              + "(?:\\s+härmed)?\\s+till\\s+(?:sammanträde|möte)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ORGANISATION =
      Pattern.compile("^\\p{Lu}[\\p{L}\\- ]{2,60}(?:nämnden|styrelsen|fullmäktige|utskottet)$", Pattern.UNICODE_CASE);
  private static final Pattern PROTOCOL_WORD =
      Pattern.compile("^(?:sammanträdes)?protokoll(?:sutdrag)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int ORGANISATION_LINES = 12;
  private static final Pattern PLACE_IN_SUMMONS =
      Pattern.compile(
          "sammanträde\\s+(?:i|på)\\s+(?<place>.+?),?\\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\\b|den\\s+\\d|\\d{4}-\\d{2}-\\d{2})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TIME = Pattern.compile("\\bkl(?:ockan|\\.)?\\s*(\\d{1,2})[.:](\\d{2})");
  private static final Pattern LABELLED_DATE =
      Pattern.compile(
          "^(?:sammanträdesdatum|sammanträdesdag|mötesdatum|datum och tid|tid och plats|plats och tid"
              + "|datum|tid|sammanträde)\\s*:?\\s*(?<value>.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PLACE =
      Pattern.compile("^(?:plats|lokal|mötesplats)\\s*:?\\s*(?<value>.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROTOCOL_TITLE =
      Pattern.compile(
          "^(?:sammanträdes)?protokoll(?:sutdrag)?\\s+(?:för\\s+|från\\s+)?(?<namnd>.{3,80}?)(?:s\\s+sammanträde.*)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int HEAD_LINES = 80;

  private MeetingParser() {}

  /** The meeting named in lines {@code 0..limit}, if any. */
  static Optional<Meeting> parse(Lines lines, int limit) {
    String namnd = null;
    LocalDate date = null;
    String time = null;
    String place = null;
    String organisation = null;
    int seen = 0;
    for (int i = 0; i <= limit && i < lines.size() && seen < HEAD_LINES; i++) {
      if (lines.blank(i)) {
        continue;
      }
      seen++;
      String t = lines.text(i);
      String next = nextText(lines, i, limit);
      Matcher summons = SUMMONS.matcher(t);
      if (summons.find() && namnd == null) {
        namnd = summons.group("namnd").strip();
        String sentence = t + " " + next;
        date = Text.firstDate(sentence).orElse(date);
        Matcher tm = TIME.matcher(sentence);
        if (tm.find()) {
          time = tm.group(1) + "." + tm.group(2);
        }
        Matcher pm = PLACE_IN_SUMMONS.matcher(sentence);
        if (pm.find()) {
          place = pm.group("place").strip();
        }
        continue;
      }
      if (namnd == null && seen <= ORGANISATION_LINES && ORGANISATION.matcher(t).matches()
          && !HeadParser.isDnrLine(t)) {
        organisation = organisation == null ? t : organisation;
      }
      if (namnd == null && PROTOCOL_WORD.matcher(t).matches() && ORGANISATION.matcher(next).matches()) {
        namnd = next;
      }
      Matcher protocol = PROTOCOL_TITLE.matcher(t);
      if (protocol.matches() && namnd == null && Text.containsBodyWord(protocol.group("namnd"))) {
        namnd = protocol.group("namnd").strip();
      }
      Matcher labelled = LABELLED_DATE.matcher(t);
      if (labelled.matches() && date == null && isMeetingDateLabel(t)) {
        String v = labelled.group("value").isEmpty() ? next : labelled.group("value");
        date = Text.firstDate(v).orElse(null);
        Matcher tm = TIME.matcher(v);
        if (tm.find() && time == null) {
          time = tm.group(1) + "." + tm.group(2);
        }
      }
      Matcher pl = PLACE.matcher(t);
      if (pl.matches() && place == null) {
        place = pl.group("value").strip();
      }
    }
    if (namnd == null && date != null) {
      namnd = organisation;
    }
    if (namnd == null && date == null) {
      return Optional.empty();
    }
    return Optional.of(new Meeting(namnd, date, time, place));
  }

  private static boolean isMeetingDateLabel(String t) {
    String lower = t.toLowerCase(Text.SV);
    return lower.startsWith("sammanträde") || lower.startsWith("mötesdatum")
        || lower.startsWith("datum och tid") || lower.startsWith("tid och plats")
        || lower.startsWith("plats och tid");
  }

  private static String nextText(Lines lines, int i, int limit) {
    int n = lines.nextNonBlank(i + 1, limit);
    return n < 0 ? "" : lines.text(n);
  }
}
