package se.namndkoll.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diarienummer: the registry number that ties a kallelse item, its skrivelse, the protocol
 * paragraph and the expediering together.
 *
 * <p>Written as {@code IFON 2023-00161 3.7.2.0}: the nämnd's prefix, the year and serial, and a
 * Klassa classification code; agendas often leave out the prefix, standing items have a short
 * number ({@code Dnr 849}; a bare {@code 2024} is a year), older registries write {@code 2014/KS0527 005}. Kommuner also write
 * {@code KFKS 2019/1}, {@code SLK-2025-00035} (with a document suffix, {@code SLK-2023-00025:-1}),
 * {@code Bun/2025:532 600} and {@code Dnr 2019-825}. Scanned text may split the year or read
 * {@code I} for {@code 1} in the serial ({@code KFKS 20 18/ I 097}); such a number is taken only
 * after a prefix or a label.
 *
 * <p>Not registry numbers: dates ({@code 2019-02-13}), year ranges ({@code 2023-2024},
 * {@code 2024/25}), law and report references ({@code SFS 2017:725}, {@code SOU 2023:55}, a bare
 * {@code 2009:400}) and numbers glued to another one ({@code 41-2017:9529}).
 *
 * @param full the number as written, cleaned of the "Dnr" label and markup
 * @param prefix the nämnd's abbreviation ("IFON"), or {@code null}
 * @param year the year, or {@code null} for a short standing number
 * @param serial the serial as written, leading zeros kept (a scanned {@code I} read as 1)
 * @param klassa the classification code ("3.7.2.0"), or {@code null}
 */
public record Dnr(String full, String prefix, Integer year, String serial, String klassa) {

  private static final String LABELS =
      "dnr|diarienr|diarienummer|diarie\\s*nr|vår\\s+beteckning|er\\s+beteckning|beteckning"
          + "|ärendenummer|ärendenr|ärende\\s*nr";

  /** A label at the start of a text that holds one number. */
  private static final Pattern LABEL =
      Pattern.compile("^(?:" + LABELS + ")\\.?\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A label just before a number found in running text. */
  private static final Pattern LABEL_BEFORE =
      Pattern.compile("(?<!\\p{L})(?:" + LABELS + ")\\.?\\s*:?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How far before a number a label is looked for: "Vår beteckning: " and some spaces. */
  private static final int LABEL_REACH = 24;

  /**
   * Prefix, year, serial, suffix and code. The prefix may be mixed case ({@code Bun}) and the year
   * and serial may carry scanning noise; {@link #accept} decides which of these are taken.
   */
  private static final Pattern MODERN =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?<!\\d[-/.:])"
              + "(?:(?<prefix>\\p{Lu}\\p{L}{1,5})(?<psep>[ /-]?))?"
              + "(?<year>(?:19|20|1 9|2 0)(?: ?\\d){2})"
              + "(?<sep>\\s?[-/.]\\s?|:)"
              + "(?<serial>(?:[Il] ?)?\\d(?:\\d|[Il](?=\\d)){0,6})"
              + "(?<suffix>:-\\d{1,3})?"
              + "(?:(?<glued>\\.\\d{1,3}(?:\\.\\d{1,3}){0,5})"
              + "|[ ]*[-,]?[ ]*(?<klassa>\\d{1,2}(?:\\.\\d{1,3}){1,5}|\\d{3}(?![\\d-])))?"
              + "(?!\\d)(?!:\\d)");

  private static final Pattern OLD =
      Pattern.compile(
          "(?<![\\d])(?<year>(?:19|20)\\d{2})/(?<prefix>\\p{Lu}{2,6})[ ]?(?<serial>\\d{2,6})"
              + "(?:[ ]+(?<klassa>\\d{3}(?:\\.\\d{1,3})*))?(?![\\d])");

  private static final Pattern SHORT = Pattern.compile("^(?<serial>\\d{1,5})$");

  /** Words before a year that are never a nämnd's prefix: the label itself, law and reports. */
  private static final Set<String> NOT_PREFIXES = Set.of("DNR", "NR", "SFS", "SOU");

  /** Series written {@code YYYY:NNN} that are law, reports or case law, not registry numbers. */
  private static final Set<String> LAW_SERIES =
      Set.of("DS", "DIR", "PROP", "BET", "SKR", "RSKR", "NJA", "HFD", "RÅ", "AD", "MD", "MÖD", "PMÖD", "MIG",
          "RH", "LAG", "KAP", "SID", "REF", "ISO", "EN", "SS");

  /** Short capitalised words written before a year and a colon that are not a nämnd's prefix. */
  private static final Set<String> WORDS =
      Set.of("ÅR", "DAG", "DEL", "FAS", "MÅL", "NYA", "BILD", "PLAN", "SIDA", "STEG", "VAL", "VERS");

  /** The longest mixed-case prefix ("Bun", "Kfn"); longer capitalised words are words. */
  private static final int MAX_MIXED_PREFIX = 4;

  /** The fewest digits a number with a year has: four of the year, one of the serial. */
  private static final int MIN_DIGITS = 5;

  public Dnr {
    if (serial == null || serial.isEmpty()) {
      throw new IllegalArgumentException("a Dnr needs a serial");
    }
    if (full == null) {
      throw new IllegalArgumentException("a Dnr needs its written form");
    }
  }

  /**
   * The number as shown to users: {@code year-serial} with the serial as written ("2023-00126"),
   * or the short standing number ("849"). Never compared: numbers are matched by {@link #key}.
   */
  public String normalised() {
    return year == null ? serial : year + "-" + serial;
  }

  /** True for a short number of a standing item, which has no year. */
  public boolean isShort() {
    return year == null;
  }

  /** True when the two numbers name the same ärende, whatever prefix and code each carries. */
  public boolean sameAs(Dnr other) {
    return other != null && key().equals(other.key());
  }

  /**
   * The key every comparison of numbers uses (the archive, the rules, assembly), the same however
   * the number is written: year and serial without leading zeros ("2026-21" for IFN 2026-00021
   * 1.2.2.1, 2026-21 and 2026/021), or the short standing number ("849"). Never shown to users:
   * that is {@link #normalised}.
   */
  public String key() {
    return year == null ? stripZeros(serial) : year + "-" + stripZeros(serial);
  }

  /**
   * The {@link #key} of a number given as shown ({@link #normalised}, "2023-00126"), or
   * {@code null} for none: for the places that keep the number as text.
   */
  public static String keyOf(String normalised) {
    if (normalised == null) {
      return null;
    }
    int dash = normalised.indexOf('-');
    return dash < 0 ? stripZeros(normalised)
        : normalised.substring(0, dash + 1) + stripZeros(normalised.substring(dash + 1));
  }

  private static String stripZeros(String s) {
    return s.replaceFirst("^0+(?=\\d)", "");
  }

  @Override
  public String toString() {
    return full;
  }

  /**
   * Reads a registry number from text that holds one, with or without its label ("Dnr",
   * "Diarienummer", "Ärende nr", "Vår beteckning" …); a bare short number is taken only when it is
   * all the text.
   */
  public static Optional<Dnr> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = clean(text);
    Matcher label = LABEL.matcher(t);
    boolean labelled = label.lookingAt();
    String unlabelled = labelled ? t.substring(label.end()) : t;
    Optional<Dnr> found = first(unlabelled, labelled);
    if (found.isPresent()) {
      return found;
    }
    Matcher s = SHORT.matcher(unlabelled.trim());
    // a bare "2024" is a year; a standing item numbered like one needs its label
    if (s.matches() && (labelled || !isYear(s.group("serial")))) {
      return Optional.of(new Dnr(s.group("serial"), null, null, s.group("serial"), null));
    }
    return Optional.empty();
  }

  /** Finds the first registry number with a year anywhere in the text. */
  public static Optional<Dnr> find(String text) {
    return text == null ? Optional.empty() : first(clean(text), false);
  }

  /** Finds every registry number with a year in the text, in the order they are written. */
  public static List<Dnr> findAll(String text) {
    if (text == null) {
      return List.of();
    }
    String t = clean(text);
    if (!mayHold(t)) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    modern(t, false, Integer.MAX_VALUE, hits);
    old(t, Integer.MAX_VALUE, hits);
    hits.sort(Comparator.comparingInt(Hit::start));
    List<Dnr> out = new ArrayList<>();
    int end = 0;
    for (Hit h : hits) {
      if (h.start() >= end) {
        out.add(h.dnr());
        end = h.end();
      }
    }
    return out;
  }

  private record Hit(int start, int end, Dnr dnr) {}

  private static Optional<Dnr> first(String t, boolean labelled) {
    if (!mayHold(t)) {
      return Optional.empty();
    }
    List<Hit> hits = new ArrayList<>(2);
    old(t, 1, hits);
    modern(t, labelled, 1, hits);
    Hit best = null;
    for (Hit h : hits) {
      if (best == null || h.start() < best.start()) {
        best = h;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.dnr());
  }

  /** The cheap test first: enough digits for a year and a serial, and a separator between them. */
  private static boolean mayHold(String t) {
    int digits = 0;
    boolean separator = false;
    for (int i = 0, n = t.length(); i < n; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '-' || c == '/' || c == '.' || c == ':') {
        separator = true;
      }
      if (separator && digits >= MIN_DIGITS) {
        return true;
      }
    }
    return false;
  }

  private static void old(String t, int max, List<Hit> out) {
    if (t.indexOf('/') < 0) {
      return;
    }
    Matcher m = OLD.matcher(t);
    int found = 0;
    while (found < max && m.find()) {
      out.add(new Hit(m.start(), m.end(), new Dnr(m.group().trim(), m.group("prefix"),
          Integer.valueOf(m.group("year")), m.group("serial"), m.group("klassa"))));
      found++;
    }
  }

  private static void modern(String t, boolean labelled, int max, List<Hit> out) {
    Matcher m = MODERN.matcher(t);
    int from = 0;
    int found = 0;
    while (found < max && from < t.length() && m.find(from)) {
      Dnr d = accept(t, m, labelled);
      if (d == null) {
        from = m.start() + 1;
      } else {
        out.add(new Hit(m.start(), m.end(), d));
        found++;
        from = m.end();
      }
    }
  }

  /** The number the match reads, or {@code null} when it is not a registry number. */
  private static Dnr accept(String t, Matcher m, boolean labelled) {
    String prefix = m.group("prefix");
    String sep = m.group("sep").strip();
    boolean colon = sep.equals(":");
    String rawYear = m.group("year");
    String rawSerial = m.group("serial");
    boolean noisy = rawYear.length() > 4 || !isDigits(rawSerial);
    if (prefix != null) {
      String key = prefix.toUpperCase(Locale.ROOT);
      if (NOT_PREFIXES.contains(key) || colon && (LAW_SERIES.contains(key) || key.endsWith("FS"))) {
        return null;
      }
      // "Bun/2025:532", "Bun 2025:532": a short mixed-case prefix in these forms only, not a word
      // before any year ("Budget 2024:1", "Mål 2024-2026")
      if (!key.equals(prefix) && (prefix.length() > MAX_MIXED_PREFIX || WORDS.contains(key)
          || !colon && !"/".equals(m.group("psep")))) {
        return null;
      }
    }
    // a colon form and scanning noise are a registry number only after a prefix or a label
    boolean anchored = prefix != null || labelled || (colon || noisy) && labelBefore(t, m.start());
    if ((colon || noisy) && !anchored) {
      return null;
    }
    if (looksLikeDate(t, m, sep, rawSerial)) {
      return null;
    }
    int year = Integer.parseInt(rawYear.replace(" ", ""));
    String serial = noisy ? rawSerial.replace(" ", "").replace('I', '1').replace('l', '1') : rawSerial;
    String klassa = m.group("klassa");
    String glued = m.group("glued");
    if (glued != null) {
      // "2023-004022.6.1.2": the serial ran into the code; codes start with one digit.
      if (serial.length() < 2) {
        return null;
      }
      klassa = serial.substring(serial.length() - 1) + glued;
      serial = serial.substring(0, serial.length() - 1);
    }
    if (prefix == null && klassa == null && looksLikeYears(year, serial, sep) && !anchored
        && !labelBefore(t, m.start())) {
      return null;
    }
    return new Dnr(m.group().trim(), prefix, year, serial, klassa);
  }

  /**
   * "2019-02-13", "2024/03/01": a year, a month and a day, not a year and a serial; also a date
   * broken at the end of a line ("2022-12-").
   */
  private static boolean looksLikeDate(String t, Matcher m, String sep, String serial) {
    if (serial.length() != 2 || sep.length() != 1 || !isDigits(serial)) {
      return false;
    }
    int month = Integer.parseInt(serial);
    int at = m.end("serial");
    if (month < 1 || month > 12 || at >= t.length() || t.charAt(at) != sep.charAt(0)) {
      return false;
    }
    if (at + 1 == t.length()) {
      return true;
    }
    if (at + 3 > t.length() || !isDigit(t.charAt(at + 1)) || !isDigit(t.charAt(at + 2))
        || at + 3 < t.length() && isDigit(t.charAt(at + 3))) {
      return false;
    }
    int day = Integer.parseInt(t.substring(at + 1, at + 3));
    return day >= 1 && day <= 31;
  }

  /** "2023-2024", "2024/25", ".../2024/2024-04-18": a span of years or a path, not a serial. */
  private static boolean looksLikeYears(int year, String serial, String sep) {
    if (isYear(serial)) {
      int to = Integer.parseInt(serial);
      return to >= year && to - year <= 10;
    }
    return serial.length() == 2 && (sep.equals("-") || sep.equals("/"))
        && Integer.parseInt(serial) == (year + 1) % 100;
  }

  private static boolean isYear(String digits) {
    return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
  }

  private static boolean labelBefore(String t, int start) {
    if (start == 0) {
      return false;
    }
    Matcher l = LABEL_BEFORE.matcher(t);
    l.useTransparentBounds(true);
    l.region(Math.max(0, start - LABEL_REACH), start);
    return l.find();
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String clean(String text) {
    return text.replace("**", "").replace('\u00a0', ' ').trim();
  }
}
