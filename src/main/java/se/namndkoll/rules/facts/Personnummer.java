package se.namndkoll.rules.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish personal identity numbers in running text: {@code YYMMDD-NNNN} or
 * {@code YYYYMMDD-NNNN} (a plus sign for the over-hundreds), with a real date (or a
 * samordningsnummer's day + 60) and a valid Luhn check digit, so that Dnr, amounts and phone
 * numbers are not taken for one.
 */
public final class Personnummer {

  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![\\d-])(?<century>19|20)?(?<date>\\d{6})[-+ ]?(?<tail>\\d{4})(?![\\d-])");

  private Personnummer() {}

  public static List<String> find(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String date = m.group("date");
      String tail = m.group("tail");
      boolean separated = m.group().length() > (m.group("century") == null ? 10 : 12);
      if (!separated && m.group("century") == null) {
        continue;
      }
      if (realDate(m.group("century"), date) && luhn(date + tail)) {
        out.add(m.group());
      }
    }
    return out;
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
