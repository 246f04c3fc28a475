package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.Location;
import se.namndkoll.model.MoneyTable;

/**
 * Finds money tables in three shapes: cells separated by tabs (as DOCX, HTML and most PDF tools
 * give them), rows flattened to a label and space-separated figures ("Summa intäkter 133 257 134
 * 429"), and one figure per line under its label.
 */
final class TableParser {

  private static final Pattern MONEY_WORDS =
      Pattern.compile(
          "tkr|mkr|mnkr|\\bkr\\b|kronor|ekonomiskt sammandrag|resultat|budget|prognos|utfall|bokslut"
              + "|avvikelse|kommunbidrag|intäkter|kostnader|nettokostnad",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern UNIT =
      Pattern.compile("\\b(tkr|mkr|mnkr|kr|tusental kronor|miljoner kronor)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CAPTION_UNIT =
      Pattern.compile("\\((?:tkr|mkr|mnkr|kr|tusental kronor|miljoner kronor)\\)|\\b(?:tkr|mnkr)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FLAT_ROW =
      Pattern.compile("^(?<label>[^\\d\\t\\-−–][^\\t]*?)\\s+(?<figures>[-−–]?\\s?\\d[\\d \\u00a0,\\-−–]*)$");
  private static final Pattern COLUMN_TOKEN =
      Pattern.compile("\\b(?:19|20)\\d{2}(?::\\d)?\\b|\\b(?:avvikelse|förändring|differens|diff)\\b(?!\\s*(?:19|20)\\d{2})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?::\\d)?");
  private static final int CAPTION_LOOKBACK = 4;
  private static final int UNIT_CAPTION_LOOKBACK = 6;
  private static final int FLAT_WINDOW = 40;
  private static final int MIN_ROWS = 2;
  private static final Pattern COLUMN_WORD =
      Pattern.compile("(?:bokslut|budget|prognos|utfall|avvikelse|förändring|helår|helårsprognos|årsbudget)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR_CELL = Pattern.compile("(?:19|20)\\d{2}(?::\\d)?");

  private TableParser() {}

  /** The money tables in the lines; {@code dnrAt} gives the Dnr of the ärende a line belongs to. */
  static List<MoneyTable> parse(Lines lines, IntFunction<String> dnrAt) {
    List<MoneyTable> tables = new ArrayList<>();
    boolean[] used = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (!used[i] && lines.text(i).indexOf('\t') >= 0) {
        int end = tabTable(lines, i, tables, dnrAt);
        for (int k = i; k <= end; k++) {
          used[k] = true;
        }
        i = end;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      int next = lines.nextNonBlank(i + 1, lines.size() - 1);
      boolean tableBelow = next >= 0 && lines.text(next).indexOf('\t') >= 0;
      if (!used[i] && !tableBelow && isFlatCaption(lines.text(i))) {
        int end = flatTable(lines, i, tables, dnrAt);
        for (int k = i; k <= end; k++) {
          used[k] = true;
        }
      }
    }
    tables.sort(Comparator.comparing(t -> t.location().lineStart() == null ? 0 : t.location().lineStart()));
    return tables;
  }

  private static int tabTable(Lines lines, int start, List<MoneyTable> out, IntFunction<String> dnrAt) {
    List<String> columns = new ArrayList<>();
    List<MoneyTable.Row> rows = new ArrayList<>();
    int end = start;
    int i = start;
    while (i >= 0 && i < lines.size() && lines.text(i).indexOf('\t') >= 0) {
      String[] cells = lines.text(i).split("\t", -1);
      List<Optional<BigDecimal>> values = new ArrayList<>();
      int numeric = 0;
      for (int c = 1; c < cells.length; c++) {
        Optional<BigDecimal> v = Numbers.cell(cells[c]);
        values.add(v);
        if (v.isPresent()) {
          numeric++;
        }
      }
      String label = cells[0].strip();
      if (numeric == 0) {
        if (columns.isEmpty() || rows.isEmpty() && columns.size() < cells.length - 1) {
          columns = new ArrayList<>();
          for (int c = 1; c < cells.length; c++) {
            columns.add(cells[c].strip());
          }
        }
      } else if (!label.isEmpty() && Numbers.cell(label).isEmpty()) {
        List<BigDecimal> row = new ArrayList<>();
        boolean allCells = true;
        for (int c = 0; c < values.size(); c++) {
          String cell = cells[c + 1].strip();
          if (!cell.isEmpty() && values.get(c).isEmpty()) {
            allCells = false;
          }
          row.add(values.get(c).orElse(null));
        }
        if (allCells) {
          rows.add(new MoneyTable.Row(label, row, lines.get(i).location()));
        }
      }
      end = i;
      int next = lines.nextNonBlank(i + 1, Math.min(lines.size() - 1, i + 2));
      i = next;
    }
    String caption = caption(lines, start);
    int rowWidth = rows.stream().mapToInt(r -> r.values().size()).max().orElse(0);
    if (!columns.isEmpty() && columns.size() < rowWidth) {
      columns = headingsRunTogether(columns, rowWidth);
    }
    int width = Math.max(columns.size(), rowWidth);
    if (rows.size() >= MIN_ROWS && isMoney(caption, columns)) {
      out.add(table(caption, columns, rows, width, lines.location(start, end), dnrAt.apply(start), lines, start));
    }
    return end;
  }

  private static int flatTable(Lines lines, int captionLine, List<MoneyTable> out, IntFunction<String> dnrAt) {
    int limit = Math.min(lines.size() - 1, captionLine + FLAT_WINDOW);
    int columns = 0;
    List<String> columnNames = new ArrayList<>();
    List<int[]> rowLines = new ArrayList<>();
    int i = lines.nextNonBlank(captionLine + 1, limit);
    // header lines until the first row
    while (i >= 0 && !isFlatRow(lines.text(i)) && !startsVerticalRow(lines, i, limit)) {
      String t = lines.text(i);
      if (t.length() > 80 || Headings.section(t).isPresent()) {
        return captionLine;
      }
      Matcher m = COLUMN_TOKEN.matcher(t);
      while (m.find()) {
        columns++;
      }
      columnNames.add(t);
      i = lines.nextNonBlank(i + 1, limit);
    }
    List<MoneyTable.Row> rows = new ArrayList<>();
    int end = captionLine;
    while (i >= 0) {
      String t = lines.text(i);
      if (isFlatCaption(t)) {
        break;
      }
      Matcher row = FLAT_ROW.matcher(t);
      if (isFlatRow(t) && row.matches()) {
        int width = columns > 0 ? columns : row.group("figures").strip().split("\\s+").length;
        Optional<List<BigDecimal>> values = Numbers.split(row.group("figures"), width);
        if (values.isEmpty()) {
          break;
        }
        if (columns == 0) {
          columns = values.get().size();
        }
        rows.add(new MoneyTable.Row(row.group("label").strip(), values.get(), lines.get(i).location()));
        end = i;
      } else if (startsVerticalRow(lines, i, limit)) {
        List<BigDecimal> values = new ArrayList<>();
        int k = lines.nextNonBlank(i + 1, limit);
        int last = i;
        while (k >= 0 && Numbers.isSingle(lines.text(k)) && (columns == 0 || values.size() < columns)) {
          values.add(Numbers.cell(lines.text(k)).orElseThrow());
          last = k;
          k = lines.nextNonBlank(k + 1, limit);
        }
        if (columns == 0) {
          columns = values.size();
        }
        while (values.size() < columns) {
          values.add(0, null);
        }
        rows.add(new MoneyTable.Row(t, values, lines.location(i, last)));
        end = last;
        i = last;
      } else if (!isLabelOnly(t)) {
        break;
      }
      i = lines.nextNonBlank(i + 1, limit);
    }
    if (rows.size() >= MIN_ROWS) {
      List<String> names = columnNames(columnNames, columns);
      out.add(table(lines.text(captionLine), names, rows, columns, lines.location(captionLine, end), dnrAt.apply(captionLine), lines, captionLine));
      return end;
    }
    return captionLine;
  }

  /**
   * Headings set closer than a column's gap ("Bokslut 2024 Budget 2025 Avvikelse" in one cell, as a
   * PDF with right-aligned headings gives them) split into one per column, where their years and
   * Avvikelse count exactly as many columns as the rows have; otherwise as they are.
   */
  private static List<String> headingsRunTogether(List<String> cells, int width) {
    String joined = String.join(" ", cells).strip();
    Matcher m = COLUMN_TOKEN.matcher(joined);
    int tokens = 0;
    while (m.find()) {
      tokens++;
    }
    return tokens == width ? columnNames(List.of(joined), width) : cells;
  }

  /** Column names from flattened header lines: each year or Avvikelse closes a name. */
  private static List<String> columnNames(List<String> headerLines, int columns) {
    List<String> names = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : headerLines) {
      for (String word : line.split("\\s+")) {
        if (word.equalsIgnoreCase("post") && names.isEmpty() && pending.length() == 0) {
          continue;
        }
        if (pending.length() > 0) {
          pending.append(' ');
        }
        pending.append(word);
        if (COLUMN_TOKEN.matcher(word).find()) {
          names.add(pending.toString());
          pending.setLength(0);
        }
      }
    }
    while (names.size() < columns) {
      names.add("");
    }
    return names.subList(0, columns);
  }

  private static boolean isFlatCaption(String t) {
    return t.length() <= 120 && !t.endsWith(".") && t.indexOf('\t') < 0 && CAPTION_UNIT.matcher(t).find()
        && !FLAT_ROW.matcher(t).matches();
  }

  /** A label and its figures; a line of column headings ("Budget 2024 Utfall 2024") is none. */
  private static boolean isFlatRow(String t) {
    Matcher m = FLAT_ROW.matcher(t);
    if (!m.matches() || YEAR.matcher(m.group("figures").strip()).matches()) {
      return false;
    }
    Matcher columns = COLUMN_TOKEN.matcher(t);
    int n = 0;
    while (columns.find()) {
      n++;
    }
    return n < 2;
  }

  private static boolean startsVerticalRow(Lines lines, int i, int limit) {
    if (!isLabelOnly(lines.text(i))) {
      return false;
    }
    int k = lines.nextNonBlank(i + 1, limit);
    if (k >= 0 && COLUMN_WORD.matcher(lines.text(i).strip()).matches() && YEAR_CELL.matcher(lines.text(k).strip()).matches()) {
      // a column heading broken before its year ("Bokslut" / "2022"), not a row
      return false;
    }
    return k >= 0 && Numbers.isSingle(lines.text(k));
  }

  private static boolean isLabelOnly(String t) {
    return t.length() <= 60 && !t.matches(".*\\d.*") && !t.endsWith(".");
  }

  /**
   * The table's caption: the nearest line above it that names a unit ("Verksamhet, tkr"), past
   * the pieces of headings set over several lines; else the nearest line above that is no row.
   */
  private static String caption(Lines lines, int start) {
    int k = start;
    for (int n = 0; n < UNIT_CAPTION_LOOKBACK; n++) {
      k = lines.prevNonBlank(k - 1, 0);
      if (k < 0) {
        break;
      }
      String t = lines.text(k);
      if (t.indexOf('\t') < 0 && t.length() <= 120 && CAPTION_UNIT.matcher(t).find()) {
        return t;
      }
    }
    k = start;
    for (int n = 0; n < CAPTION_LOOKBACK; n++) {
      k = lines.prevNonBlank(k - 1, 0);
      if (k < 0) {
        return "";
      }
      String t = lines.text(k);
      if (t.indexOf('\t') < 0 && t.length() <= 120) {
        return t;
      }
    }
    return "";
  }

  private static boolean isMoney(String caption, List<String> columns) {
    return MONEY_WORDS.matcher(caption).find() || MONEY_WORDS.matcher(String.join(" ", columns)).find();
  }

  private static MoneyTable table(String caption, List<String> columns, List<MoneyTable.Row> rows, int width,
      Location location, String dnr, Lines lines, int at) {
    List<MoneyTable.Row> fitted = new ArrayList<>();
    for (MoneyTable.Row r : rows) {
      List<BigDecimal> v = new ArrayList<>(r.values());
      while (v.size() < width) {
        v.add(null);
      }
      fitted.add(new MoneyTable.Row(r.label(), v.subList(0, width), r.location()));
    }
    List<String> cols = new ArrayList<>(columns);
    while (cols.size() < width) {
      cols.add("");
    }
    Matcher unit = UNIT.matcher(caption + " " + String.join(" ", columns));
    String u = unit.find() ? unit.group(1).toLowerCase(Text.SV) : null;
    if ("mnkr".equals(u) || "miljoner kronor".equals(u)) {
      u = "mkr";
    } else if ("tusental kronor".equals(u)) {
      u = "tkr";
    }
    return new MoneyTable(caption, u, cols.subList(0, width), fitted, dnr, location);
  }
}
