package se.namndkoll.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A personnummer (or samordningsnummer) a document's text gives, kept only masked: its last four
 * digits written {@code XXXX} ({@code 19850312-XXXX}, {@code 850312-XXXX}).
 *
 * <p>Recognised in running text as {@code YYMMDD-NNNN} or {@code YYYYMMDD-NNNN} (a plus sign for the
 * over-hundreds, or a space), with a real date (a samordningsnummer's day + 60) and a valid Luhn
 * check digit, so that Dnr, amounts, phone numbers and organisationsnummer (a "month" above 12, or
 * 16 before the number) are not taken for one. Ten digits without a separator are not taken.
 *
 * @param masked the number as written, its last four digits replaced by {@code XXXX}
 * @param location the line it stands on
 */
public record Personnummer(String masked, Location location) {

  private static final Pattern CANDIDATE =
      Pattern.compile("(?<!\\d)(?<century>19|20)?(?<date>\\d{6})[-+ ]?(?<tail>\\d{4})(?![\\d-])");
  /** A number written masked: by the archive, or by the document's writer ("850312-xxxx"). */
  private static final Pattern MASKED =
      Pattern.compile("(?<!\\d)(?<century>19|20)?(?<date>\\d{6})[-+ ]?[Xx]{4}(?![\\p{L}\\d-])");
  private static final String MASK = "XXXX";

  /** The personnummer in the text, as written. */
  public static List<String> find(String text) {
    List<String> out = new ArrayList<>();
    if (!mayHold(text)) {
      return out;
    }
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      if (valid(m)) {
        out.add(m.group());
      }
    }
    return out;
  }

  /** The personnummer of the lines, masked, each with its line. */
  public static List<Personnummer> in(List<Line> lines) {
    List<Personnummer> out = new ArrayList<>();
    for (Line l : lines) {
      for (String found : find(l.text())) {
        out.add(new Personnummer(masked(found), l.location()));
      }
    }
    return out;
  }

  /** The text with every personnummer in it masked; the same text where it holds none. */
  public static String mask(String text) {
    if (text == null || !mayHold(text)) {
      return text;
    }
    Matcher m = CANDIDATE.matcher(text);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      if (!valid(m)) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length());
      }
      sb.append(text, last, m.start("tail")).append(MASK);
      last = m.end("tail");
    }
    return sb == null ? text : sb.append(text, last, text.length()).toString();
  }

  /** One number as found, masked. */
  public static String masked(String number) {
    return number.substring(0, number.length() - MASK.length()) + MASK;
  }

  /** True when the text holds a masked number with a real date ("19850312-XXXX"). */
  public static boolean hasMasked(String text) {
    return !maskedRanges(text).isEmpty();
  }

  /** The text with its masked numbers taken out, so that their {@code XXXX} is read as no placeholder. */
  public static String withoutMasked(String text) {
    List<int[]> ranges = maskedRanges(text);
    if (ranges.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    for (int[] r : ranges) {
      sb.append(text, last, r[0]).append(' ');
      last = r[1];
    }
    return sb.append(text, last, text.length()).toString();
  }

  /** Where the text holds a masked number with a real date: start and end of each. */
  private static List<int[]> maskedRanges(String text) {
    List<int[]> out = new ArrayList<>();
    if (text.indexOf("XXXX") < 0 && text.indexOf("xxxx") < 0) {
      return out;
    }
    Matcher m = MASKED.matcher(text);
    while (m.find()) {
      if (realDate(m.group("century"), m.group("date"))) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static boolean valid(Matcher m) {
    String century = m.group("century");
    boolean separated = m.group().length() > (century == null ? 10 : 12);
    if (!separated && century == null) {
      return false;
    }
    String date = m.group("date");
    return realDate(century, date) && luhn(date + m.group("tail"));
  }

  /** A cheap look before the pattern: six digits in a row. */
  private static boolean mayHold(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 6) {
        return true;
      }
    }
    return false;
  }

  static boolean luhn(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < tenDigits.length(); i++) {
      int d = tenDigits.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  private static boolean realDate(String century, String yymmdd) {
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int month = Integer.parseInt(yymmdd.substring(2, 4));
    int day = Integer.parseInt(yymmdd.substring(4, 6));
    if (day > 60) {
      day -= 60;
    }
    int year = (century == null ? 1900 : Integer.parseInt(century) * 100) + yy;
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
