package se.namndkoll.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Tesseract misreads in council documents, mended where nothing else can be meant. Applied to
 * OCR's lines only, never to a text layer a document was written with:
 *
 * <ul>
 *   <li>a protocol paragraph's "§ 12 Dnr" read as "8 12 Dnr" (or &amp;, 3, S, $, 5), and a law's
 *       "13 § LVU" read as "13 8 LVU";
 *   <li>letters taken for digits inside a number: O or o for 0, I, l or | for 1 ("2O26-0OO12");
 *   <li>spaces put into a registry number or a date: "2026- 00008", "20 18/ I 097", "2026-02- 05";
 *   <li>"Dnr" read as "Dn?" or "Dn7";
 *   <li>an e-mail address's @ read as Q, (&amp;, &amp; or Ö, and a space after the domain's dot
 *       ("diariumQnorrvik. se").
 * </ul>
 */
final class OcrRepairs {

  private OcrRepairs() {}

  /**
   * A protocol paragraph's opening "§ 12 Dnr …" as Tesseract reads it: the § sign taken for 8, &,
   * 3, S, $ or 5 ("8 12 Dnr IFN 2026-00031"). Only at the start of a line, before a paragraph
   * number and "Dnr" or the line's end, where no other reading makes sense in a council document.
   */
  private static final Pattern MISREAD_PARAGRAPH = Pattern.compile("^[8&3S$5]\\s+(\\d{1,4})(?=\\s+Dnr\\b|\\s*$)");

  /**
   * A law's paragraph sign read as 8, &amp;, 5, S or $: "enligt 13 8 LVU", "1 8 och 2 8 LVU", "26 kap. 1 8
   * OSL", "6 kap. 39 5 kommunallagen", where the number and the law's name (or "kap.", "st.")
   * around it leave no other reading.
   */
  private static final Pattern MISREAD_LAW_SIGN = Pattern.compile(
      "\\b(\\d{1,3}) [8&5S$] (?=(?:och \\d{1,3} [8&5S$] )?(?:\\d{1,2} st\\.? )?(?:LVU|LSS|SoL|OSL|KL|FL|LVM|LOU|PBL|TF|RF"
          + "|kommunallagen|förvaltningslagen|socialtjänstlagen|st\\.?|kap\\.?)(?![\\p{L}]))");

  /** "Dnr" with its r misread, before what follows it. */
  private static final Pattern MISREAD_DNR = Pattern.compile("\\bDn[?7](?=\\s)");

  /**
   * Where a year stands on its own: not inside a longer number, nor after a group of a table's
   * amount ("2 500 -1 250" is two amounts, not a registry number).
   */
  private static final String YEAR_START = "(?<![\\d\\p{L}])(?<!\\d )";

  /** An e-mail address in lower case with its @ misread: the local part, the misread sign, the domain. */
  private static final Pattern MISREAD_EMAIL = Pattern.compile(
      "(?<![\\p{L}\\d.@])([a-z0-9][a-z0-9._-]*) ?(?:\\(&|\\(Q|Q&|\\(@|&|Q|©|Ö) ?([a-z0-9][a-z0-9-]*)\\. ?"
          + "([a-z]{2,}(?:\\.[a-z]{2,})?)(?![\\p{L}\\d])");

  /** A year split in two: "20 18/", "20 26-". */
  private static final Pattern SPLIT_YEAR = Pattern.compile(YEAR_START + "(19|20) (\\d{2})(?=[-/:] ?[\\dOIl|])");

  /**
   * A year's separator with a space after it: "2026- 00008", "2018/ 1097", "2026-02- 05". A space
   * before it is left, as in a table's "2018 -40".
   */
  private static final Pattern SPACED_SEPARATOR =
      Pattern.compile(YEAR_START + "((?:19|20)\\d{2}(?:-\\d{2})?)([-/:]) (?=[\\dOIl|] ?\\d)");

  /**
   * The number after a registry number's year split by a space: "2018/1 097", "2018/I 097". Joined
   * only where the two pieces make at most six digits.
   */
  private static final Pattern SPLIT_NUMBER =
      Pattern.compile("(?<=(?:19|20)\\d{2}[-/:])([\\dIl|]{1,2}) (\\d{2,4})(?![\\d,])");

  /** A word of digits, letters that look like digits and a number's separators. */
  private static final Pattern NUMBER_WORD = Pattern.compile("(?<![\\p{L}\\d])[\\dOoIl|][\\dOoIl|\\-/:.,]*[\\dOoIl|](?![\\p{L}\\d])");

  static String repaired(String line) {
    String s = MISREAD_PARAGRAPH.matcher(line).replaceFirst("§ $1");
    s = MISREAD_LAW_SIGN.matcher(s).replaceAll("$1 § ");
    s = MISREAD_DNR.matcher(s).replaceAll("Dnr");
    s = MISREAD_EMAIL.matcher(s).replaceAll("$1@$2.$3");
    s = SPLIT_YEAR.matcher(s).replaceAll("$1$2");
    // twice, for a date with two: "2026- 02- 05"
    s = SPACED_SEPARATOR.matcher(SPACED_SEPARATOR.matcher(s).replaceAll("$1$2")).replaceAll("$1$2");
    s = digitsInNumbers(s);
    return splitNumbers(s);
  }

  /** Letters read for digits inside a word that is otherwise a number with at least two digits. */
  private static String digitsInNumbers(String s) {
    Matcher m = NUMBER_WORD.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String w = m.group();
      int digits = 0;
      int letters = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        digits += Character.isDigit(c) ? 1 : 0;
        letters += "OoIl|".indexOf(c) >= 0 ? 1 : 0;
      }
      String mended = letters > 0 && digits >= 2 && digits >= letters
          ? w.replace('O', '0').replace('o', '0').replace('I', '1').replace('l', '1').replace('|', '1') : w;
      m.appendReplacement(out, Matcher.quoteReplacement(mended));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String splitNumbers(String s) {
    Matcher m = SPLIT_NUMBER.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String first = m.group(1).replace('I', '1').replace('l', '1').replace('|', '1');
      String joined = first.length() + m.group(2).length() <= 6 ? first + m.group(2) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(joined));
    }
    m.appendTail(out);
    return out.toString();
  }
}
