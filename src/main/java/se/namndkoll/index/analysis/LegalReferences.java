package se.namndkoll.index.analysis;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps references to laws and protocols whole in the index: "6 kap. 40 §" becomes the one token
 * {@code kap6par40}, "§ 16" becomes {@code par16}. The same rewriting runs over documents (as a
 * char filter) and over queries, so a search for "§ 16" finds paragraph 16, not every 16.
 */
public final class LegalReferences {

  /** "6 kap. 40 §", "6 kap 40 §", "6 kap. 40-41 §§". */
  static final Pattern CHAPTER_SECTION =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\s*kap\\.?\\s*(\\d{1,3})\\s*[a-z]?\\s*(?:[-–]\\s*\\d{1,3}\\s*)?§§?",
          Pattern.CASE_INSENSITIVE);
  /** "§ 16", "§16", "§§ 7–12" (the first). */
  static final Pattern PARAGRAPH = Pattern.compile("§§?\\s*(\\d{1,4})");
  /** "40 §" after a chapter has been taken: a section of a law without chapter. */
  static final Pattern SECTION_AFTER = Pattern.compile("(?<![\\d.])(\\d{1,3})\\s*§(?!§)");

  private LegalReferences() {}

  /** The text with its references rewritten to single tokens. */
  public static String rewrite(String text) {
    if (text.indexOf('§') < 0) {
      return text;
    }
    String s = replace(CHAPTER_SECTION, text, m -> "kap" + m.group(1) + "par" + m.group(2));
    s = replace(PARAGRAPH, s, m -> "par" + m.group(1));
    s = replace(SECTION_AFTER, s, m -> "par" + m.group(1));
    return s;
  }

  private static String replace(Pattern p, String text, Function<Matcher, String> with) {
    Matcher m = p.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
