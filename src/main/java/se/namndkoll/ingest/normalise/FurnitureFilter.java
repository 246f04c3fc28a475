package se.namndkoll.ingest.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.ingest.vocabulary.Headings;

/**
 * Blanks the page furniture that real documents repeat on every page: page numbers ("Sida 2(3)",
 * "2 (30)", "Sida 2 av 3"), headers and footers that recur at the top or bottom of most pages, and
 * the kommun's address block ("Postadress … Besöksadress … Telefon …").
 *
 * <p>Lines are blanked rather than dropped, so that line numbers stay those of the source.
 */
final class FurnitureFilter {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^(?:(?:sida|sid\\.?|page)\\s*)?\\d{1,4}\\s*(?:\\(\\s*\\d{1,4}\\s*\\)|av\\s+\\d{1,4})$"
              + "|^(?:sida|sid\\.?|page)\\s*\\d{1,4}$"
              + "|^[-–]\\s*\\d{1,4}\\s*[-–]$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PAGE_LABEL = Pattern.compile("^(?:sida|sid\\.?)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAGE_VALUE = Pattern.compile("^\\d{1,4}\\s*\\(\\s*\\d{1,4}\\s*\\)$|^\\d{1,4}\\s+av\\s+\\d{1,4}$");

  private static final Pattern ADDRESS_LABEL =
      Pattern.compile(
          "^(?:postadress|post|besöksadress|besök|gatuadress|telefon|tel|tfn|växel|telefax|fax|hemsida"
              + "|webbplats|webb|internet|e-post|epost|e-mail|org\\.?\\s?nr|organisationsnummer"
              + "|bankgiro|plusgiro|postgiro)\\b\\.?:?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PROTOCOL_FURNITURE =
      Pattern.compile(
          "^(?:justerandes\\s+sign(?:atur)?\\.?|justerarnas\\s+sign(?:atur)?\\.?|utdragsbestyrkande"
              + "|ordförandes\\s+sign(?:atur)?\\.?)(?:\\s+(?:justerandes\\s+sign(?:atur)?\\.?"
              + "|utdragsbestyrkande|ordförandes\\s+sign(?:atur)?\\.?))*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PROTECTED =
      Pattern.compile(
          "(?:ordförande|vice ordförande|förvaltningschef|sekreterare|nämndsekreterare|justerare"
              + "|kommunalråd|avdelningschef|kommundirektör|beslutsunderlag|samverkan|bilagor"
              + "|barnkonsekvensanalys|sammanfattning|ärendet i sin helhet|beslutet expedieras till"
              + "|handläggare|datum|instans|dnr|diarienummer|.*s beslut|.*beslutar att.*"
              + "|[\\p{L} -]{3,60}(?:nämndens|styrelsens|fullmäktiges|utskottets))");

  private static final Pattern ADDRESS_INLINE =
      Pattern.compile(
          "(?:^|[\\s·|,;])(?:postadress|besöksadress|telefon|tel|e-post|epost|webb|webbplats|hemsida"
              + "|org\\.?\\s?nr|organisationsnummer|fax|bankgiro|plusgiro)\\s*:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SENDER =
      Pattern.compile("^\\p{Lu}[\\p{L}\\- ]{2,60}(?:förvaltningen|förvaltning|kontoret|kommun|stad|region)$",
          Pattern.UNICODE_CASE);

  private static final int ZONE = 6;
  private static final int ADDRESS_WINDOW = 12;
  private static final int ADDRESS_VALUE_MAX = 60;

  private FurnitureFilter() {}

  static List<WorkLine> filter(List<WorkLine> lines, int pageCount) {
    List<WorkLine> out = new ArrayList<>(lines);
    blankTableOfContents(out);
    blankPageNumbers(out);
    blankProtocolFurniture(out);
    blankAddressBlocks(out);
    if (pageCount >= 3) {
      blankRepeatedHeadersAndFooters(out, pageCount);
    } else {
      blankRepeatedWithoutPages(out);
    }
    blankRepeatedLetterhead(out);
    return out;
  }

  /**
   * The letterhead a document repeats at the top of its later pages ("Norrvik kommun",
   * "Kultur- och fritidsförvaltningen", "TJÄNSTESKRIVELSE" on page 2 of a two-page skrivelse), where
   * too few pages leave it to the count of running heads: two or more lines that open a later page
   * and all stand among the first lines of page 1 are furniture there. Page 1 keeps them: they are
   * the document's own heading. One line alone is never taken, a section heading may recur.
   */
  private static void blankRepeatedLetterhead(List<WorkLine> lines) {
    Map<Integer, List<Integer>> byPage = nonBlankByPage(lines);
    List<Integer> first = byPage.get(1);
    if (first == null || byPage.size() < 2) {
      return;
    }
    Set<String> letterhead = new HashSet<>();
    for (int z = 0; z < Math.min(2 * ZONE, first.size()); z++) {
      letterhead.add(exactKey(lines.get(first.get(z)).text()));
    }
    for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
      if (page.getKey() == 1) {
        continue;
      }
      List<Integer> idx = page.getValue();
      int run = 0;
      while (run < idx.size() && run < ZONE && letterhead.contains(exactKey(lines.get(idx.get(run)).text()))) {
        run++;
      }
      if (run >= 2) {
        for (int r = 0; r < run; r++) {
          lines.set(idx.get(r), lines.get(idx.get(r)).blank());
        }
      }
    }
  }

  private static final Pattern LEADER = Pattern.compile("(?:\\.\\s?){4,}\\s*\\d{1,4}\\s*$|…{2,}\\s*\\d{1,4}\\s*$");
  private static final Pattern CONTENTS_HEADING =
      Pattern.compile("^(?:innehåll|innehållsförteckning|innehållsförteckning:|innehåll:|sida)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MIN_CONTENTS_ENTRIES = 3;
  private static final int ENTRY_GAP = 8;

  /**
   * A table of contents — titles with dotted leaders and page numbers, at least three of them close
   * together, with the lines of each entry above its leader and the "Innehåll" heading — lists what
   * follows; it is not itself content, and its "§ 12 Dnr …" entries are no paragraphs.
   */
  private static void blankTableOfContents(List<WorkLine> lines) {
    List<Integer> leaders = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (t.length() >= 8 && (t.indexOf('.') >= 0 || t.indexOf('…') >= 0) && LEADER.matcher(t).find()
          || t.indexOf('\t') >= 0 && isContentsRow(t)) {
        leaders.add(i);
      }
    }
    int k = 0;
    while (k < leaders.size()) {
      int j = k;
      while (j + 1 < leaders.size() && nonBlankBetween(lines, leaders.get(j), leaders.get(j + 1)) <= ENTRY_GAP) {
        j++;
      }
      if (j - k + 1 >= MIN_CONTENTS_ENTRIES) {
        int start = entryStart(lines, leaders.get(k));
        for (int i = start; i <= leaders.get(j); i++) {
          lines.set(i, lines.get(i).blank());
        }
      }
      k = j + 1;
    }
  }

  private static final Pattern PAGE_CELL = Pattern.compile("^\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?$");

  /**
   * A table row of a table of contents: a title, perhaps a "§" and its number, and the page (or
   * pages) in its last cell; not a row of figures.
   */
  private static boolean isContentsRow(String t) {
    String[] cells = t.split("\t");
    List<String> filled = new ArrayList<>();
    for (String c : cells) {
      if (!c.isBlank()) {
        filled.add(c.strip());
      }
    }
    if (filled.size() < 2 || !PAGE_CELL.matcher(filled.get(filled.size() - 1)).matches()) {
      return false;
    }
    int titles = 0;
    int numbers = 0;
    for (String s : filled.subList(0, filled.size() - 1)) {
      if (s.length() >= 8 && Character.isLetter(s.codePointAt(0))) {
        titles++;
      } else if (s.matches("[§\\d\\s.,–-]+")) {
        numbers++;
      }
    }
    return titles == 1 && numbers <= 2;
  }

  private static int nonBlankBetween(List<WorkLine> lines, int from, int to) {
    int n = 0;
    for (int i = from + 1; i < to; i++) {
      n += lines.get(i).isBlank() ? 0 : 1;
    }
    return n;
  }

  /** The first line of the entry that ends at a leader: up over its own lines and the heading above. */
  private static int entryStart(List<WorkLine> lines, int leader) {
    int start = leader;
    int seen = 0;
    for (int i = leader - 1; i >= 0 && seen < 4; i--) {
      if (lines.get(i).isBlank()) {
        if (i > 0 && lines.get(i - 1).isBlank()) {
          break;
        }
        continue;
      }
      seen++;
      if (CONTENTS_HEADING.matcher(lines.get(i).text().strip()).matches()) {
        return i;
      }
      if (lines.get(i).text().startsWith("§") || seen == 1 && !lines.get(i).text().endsWith(".")) {
        start = i;
      } else {
        break;
      }
    }
    for (int i = start - 1, n = 0; i >= 0 && n < 3; i--) {
      if (!lines.get(i).isBlank()) {
        n++;
        if (CONTENTS_HEADING.matcher(lines.get(i).text().strip()).matches()) {
          return i;
        }
      }
    }
    return start;
  }

  private static void blankPageNumbers(List<WorkLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (t.isEmpty() || t.length() > 24) {
        continue;
      }
      if (PAGE_NUMBER.matcher(t).matches()) {
        lines.set(i, lines.get(i).blank());
      } else if (PAGE_LABEL.matcher(t).matches()) {
        int next = nextNonBlank(lines, i + 1, 3);
        if (next >= 0 && PAGE_VALUE.matcher(lines.get(next).text()).matches()) {
          lines.set(i, lines.get(i).blank());
          lines.set(next, lines.get(next).blank());
        }
      }
    }
  }

  private static void blankProtocolFurniture(List<WorkLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i).text();
      if (raw.length() < 12 || raw.length() > 90 || "jJuUoO".indexOf(raw.charAt(0)) < 0) {
        continue;
      }
      String t = raw.replace('\t', ' ');
      if (PROTOCOL_FURNITURE.matcher(t).matches()) {
        lines.set(i, lines.get(i).blank());
      }
    }
  }

  /**
   * An address block has at least two address labels within a few lines; its labels and the short
   * value lines among them are blanked.
   */
  private static void blankAddressBlocks(List<WorkLine> lines) {
    List<Integer> labelled = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (isAddressLabel(lines.get(i).text())) {
        labelled.add(i);
      }
    }
    Set<Integer> blank = new HashSet<>();
    for (int k = 0; k < labelled.size(); k++) {
      int first = labelled.get(k);
      int last = first;
      int count = 1;
      int j = k + 1;
      while (j < labelled.size() && labelled.get(j) - last <= 3 && labelled.get(j) - first <= ADDRESS_WINDOW) {
        last = labelled.get(j);
        count++;
        j++;
      }
      if (count >= 2) {
        for (int i = first; i <= last; i++) {
          blank.add(i);
        }
        // the value of the last label: the next short line(s)
        int next = nextNonBlank(lines, last + 1, 2);
        if (next >= 0 && isAddressValue(lines.get(next).text())) {
          blank.add(next);
        }
        k = j - 1;
      }
    }
    for (int i : new ArrayList<>(blank)) {
      // the förvaltning's name heads its address block
      int above = prevNonBlank(lines, i - 1, 1);
      if (above >= 0 && !blank.contains(above) && SENDER.matcher(lines.get(above).text()).matches()) {
        blank.add(above);
      }
    }
    for (int i : blank) {
      String t = lines.get(i).text();
      if (t.length() <= ADDRESS_VALUE_MAX * 3 || isAddressLabel(t)) {
        lines.set(i, lines.get(i).blank());
      }
    }
  }

  private static boolean isAddressLabel(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (text.indexOf(':') >= 0) {
      Matcher inline = ADDRESS_INLINE.matcher(text);
      int found = 0;
      while (inline.find()) {
        found++;
      }
      if (found >= 2) {
        return true;
      }
    }
    if (text.indexOf('\t') >= 0) {
      int labels = 0;
      for (String cell : text.split("\t")) {
        if (ADDRESS_LABEL.matcher(cell.strip()).lookingAt()) {
          labels++;
        }
      }
      return labels >= 2;
    }
    return text.length() <= ADDRESS_VALUE_MAX && ADDRESS_LABEL.matcher(text).lookingAt();
  }

  private static boolean isAddressValue(String text) {
    return text.length() <= ADDRESS_VALUE_MAX * 2 && !text.endsWith(".");
  }

  /**
   * A line that recurs near the top or bottom of at least half of the pages is a running header or
   * footer: the same text ("Sammanträdesprotokoll 2019-03-19"), or the same shape with the page's
   * own number in it ("Sida 3 av 12", "KOMMUNEN 2(4)"). A line of the same shape with other numbers
   * — a paragraph's "§ 10 Dnr 2018/373" at the top of each page — is content, and so are sentences
   * and section headings, which recur where every page holds one paragraph.
   */
  private static void blankRepeatedHeadersAndFooters(List<WorkLine> lines, int pageCount) {
    Map<Integer, List<Integer>> byPage = nonBlankByPage(lines);
    Map<String, Set<Integer>> pagesByKey = new HashMap<>();
    Map<String, List<Integer>> indexesByKey = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> page : byPage.entrySet()) {
      List<Integer> idx = page.getValue();
      Set<Integer> zone = new HashSet<>();
      for (int z = 0; z < Math.min(ZONE, idx.size()); z++) {
        zone.add(idx.get(z));
        zone.add(idx.get(idx.size() - 1 - z));
      }
      for (int i : zone) {
        String text = lines.get(i).text();
        if (mayBeFurniture(text)) {
          List<String> keys = holdsNumber(text, page.getKey()) ? List.of(exactKey(text), key(text)) : List.of(exactKey(text));
          for (String key : keys) {
            pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(page.getKey());
            indexesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
          }
        }
      }
    }
    int threshold = Math.max(3, (pageCount + 1) / 2);
    Set<Integer> blanked = new HashSet<>();
    Map<Integer, String> guarded = new HashMap<>();
    for (Map.Entry<String, Set<Integer>> e : pagesByKey.entrySet()) {
      String key = e.getKey().startsWith("=") ? e.getKey().substring(1) : e.getKey();
      if (e.getValue().size() < threshold || key.isBlank()) {
        continue;
      }
      List<Integer> at = indexesByKey.get(e.getKey());
      int first = at.stream().min(Integer::compare).orElse(-1);
      for (int i : at) {
        // the running head of the same text where it first stands, at the top of its page, is
        // the document's own heading (the nämnd, the kind of document, the date): kept for the
        // meeting; one that counts the pages is furniture everywhere
        boolean sameText = e.getKey().startsWith("=");
        if (sameText && i == first && atTop(lines, byPage.get(lines.get(i).page()), i)) {
          continue;
        }
        if (isProtected(key) || cellProtected(lines.get(i).text()) || signsAbove(lines, i)) {
          guarded.put(i, e.getKey());
        } else {
          blanked.add(i);
        }
      }
    }
    // a label or value that recurs inside a running head ("Nämnden för …" / "Datum" / the date
    // under the page's number) is furniture with it; alone it is content
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Integer i : new ArrayList<>(guarded.keySet())) {
        if (nextTo(lines, blanked, i)) {
          blanked.add(i);
          guarded.remove(i);
          grew = true;
        }
      }
    }
    for (int i : blanked) {
      lines.set(i, lines.get(i).blank());
    }
  }

  /** The indexes of each page's non-blank lines, in order, by page number. */
  private static Map<Integer, List<Integer>> nonBlankByPage(List<WorkLine> lines) {
    Map<Integer, List<Integer>> byPage = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank() && lines.get(i).page() > 0) {
        byPage.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
      }
    }
    return byPage;
  }

  private static final int MIN_REPEATS_WITHOUT_PAGES = 4;
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,3}$");

  /**
   * Text without pages (a conversion that dropped them) still repeats its running heads and
   * footers between the pages: a short line of the same text four times or more, never a heading,
   * § line or sentence, is furniture where it recurs (kept where it first stands), and so are the
   * page numbers beside it.
   */
  private static void blankRepeatedWithoutPages(List<WorkLine> lines) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      if (!t.isEmpty() && mayBeFurniture(t) && !BARE_NUMBER.matcher(t).matches()) {
        byKey.computeIfAbsent(exactKey(t), k -> new ArrayList<>()).add(i);
      }
    }
    Set<Integer> repeated = new HashSet<>();
    for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
      List<Integer> at = e.getValue();
      if (at.size() >= MIN_REPEATS_WITHOUT_PAGES && !isProtected(e.getKey().substring(1))) {
        for (int i : at.subList(1, at.size())) {
          if (!signsAbove(lines, i)) {
            repeated.add(i);
          }
        }
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (BARE_NUMBER.matcher(lines.get(i).text()).matches()) {
        repeated.add(i);
      }
    }
    // a block of such lines, two or more together, is the furniture between two pages; one
    // repeated line alone (a table's column heads) is content
    Set<Integer> blanked = new HashSet<>();
    for (int i : repeated) {
      boolean number = BARE_NUMBER.matcher(lines.get(i).text()).matches();
      // a page number counts only beside a repeated line, not beside another number
      if (nextTo(lines, number ? k -> repeated.contains(k) && !BARE_NUMBER.matcher(lines.get(k).text()).matches()
          : repeated::contains, i)) {
        blanked.add(i);
      }
    }
    for (int i : blanked) {
      lines.set(i, lines.get(i).blank());
    }
  }

  /** True when the nearest non-blank line above or below on the same page is in the set. */
  private static boolean nextTo(List<WorkLine> lines, Set<Integer> set, int i) {
    return nextTo(lines, set::contains, i);
  }

  /** True when the nearest non-blank line above or below on the same page is one the test accepts. */
  private static boolean nextTo(List<WorkLine> lines, IntPredicate accepted, int i) {
    int prev = prevNonBlank(lines, i - 1, 2);
    int next = nextNonBlank(lines, i + 1, 2);
    return prev >= 0 && accepted.test(prev) && lines.get(prev).page() == lines.get(i).page()
        || next >= 0 && accepted.test(next) && lines.get(next).page() == lines.get(i).page();
  }

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** True when the line is among the first lines of its page. */
  private static boolean atTop(List<WorkLine> lines, List<Integer> pageLines, int i) {
    return pageLines != null && pageLines.indexOf(i) >= 0 && pageLines.indexOf(i) < ZONE
        && (pageLines.size() <= 2 * ZONE || pageLines.indexOf(i) < pageLines.size() - ZONE);
  }
  private static final int MAX_FURNITURE_WORDS = 8;

  /** Running heads are short or address-like, and never a protocol paragraph's opening or a section heading. */
  private static boolean mayBeFurniture(String text) {
    String t = text.strip();
    if (t.startsWith("§") || Headings.section(t).isPresent() || Headings.decision(t).isPresent()) {
      return false;
    }
    // a long line is furniture when it reads like an address or contact line, not like a sentence
    return t.split("\\s+").length <= MAX_FURNITURE_WORDS || ADDRESS_LIKE.matcher(t).find();
  }

  private static final Pattern ADDRESS_LIKE = Pattern.compile("\\d|@|\\||:|www\\.");

  /** True when one of the line's numbers is the page's own number. */
  private static boolean holdsNumber(String text, int page) {
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      if (m.group().length() <= 4 && Integer.parseInt(m.group()) == page) {
        return true;
      }
    }
    return false;
  }

  private static String exactKey(String text) {
    return "=" + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /**
   * Roles and section headings recur at page ends when decision documents are one page each; they
   * are content, never furniture.
   */
  private static boolean isProtected(String key) {
    return PROTECTED.matcher(key).matches();
  }

  /** A row of a header table read across columns ("Handläggare⇥Datum") is content where one of its cells is. */
  private static boolean cellProtected(String text) {
    if (text.indexOf('\t') < 0) {
      return false;
    }
    for (String cell : text.split("\t")) {
      if (!cell.isBlank() && isProtected(key(cell))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ordförande's name recurs at the end of every skrivelse just above the role, and an
   * officer's under the "Handläggare" label: a value next to a label is content.
   */
  private static boolean signsAbove(List<WorkLine> lines, int i) {
    int page = lines.get(i).page();
    int next = nextNonBlank(lines, i + 1, 2);
    int prev = prevNonBlank(lines, i - 1, 2);
    return next >= 0 && lines.get(next).page() == page && isProtected(key(lines.get(next).text()))
        || prev >= 0 && lines.get(prev).page() == page && isProtected(key(lines.get(prev).text()));
  }

  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }

  private static int prevNonBlank(List<WorkLine> lines, int from, int maxSkip) {
    int seen = 0;
    for (int i = from; i >= 0 && seen <= maxSkip; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
      seen++;
    }
    return -1;
  }

  private static int nextNonBlank(List<WorkLine> lines, int from, int maxSkip) {
    int seen = 0;
    for (int i = from; i < lines.size() && seen <= maxSkip; i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
      seen++;
    }
    return -1;
  }
}
