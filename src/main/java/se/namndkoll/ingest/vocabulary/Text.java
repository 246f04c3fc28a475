package se.namndkoll.ingest.vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.text.RequiredText;
import se.namndkoll.text.EditDistance;

/** Small readers for the shapes of council text: dates, names, phone numbers, placeholders. */
public final class Text {

  public static final Locale SV = Locale.forLanguageTag("sv-SE");

  private static final Pattern ISO_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT_DATE =
      Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![\\d-])");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("mars", 3),
          Map.entry("april", 4), Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7),
          Map.entry("augusti", 8), Map.entry("september", 9), Map.entry("oktober", 10),
          Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1),
          Map.entry("feb", 2), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7),
          Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("okt", 10),
          Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Pattern LONG_DATE =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2}):?(?:e|a)?\\s+(januari|februari|mars|april|maj|juni|juli|augusti|september"
              + "|oktober|november|december|jan|feb|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?,?\\s+"
              + "((?:19|20)\\d{2})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PERSON_NAME =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?(?:\\s+(?:af |von |van |de |da )?\\p{Lu}[\\p{L}'’]+"
              + "(?:-\\p{Lu}[\\p{L}'’]+)?){1,3}"
              + "(?:\\s*\\((?:\\p{Lu}{1,4}|[\\p{L} ]{2,25})\\))?$");
  private static final Pattern PHONE = Pattern.compile("^(?:tel\\.?:?\\s*)?\\+?[0-9][0-9 \\-]{5,16}$", Pattern.CASE_INSENSITIVE);
  private static final List<String> BODY_WORDS =
      List.of("nämnd", "styrelse", "fullmäktige", "utskott", "beredning", "presidi", "revision");

  private Text() {}

  /** The first date written in the text: ISO ("2024-02-19"), long ("19 februari 2024") or compact. */
  public static Optional<LocalDate> firstDate(String text) {
    Matcher iso = ISO_DATE.matcher(text);
    Matcher lng = LONG_DATE.matcher(text);
    boolean hasIso = iso.find();
    boolean hasLong = lng.find();
    if (hasIso && (!hasLong || iso.start() <= lng.start())) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    if (hasLong) {
      Integer month = MONTHS.get(lng.group(2).toLowerCase(SV));
      return date(lng.group(3), String.valueOf(month), lng.group(1));
    }
    Matcher compact = COMPACT_DATE.matcher(text);
    if (compact.find()) {
      return date(compact.group(1), compact.group(2), compact.group(3));
    }
    return Optional.empty();
  }

  /** True when the line is nothing but a date. */
  public static boolean isDateOnly(String text) {
    String t = text.strip();
    Matcher iso = ISO_DATE.matcher(t);
    if (iso.matches()) {
      return true;
    }
    Matcher lng = LONG_DATE.matcher(t);
    return lng.find() && lng.start() <= 12 && t.length() - lng.end() <= 2;
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static boolean isPersonName(String text) {
    String t = text.strip();
    return t.length() <= 60 && PERSON_NAME.matcher(t).matches() && !containsBodyWord(t)
        && !t.equals(t.toUpperCase(SV))
        && !Headings.isKnownHeadingWord(t);
  }

  public static boolean isPhone(String text) {
    return PHONE.matcher(text.strip()).matches();
  }

  /**
   * True when something real is left of the text once template text ({@link
   * SectionVocabulary#templateText}), quotes, punctuation and white space are taken away.
   */
  public static boolean holdsContent(String text) {
    String rest = SectionVocabulary.current().templateText().blankOut(text, RequiredText.fold(text));
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (NOT_CONTENT.indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  /** Quotes and punctuation: no content, as white space is none. */
  private static final String NOT_CONTENT = "\"'”“„.,;:-–";

  public static boolean containsBodyWord(String text) {
    String lower = text.toLowerCase(SV);
    for (String w : BODY_WORDS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** A key for comparing names of bodies: lower case, no hyphens or spaces, no genitive s. */
  /**
   * Whether two names are of the same body, a letter aside in a long name, as a scan or a typo
   * gives it ("familjeomsörgsnämnden"); names of different bodies differ by more.
   */
  public static boolean sameBody(String a, String b) {
    String x = bodyKey(a);
    String y = bodyKey(b);
    return x.equals(y) || Math.min(x.length(), y.length()) >= SAME_BODY_LENGTH && EditDistance.of(x, y, 1) <= 1;
  }

  private static final int SAME_BODY_LENGTH = 15;

  public static String bodyKey(String name) {
    String k = name.toLowerCase(SV).replaceAll("[\\s\\-–]+", "");
    return k.endsWith("s") && !k.endsWith("ss") ? k.substring(0, k.length() - 1) : k;
  }

  /** Words of a title, lower case, for comparing titles. */
  public static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.toLowerCase(SV).split("[^\\p{L}\\d]+")) {
      if (w.length() >= 2) {
        out.add(w);
      }
    }
    return out;
  }

  /** How alike two titles are: shared words over the words of the shorter, 0..1. */
  public static double titleSimilarity(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    long shared = wa.stream().filter(wb::contains).count();
    return (double) shared / Math.min(wa.size(), wb.size());
  }
}
