package se.namndkoll.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diarienummer: the registry number that ties a kallelse item, its skrivelse, the protocol
 * paragraph and the expediering together.
 *
 * <p>Written as {@code IFON 2023-00161 3.7.2.0}: the nämnd's prefix, the year and serial, and a
 * Klassa classification code; agendas often leave out the prefix, standing items have a short
 * number ({@code Dnr 849}), older registries write {@code 2014/KS0527 005}.
 *
 * @param full the number as written, cleaned of the "Dnr" label and markup
 * @param prefix the nämnd's abbreviation ("IFON"), or {@code null}
 * @param year the year, or {@code null} for a short standing number
 * @param serial the serial as written, leading zeros kept
 * @param klassa the classification code ("3.7.2.0"), or {@code null}
 */
public record Dnr(String full, String prefix, Integer year, String serial, String klassa) {

  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:dnr|diarienr|diarienummer|diarie\\s*nr|vår beteckning|beteckning|ärendenummer)"
              + "\\.?\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern MODERN =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:(?<prefix>\\p{Lu}{2,6})[ \\u00a0-]?)?"
              + "(?<year>(?:19|20)\\d{2})\\s?[-/.]\\s?(?<serial>\\d{1,7})"
              + "(?:(?<glued>\\.\\d{1,3}(?:\\.\\d{1,3}){0,5})"
              + "|[ \\u00a0]*[-,]?[ \\u00a0]*(?<klassa>\\d{1,2}(?:\\.\\d{1,3}){1,5}|\\d{3}(?![\\d-])))?"
              + "(?![\\d])");

  private static final Pattern OLD =
      Pattern.compile(
          "(?<![\\d])(?<year>(?:19|20)\\d{2})/(?<prefix>\\p{Lu}{2,6})(?<serial>\\d{2,6})"
              + "(?:[ \\u00a0]+(?<klassa>\\d{3}(?:\\.\\d{1,3})*))?(?![\\d])");

  private static final Pattern SHORT = Pattern.compile("^(?<serial>\\d{1,5})$");

  public Dnr {
    if (serial == null || serial.isEmpty()) {
      throw new IllegalArgumentException("a Dnr needs a serial");
    }
    if (full == null) {
      throw new IllegalArgumentException("a Dnr needs its written form");
    }
  }

  /**
   * The normalised number: {@code year-serial} ("2023-00126"), or the short standing number
   * ("849").
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
    return other != null
        && java.util.Objects.equals(year, other.year)
        && stripZeros(serial).equals(stripZeros(other.serial));
  }

  /**
   * The key the archive finds the ärende by, the same however the number is written: year and
   * serial without leading zeros ("2026-21" for IFN 2026-00021 1.2.2.1, 2026-21 and 2026/021), or
   * the short standing number ("849").
   */
  public String key() {
    return year == null ? stripZeros(serial) : year + "-" + stripZeros(serial);
  }

  private static String stripZeros(String s) {
    String t = s.replaceFirst("^0+(?=\\d)", "");
    return t;
  }

  @Override
  public String toString() {
    return full;
  }

  /**
   * Reads a registry number from text that holds one, with or without its "Dnr" label; a bare
   * short number is taken only when it is all the text.
   */
  public static Optional<Dnr> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = clean(text);
    String unlabelled = LABEL.matcher(t).replaceFirst("");
    Optional<Dnr> found = find(unlabelled);
    if (found.isPresent()) {
      return found;
    }
    Matcher s = SHORT.matcher(unlabelled.trim());
    if (s.matches()) {
      return Optional.of(new Dnr(s.group("serial"), null, null, s.group("serial"), null));
    }
    return Optional.empty();
  }

  /** Finds the first registry number with a year anywhere in the text. */
  public static Optional<Dnr> find(String text) {
    String t = clean(text);
    Matcher old = OLD.matcher(t);
    Matcher m = MODERN.matcher(t);
    boolean hasOld = old.find();
    boolean hasModern = m.find();
    if (hasOld && (!hasModern || old.start() <= m.start())) {
      return Optional.of(
          new Dnr(
              old.group().trim(),
              old.group("prefix"),
              Integer.valueOf(old.group("year")),
              old.group("serial"),
              old.group("klassa")));
    }
    if (!hasModern) {
      return Optional.empty();
    }
    String serial = m.group("serial");
    String klassa = m.group("klassa");
    String glued = m.group("glued");
    if (glued != null) {
      // "2023-004022.6.1.2": the serial ran into the code; codes start with one digit.
      if (serial.length() < 2) {
        return Optional.empty();
      }
      klassa = serial.substring(serial.length() - 1) + glued;
      serial = serial.substring(0, serial.length() - 1);
    }
    return Optional.of(
        new Dnr(
            m.group().trim(),
            m.group("prefix"),
            Integer.valueOf(m.group("year")),
            serial,
            klassa));
  }

  private static String clean(String text) {
    return text.replace("**", "").replace('\u00a0', ' ').trim();
  }
}
