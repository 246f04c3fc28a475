package se.namndkoll.ingest.normalise;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the markup noise of one extracted line: markdown emphasis and links, stray HTML tags and
 * entities, odd spaces, bullets and ligatures. Tabs between table cells are kept.
 */
final class LineCleaner {

  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^)\\s]*)\\)");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?:p|ul|ol|li|br|div|span|b|i|u|em|strong|table|tr|td|th|tbody|thead|h[1-6]|sup|sub|a)"
              + "(?:\\s[^<>]*)?/?>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,5}|#x[0-9a-fA-F]{1,4}|[a-z]{2,6});");
  private static final Map<String, String> ENTITIES =
      Map.of(
          "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "nbsp", " ", "apos", "'", "ndash", "–",
          "mdash", "—", "shy", "");
  private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25aa\\u25cf\\u25e6\\u00b7\\uf0b7\\uf0a7\\u2023\\u2043▪■□○◦]\\s*");
  private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d*])\\*(?=\\S)|(?<=\\S)\\*(?![\\p{L}\\d*])");
  /** Markdown's _italics_: an underscore at a word's edge, not inside a name like file_name. */
  private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{L}\\d_])_(?=\\S)|(?<=\\S)_(?![\\p{L}\\d_])");
  private static final Pattern LISTED_PARAGRAPH = Pattern.compile("^[-*]\\s+§");
  private static final Pattern WHOLE_BOLD = Pattern.compile("^(?:\\*\\*|__)[^*_]{2,}(?:\\*\\*|__)$");
  private static final Pattern SPACES = Pattern.compile("[ \\u00a0\\u2007\\u202f\\u2009\\u200a\\u2002\\u2003]+");
  private static final Pattern SPACE_AROUND_TAB = Pattern.compile(" *\\t *");

  private LineCleaner() {}

  /** The cleaned line, and whether markdown marked it as a heading. */
  record Cleaned(String text, boolean heading) {}

  private static final Pattern MD_TABLE_RULE = Pattern.compile("^\\|(?:\\s*:?-{3,}:?\\s*\\|)+\\s*$");
  private static final Pattern BROKEN_AT_HYPHEN = Pattern.compile("-\\s*<br\\s*/?>\\s*(?=\\d)", Pattern.CASE_INSENSITIVE);

  /**
   * A Markdown table row ("| 1. | Title | Dnr |") as the cells of a table row, tab between them, as
   * the other readers give tables; the rule under the header row is no text. A number broken at
   * its hyphen inside a cell ("IF-2023-<br>00055") is joined.
   */
  static String markdownRow(String s) {
    String t = s.strip();
    if (t.length() < 3 || t.charAt(0) != '|' || t.charAt(t.length() - 1) != '|') {
      return s;
    }
    if (MD_TABLE_RULE.matcher(t).matches()) {
      return "";
    }
    String inner = t.substring(1, t.length() - 1);
    if (inner.indexOf("<") >= 0) {
      inner = BROKEN_AT_HYPHEN.matcher(inner).replaceAll("-");
    }
    String[] cells = inner.split("(?<!\\\\)\\|", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      out.append(i == 0 ? "" : "\t").append(cells[i].strip());
    }
    return out.toString();
  }

  static Cleaned clean(String raw) {
    String s = raw.indexOf('|') >= 0 ? markdownRow(raw) : raw;
    if (hasRareCharacters(s)) {
      s = s.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "").replace("\u200e", "");
      s = s.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff");
      s = s.replace('\u2010', '-').replace('\u2011', '-');
    }
    boolean heading = false;
    String trimmed = s.strip();
    if (MD_HEADING.matcher(trimmed).find() && !trimmed.contains("\t")) {
      heading = true;
      s = MD_HEADING.matcher(trimmed).replaceFirst("");
    }
    if (s.indexOf('[') >= 0) {
      s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
    if (s.indexOf('<') >= 0) {
      s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
      s = HTML_TAG.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('&') >= 0) {
      s = ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    if (s.indexOf('*') >= 0 || s.contains("__")) {
      // a Markdown line all in bold looks like a heading
      heading |= WHOLE_BOLD.matcher(s.strip()).matches();
      s = BOLD.matcher(s).replaceAll("");
      s = EMPHASIS.matcher(s).replaceAll("");
    }
    if (s.indexOf('_') >= 0) {
      s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll("");
    }
    if (hasOddSpacing(s)) {
      s = SPACES.matcher(s).replaceAll(" ");
      s = SPACE_AROUND_TAB.matcher(s).replaceAll("\t");
    }
    s = stripSpaces(s);
    if (s.chars().allMatch(c -> c == '\t')) {
      s = "";
    }
    if (s.length() > 2 && (s.charAt(0) == '-' || s.charAt(0) == '*') && LISTED_PARAGRAPH.matcher(s).lookingAt()) {
      // "- § 66": a list marker before a paragraph's number
      s = LISTED_PARAGRAPH.matcher(s).replaceFirst("§");
    }
    Matcher bullet = BULLET.matcher(s);
    if (bullet.find()) {
      s = "• " + s.substring(bullet.end());
    }
    return new Cleaned(s, heading);
  }

  /** Soft hyphens, zero-width marks, ligatures, odd hyphens: anything above the Latin-1 letters. */
  private static boolean hasRareCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00ad' || c >= '\u2000' && c <= '\u206f' || c >= '\ufb00' || c == '\ufeff') {
        return true;
      }
    }
    return false;
  }

  /** Two spaces in a row, a space beside a tab, or a space other than the plain one. */
  private static boolean hasOddSpacing(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t') || i > 0 && s.charAt(i - 1) == '\t') {
          return true;
        }
      } else if (c == '\u00a0' || c >= '\u2000' && c <= '\u200a' || c == '\u202f') {
        return true;
      }
    }
    return false;
  }

  /** Strips spaces but keeps tabs: empty leading and trailing cells carry column positions. */
  private static String stripSpaces(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && Character.isWhitespace(s.charAt(start)) && s.charAt(start) != '\t') {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1)) && s.charAt(end - 1) != '\t') {
      end--;
    }
    return s.substring(start, end);
  }

  private static String entity(String name, String whole) {
    if (name.startsWith("#x")) {
      return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
    }
    if (name.startsWith("#")) {
      return new String(Character.toChars(Integer.parseInt(name.substring(1))));
    }
    return ENTITIES.getOrDefault(name, whole);
  }
}
