package se.namndkoll.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document source in the corpus markup, parsed into front matter and blocks.
 *
 * <p>The markup, line by line:
 *
 * <pre>
 * key: value            front matter, up to a line "---" (format, title, kommun, unit, footer …)
 * # Title               heading, level 1 to 3 by the number of #
 * &#64;part LABEL            a new part (a document of its own in a package): new page, the page
 *                       header shows LABEL, and "Sida n(m)" counts within the part
 * &#64;page                  page break
 * &#64;space                 some vertical space
 * &#64;sig Name | line | …   a signature: the name and the lines under it (role, body)
 * &gt; Label: value         a field of the header block, left column
 * &gt;&gt; Label: value        a field of the header block, right column
 * | a | b | c |         a table row; a row "|---|" after the first rows marks them as headings;
 *                       "&lt;br&gt;" in a cell breaks the line inside the cell, as in Markdown
 * 1. text               a numbered list item, kept as plain "1." text
 * - text                a bullet item
 * // comment            ignored
 * text                  a paragraph; lines that follow are joined to it up to a blank line;
 *                       **bold** marks bold text inside it; a line ending in a backslash
 *                       ends in a hard line break
 * </pre>
 *
 * List items take continuation lines indented by two spaces or more.
 */
final class SourceDocument {

  /** Front matter keys, in the order written. */
  final Map<String, String> meta;

  final List<Block> blocks;

  private SourceDocument(Map<String, String> meta, List<Block> blocks) {
    this.meta = meta;
    this.blocks = List.copyOf(blocks);
  }

  String get(String key, String fallback) {
    String v = meta.get(key);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  /** The text of the first level-1 heading, or {@code null}. */
  String firstH1() {
    for (Block b : blocks) {
      if (b instanceof Heading h && h.level() == 1) {
        return Inline.plain(h.text());
      }
    }
    return null;
  }

  sealed interface Block
      permits Heading, Paragraph, ListItem, Table, Meta, Signature, PageBreak, Part, Space {}

  record Heading(int level, String text) implements Block {}

  record Paragraph(String text) implements Block {}

  /** A list item; {@code marker} is "1." for numbered items, "•" for bullets. */
  record ListItem(String marker, String text) implements Block {
    boolean numbered() {
      return !marker.equals("•");
    }
  }

  record Table(List<List<String>> rows, int headerRows) implements Block {}

  record Field(String label, String value, boolean right) {}

  record Meta(List<Field> fields) implements Block {
    List<Field> left() {
      return fields.stream().filter(f -> !f.right()).toList();
    }

    List<Field> right() {
      return fields.stream().filter(Field::right).toList();
    }
  }

  record Signature(String name, List<String> lines) implements Block {}

  record PageBreak() implements Block {}

  record Part(String label) implements Block {}

  record Space() implements Block {}

  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(.*)$");
  private static final Pattern FRONT = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):\\s*(.*)$");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\|\\s*:?-{3,}.*$");

  static SourceDocument parse(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    Map<String, String> meta = new LinkedHashMap<>();
    int i = 0;
    boolean closed = false;
    for (; i < lines.length; i++) {
      String l = lines[i];
      if (l.strip().equals("---")) {
        closed = true;
        i++;
        break;
      }
      if (l.isBlank() || l.startsWith("//")) {
        continue;
      }
      Matcher m = FRONT.matcher(l);
      if (!m.matches()) {
        throw new IllegalArgumentException("front matter line " + (i + 1) + ": " + l);
      }
      meta.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
    }
    if (!closed) {
      throw new IllegalArgumentException("the front matter must end with a line ---");
    }
    List<Block> blocks = new ArrayList<>();
    StringBuilder para = null;
    ListItem pendingItem = null;
    List<List<String>> tableRows = null;
    int headerRows = 0;
    List<Field> fields = null;
    for (; i < lines.length; i++) {
      String raw = lines[i];
      String l = raw.strip();
      boolean continuation = pendingItem != null && raw.startsWith("  ") && !l.isEmpty();
      if (continuation) {
        pendingItem = new ListItem(pendingItem.marker(), join(pendingItem.text(), l));
        continue;
      }
      // Close whatever block the line does not continue.
      boolean isTable = l.startsWith("|");
      boolean isField = l.startsWith(">");
      if (pendingItem != null) {
        blocks.add(pendingItem);
        pendingItem = null;
      }
      if (tableRows != null && !isTable) {
        blocks.add(new Table(tableRows, headerRows));
        tableRows = null;
      }
      if (fields != null && !isField) {
        blocks.add(new Meta(fields));
        fields = null;
      }
      boolean plainText =
          !l.isEmpty()
              && !l.startsWith("//")
              && !l.startsWith("#")
              && !l.startsWith("@")
              && !isTable
              && !isField
              && !NUMBERED.matcher(l).matches()
              && !l.startsWith("- ");
      if (para != null && !plainText) {
        blocks.add(new Paragraph(para.toString()));
        para = null;
      }
      if (l.isEmpty() || l.startsWith("//")) {
        continue;
      }
      if (plainText) {
        if (para == null) {
          para = new StringBuilder(l);
        } else {
          String joined = join(para.toString(), l);
          para.setLength(0);
          para.append(joined);
        }
        continue;
      }
      if (isTable) {
        if (tableRows == null) {
          tableRows = new ArrayList<>();
          headerRows = 0;
        }
        if (TABLE_RULE.matcher(l).matches()) {
          headerRows = tableRows.size();
        } else {
          tableRows.add(cells(l));
        }
        continue;
      }
      if (isField) {
        boolean right = l.startsWith(">>");
        String f = l.substring(right ? 2 : 1).strip();
        int colon = f.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException("line " + (i + 1) + ": a field needs 'Label: value'");
        }
        if (fields == null) {
          fields = new ArrayList<>();
        }
        fields.add(new Field(f.substring(0, colon).strip(), f.substring(colon + 1).strip(), right));
        continue;
      }
      if (l.startsWith("#")) {
        int level = 0;
        while (level < l.length() && l.charAt(level) == '#') {
          level++;
        }
        if (level > 3) {
          throw new IllegalArgumentException("line " + (i + 1) + ": headings go to level 3");
        }
        blocks.add(new Heading(level, l.substring(level).strip()));
        continue;
      }
      if (l.startsWith("@")) {
        String[] p = l.split("\\s+", 2);
        String arg = p.length > 1 ? p[1].strip() : "";
        switch (p[0]) {
          case "@page" -> blocks.add(new PageBreak());
          case "@part" -> blocks.add(new Part(arg));
          case "@space" -> blocks.add(new Space());
          case "@sig" -> {
            String[] s = arg.split("\\|");
            List<String> rest = new ArrayList<>();
            for (int k = 1; k < s.length; k++) {
              rest.add(s[k].strip());
            }
            blocks.add(new Signature(s[0].strip(), rest));
          }
          default ->
              throw new IllegalArgumentException("line " + (i + 1) + ": unknown directive " + p[0]);
        }
        continue;
      }
      Matcher n = NUMBERED.matcher(l);
      if (n.matches()) {
        pendingItem = new ListItem(n.group(1) + ".", n.group(2));
      } else {
        pendingItem = new ListItem("•", l.substring(2).strip());
      }
    }
    if (pendingItem != null) {
      blocks.add(pendingItem);
    }
    if (tableRows != null) {
      blocks.add(new Table(tableRows, headerRows));
    }
    if (fields != null) {
      blocks.add(new Meta(fields));
    }
    if (para != null) {
      blocks.add(new Paragraph(para.toString()));
    }
    return new SourceDocument(meta, blocks);
  }

  /** Joins a continuation line: with a line break after a trailing backslash, else a space. */
  private static String join(String text, String next) {
    if (text.endsWith("\\")) {
      return text.substring(0, text.length() - 1).stripTrailing() + "\n" + next;
    }
    return text + " " + next;
  }

  private static List<String> cells(String row) {
    String r = row.strip();
    if (r.startsWith("|")) {
      r = r.substring(1);
    }
    if (r.endsWith("|")) {
      r = r.substring(0, r.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String c : r.split("\\|", -1)) {
      out.add(c.replaceAll("\\s*<br\\s*/?>\\s*", "\n").strip());
    }
    return out;
  }

  /** Inline markup: runs of plain and bold text. */
  static final class Inline {
    private Inline() {}

    record Run(String text, boolean bold) {}

    static List<Run> runs(String text) {
      List<Run> out = new ArrayList<>();
      boolean bold = false;
      int at = 0;
      while (true) {
        int star = text.indexOf("**", at);
        if (star < 0) {
          if (at < text.length()) {
            out.add(new Run(text.substring(at), bold));
          }
          return out;
        }
        if (star > at) {
          out.add(new Run(text.substring(at, star), bold));
        }
        bold = !bold;
        at = star + 2;
      }
    }

    static String plain(String text) {
      return text.replace("**", "").replace('\n', ' ');
    }

    /** A cell that holds an amount: digits in groups, an optional sign and decimals. */
    static boolean numeric(String cell) {
      String c = plain(cell).strip();
      return !c.isEmpty() && c.matches("[-+]?\\d{1,3}(?:[ \\u00a0]\\d{3})*(?:,\\d+)?%?");
    }
  }
}
