package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the items of a list under Beslutsunderlag or Beslutet expedieras till: numbered ("1.",
 * "1)"), bulleted, or one item a line; items wrapped over lines are joined.
 */
final class ListItems {

  /** "1. …", "12) …"; a list runs on past 99 ("100. …") once it has counted up to there. */
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,6})\\s*[.)]\\s*(\\S.*)$");
  /** The first number of a numbered list: one or two digits ("2024. …" is a year, not item 2024). */
  private static final int MAX_FIRST_DIGITS = 2;
  private static final Pattern BULLET = Pattern.compile("^[•\\-–*]\\s*(\\S.*)$");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+");
  private static final int MAX_PLAIN_ITEM = 140;

  /** The state of a list being read line by line. */
  static final class Reader {
    private final List<String> items = new ArrayList<>();
    private final List<Integer> itemLines = new ArrayList<>();
    private Style style;
    private int expected = 1;
    private int lastLine = -1;

    enum Style {
      NUMBERED,
      BULLETED,
      PLAIN
    }

    /** Offers the next non-blank line; false when the line does not belong to the list. */
    boolean offer(String line, int index) {
      Matcher n = NUMBERED.matcher(line);
      Matcher b = BULLET.matcher(line);
      if (style == null) {
        if (n.matches() && n.group(1).length() <= MAX_FIRST_DIGITS) {
          style = Style.NUMBERED;
          expected = Integer.parseInt(n.group(1));
        } else if (b.matches()) {
          style = Style.BULLETED;
        } else if (isPlainItem(line)) {
          style = Style.PLAIN;
        } else {
          return false;
        }
      }
      switch (style) {
        case NUMBERED -> {
          if (n.matches() && Integer.parseInt(n.group(1)) == expected) {
            add(n.group(2), index);
            expected++;
            return true;
          }
          return continues(line, index);
        }
        case BULLETED -> {
          if (b.matches()) {
            add(b.group(1), index);
            return true;
          }
          return continues(line, index);
        }
        default -> {
          if (continues(line, index)) {
            return true;
          }
          if (isPlainItem(line)) {
            add(line, index);
            return true;
          }
          return false;
        }
      }
    }

    private boolean continues(String line, int index) {
      if (items.isEmpty()) {
        return false;
      }
      String last = items.get(items.size() - 1);
      boolean open = last.endsWith(":") || last.endsWith(",") || last.endsWith("-")
          || last.endsWith(" och") || last.endsWith(" samt");
      if (open || Character.isLowerCase(line.codePointAt(0))) {
        items.set(items.size() - 1, (last + " " + line).strip());
        lastLine = index;
        return true;
      }
      return false;
    }

    private void add(String text, int index) {
      items.add(text.strip());
      itemLines.add(index);
      lastLine = index;
    }

    List<String> items() {
      return items;
    }

    boolean isEmpty() {
      return items.isEmpty();
    }

    int lastLine() {
      return lastLine;
    }
  }

  private ListItems() {}

  private static boolean isPlainItem(String line) {
    return line.length() <= MAX_PLAIN_ITEM
        && !(line.endsWith(".") && line.split("\\s+").length > 8)
        && Headings.section(line).isEmpty()
        && !Roles.isRole(line);
  }

  /**
   * A recipient as a name: e-mail addresses and separators after the name dropped; a recipient
   * given only by its address ("registrator@myndighet.se") is that address.
   */
  static String recipient(String item) {
    String s = EMAIL.matcher(item).replaceAll("").strip();
    s = s.replaceAll("[\\s,;/:–\\-]+$", "").strip();
    if (s.isEmpty()) {
      Matcher address = EMAIL.matcher(item);
      return address.find() ? address.group().strip() : s;
    }
    return s;
  }

  /** A listed document without trailing punctuation. */
  static String document(String item) {
    return item.replaceAll("[\\s.;,]+$", "").strip();
  }
}
