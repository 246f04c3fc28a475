package se.namndkoll.rules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.namndkoll.model.MoneyTable;

/**
 * The arithmetic a money table promises, checked cell by cell: component rows sum to their total
 * row, intäkter + kostnader (+ rows between) = netto, netto + kommunbidrag = resultat, and an
 * avvikelse column is the difference of its outcome and budget columns. Every identity whose
 * figures are all there and do not meet exactly is a {@link Break}; whether it lies beyond
 * rounding is the rules' judgement.
 */
public final class TableIdentities {

  private static final Pattern TOTAL = pattern("^(?:summa|totalt?|total|s:a)\\b|\\bsumma$|^summa\\s");
  private static final Pattern INCOME = pattern("^(?:summa\\s+)?(?:verksamhetens\\s+)?intäkter\\b");
  private static final Pattern COSTS = pattern("^(?:summa\\s+)?(?:verksamhetens\\s+)?kostnader\\b");
  private static final Pattern NET = pattern("^netto(?:kostnad(?:er)?|resultat)?\\b|^verksamhetens\\s+nettokostnad");
  private static final Pattern GRANT = pattern("^(?:kommunbidrag|budgetram|ram\\b|kommunens\\s+bidrag)");
  private static final Pattern RESULT = pattern("^(?:resultat|årets\\s+resultat|budgetavvikelse)\\b");
  private static final Pattern DEVIATION = pattern("avvikelse|förändring|differens|diff\\b");
  private static final Pattern CHANGE = pattern("förändring|differens|diff\\b");
  private static final Pattern OUTCOME = pattern("prognos|bokslut|utfall|helår|resultat");
  private static final Pattern BUDGET = pattern("budget");

  /** Rows a table must have for an identity between its columns to be read from them. */
  static final int MIN_KEPT_ROWS = 5;
  /** Rows that must meet such an identity with both terms other than zero. */
  static final int MIN_PROVING_ROWS = 3;

  private TableIdentities() {}

  /**
   * An identity the table's figures do not meet.
   *
   * @param identity what should hold, in words
   * @param rowIndex the row of the stated figure
   * @param columnIndex the column of the stated figure
   * @param terms how many figures the identity adds
   * @param precision the smallest step the figures are written in, in the table's unit
   */
  public record Break(String identity, int rowIndex, int columnIndex, BigDecimal computed, BigDecimal stated,
      int terms, BigDecimal precision) {

    public BigDecimal difference() {
      return computed.subtract(stated).abs();
    }
  }

  public static List<Break> check(MoneyTable table) {
    List<Break> out = new ArrayList<>();
    List<MoneyTable.Row> rows = table.rows();
    int width = rows.stream().mapToInt(r -> r.values().size()).max().orElse(0);
    sums(rows, width, out);
    net(rows, width, out);
    result(rows, width, out);
    deviations(table, width, out);
    kept(table, width, out);
    return out;
  }

  /**
   * Identities between columns that a table keeps in its rows without naming them (a PDF's
   * headings over several lines, or none read): where column c is column a plus, or less, column b
   * in all of at least {@link #MIN_KEPT_ROWS} rows but one in ten, and in at least {@link
   * #MIN_PROVING_ROWS} of them with neither a nor b zero (so that "a + 0 = a" proves nothing), the
   * rows that do not meet it break it. A break already found by a named identity is not repeated.
   */
  private static void kept(MoneyTable table, int width, List<Break> out) {
    List<MoneyTable.Row> rows = table.rows();
    if (rows.size() < MIN_KEPT_ROWS) {
      return;
    }
    Set<Long> broken = new HashSet<>();
    for (Break b : out) {
      broken.add(cell(b.rowIndex(), b.columnIndex()));
    }
    for (int c = 2; c < width; c++) {
      for (int a = 0; a < c; a++) {
        for (int b = 0; b < c; b++) {
          if (a < b) {
            keptIdentity(table, a, b, c, false, broken, out);
          }
          if (a != b) {
            keptIdentity(table, a, b, c, true, broken, out);
          }
        }
      }
    }
  }

  private static void keptIdentity(MoneyTable table, int a, int b, int c, boolean minus, Set<Long> broken,
      List<Break> out) {
    List<MoneyTable.Row> rows = table.rows();
    int present = 0;
    int failing = 0;
    int proving = 0;
    for (MoneyTable.Row r : rows) {
      BigDecimal x = value(r, a);
      BigDecimal y = value(r, b);
      BigDecimal z = value(r, c);
      if (x == null || y == null || z == null) {
        continue;
      }
      present++;
      BigDecimal step = precision(List.of(x, y, z));
      BigDecimal off = (minus ? x.subtract(y) : x.add(y)).subtract(z).abs();
      if (off.compareTo(step.multiply(BigDecimal.valueOf(2))) > 0) {
        failing++;
      } else if (x.signum() != 0 && y.signum() != 0) {
        proving++;
      }
    }
    if (present < MIN_KEPT_ROWS || proving < MIN_PROVING_ROWS || failing == 0
        || failing > Math.max(1, present / 10)) {
      return;
    }
    String what = name(table, c) + " = " + name(table, a) + (minus ? " − " : " + ") + name(table, b)
        + ", som tabellens övriga rader visar";
    for (int i = 0; i < rows.size(); i++) {
      MoneyTable.Row r = rows.get(i);
      BigDecimal x = value(r, a);
      BigDecimal y = value(r, b);
      BigDecimal z = value(r, c);
      if (x == null || y == null || z == null || broken.contains(cell(i, c))) {
        continue;
      }
      BigDecimal computed = minus ? x.subtract(y) : x.add(y);
      if (computed.compareTo(z) != 0) {
        out.add(new Break(what + " (raden \"" + r.label().strip() + "\")", i, c, computed, z, 2,
            precision(List.of(x, y, z))));
        broken.add(cell(i, c));
      }
    }
  }

  private static String name(MoneyTable table, int column) {
    String heading = column < table.columns().size() ? table.columns().get(column).strip() : "";
    return heading.isEmpty() ? "beloppskolumn " + (column + 1) : "\"" + heading + "\"";
  }

  private static long cell(int row, int column) {
    return ((long) row << 32) | column;
  }

  /** Rows since the last total (or the start) sum to a total row. */
  private static void sums(List<MoneyTable.Row> rows, int width, List<Break> out) {
    int from = 0;
    for (int i = 0; i < rows.size(); i++) {
      String label = label(rows.get(i));
      if (!TOTAL.matcher(label).find()) {
        if (isSummaryLine(label)) {
          from = i + 1;
        }
        continue;
      }
      int start = from;
      if (label.contains("kostnad")) {
        start = Math.max(start, last(rows, INCOME, from, i) + 1);
      } else if (label.contains("intäkt")) {
        start = Math.max(start, last(rows, COSTS, from, i) + 1);
      }
      List<Integer> parts = new ArrayList<>();
      for (int k = start; k < i; k++) {
        parts.add(k);
      }
      if (parts.size() >= 2) {
        for (int c = 0; c < width; c++) {
          compare(rows, parts, i, c, "\"" + rows.get(i).label().strip() + "\" = summan av raderna ovan", out);
        }
      }
      from = i + 1;
    }
  }

  /** The last row before {@code to} (from {@code from}) whose label matches, or {@code from - 1}. */
  private static int last(List<MoneyTable.Row> rows, Pattern p, int from, int to) {
    int found = from - 1;
    for (int k = from; k < to; k++) {
      if (p.matcher(label(rows.get(k))).find()) {
        found = k;
      }
    }
    return found;
  }

  /** Netto, resultat and kommunbidrag rows end a run of component rows without being a sum of it. */
  private static boolean isSummaryLine(String label) {
    return NET.matcher(label).find() || GRANT.matcher(label).find() || RESULT.matcher(label).find();
  }

  private static void net(List<MoneyTable.Row> rows, int width, List<Break> out) {
    int income = -1;
    int costs = -1;
    for (int i = 0; i < rows.size(); i++) {
      String label = label(rows.get(i));
      if (INCOME.matcher(label).find() && (label.startsWith("summa") || income < 0)) {
        income = i;
      } else if (COSTS.matcher(label).find() && (label.startsWith("summa") || costs < 0)) {
        costs = i;
      } else if (NET.matcher(label).find() && income >= 0 && costs >= 0) {
        List<Integer> parts = new ArrayList<>(List.of(income, costs));
        for (int k = Math.max(income, costs) + 1; k < i; k++) {
          parts.add(k);
        }
        for (int c = 0; c < width; c++) {
          compare(rows, parts, i, c, "intäkter + kostnader = \"" + rows.get(i).label().strip() + "\"", out);
        }
        return;
      }
    }
  }

  private static void result(List<MoneyTable.Row> rows, int width, List<Break> out) {
    int net = -1;
    int grant = -1;
    for (int i = 0; i < rows.size(); i++) {
      String label = label(rows.get(i));
      if (NET.matcher(label).find()) {
        net = i;
      } else if (GRANT.matcher(label).find()) {
        grant = i;
      } else if (RESULT.matcher(label).find() && net >= 0 && grant >= 0) {
        for (int c = 0; c < width; c++) {
          compare(rows, List.of(net, grant), i, c,
              "nettokostnad + kommunbidrag = \"" + rows.get(i).label().strip() + "\"", out);
        }
        return;
      }
    }
  }

  /** An avvikelse column is its outcome column less its budget column (or the other way round). */
  private static void deviations(MoneyTable table, int width, List<Break> out) {
    List<String> cols = table.columns();
    for (int j = 0; j < Math.min(width, cols.size()); j++) {
      if (!DEVIATION.matcher(cols.get(j)).find()) {
        continue;
      }
      int outcome = -1;
      int budget = -1;
      if (CHANGE.matcher(cols.get(j)).find() && j >= 2) {
        // a change compares the two columns before it, newer less older
        deviation(table, j, j - 1, j - 2, out);
        continue;
      }
      for (int k = j - 1; k >= 0; k--) {
        String h = cols.get(k);
        if (DEVIATION.matcher(h).find()) {
          continue;
        }
        if (outcome < 0 && OUTCOME.matcher(h).find()) {
          outcome = k;
        } else if (budget < 0 && BUDGET.matcher(h).find()) {
          budget = k;
        }
      }
      if (outcome < 0 || budget < 0) {
        if (j >= 2 && !DEVIATION.matcher(cols.get(j - 1)).find() && !DEVIATION.matcher(cols.get(j - 2)).find()) {
          outcome = j - 1;
          budget = j - 2;
        } else {
          continue;
        }
      }
      deviation(table, j, outcome, budget, out);
    }
  }

  private static void deviation(MoneyTable table, int j, int outcome, int budget, List<Break> out) {
    int forward = 0;
    int backward = 0;
    for (MoneyTable.Row r : table.rows()) {
      BigDecimal a = value(r, outcome);
      BigDecimal b = value(r, budget);
      BigDecimal d = value(r, j);
      if (a != null && b != null && d != null) {
        forward += a.subtract(b).compareTo(d) == 0 ? 1 : 0;
        backward += b.subtract(a).compareTo(d) == 0 ? 1 : 0;
      }
    }
    boolean reversed = backward > forward;
    String what = "\"" + table.columns().get(j).strip() + "\" = \""
        + table.columns().get(reversed ? budget : outcome).strip() + "\" − \""
        + table.columns().get(reversed ? outcome : budget).strip() + "\"";
    List<MoneyTable.Row> rows = table.rows();
    for (int i = 0; i < rows.size(); i++) {
      MoneyTable.Row r = rows.get(i);
      BigDecimal a = value(r, outcome);
      BigDecimal b = value(r, budget);
      BigDecimal d = value(r, j);
      if (a == null || b == null || d == null) {
        continue;
      }
      BigDecimal computed = reversed ? b.subtract(a) : a.subtract(b);
      if (computed.compareTo(d) != 0) {
        out.add(new Break(what + " (raden \"" + r.label().strip() + "\")", i, j, computed, d, 2,
            precision(List.of(a, b, d))));
      }
    }
  }

  private static void compare(List<MoneyTable.Row> rows, List<Integer> parts, int total, int c, String what,
      List<Break> out) {
    BigDecimal stated = value(rows.get(total), c);
    if (stated == null) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<BigDecimal> figures = new ArrayList<>();
    figures.add(stated);
    int present = 0;
    for (int k : parts) {
      BigDecimal v = value(rows.get(k), c);
      if (v != null) {
        sum = sum.add(v);
        figures.add(v);
        present++;
      } else if (parts.size() <= 2) {
        return;
      }
    }
    if (present < Math.min(2, parts.size())) {
      return;
    }
    if (sum.compareTo(stated) != 0) {
      out.add(new Break(what, total, c, sum, stated, present + 1, precision(figures)));
    }
  }

  private static BigDecimal precision(List<BigDecimal> figures) {
    int scale = 0;
    for (BigDecimal f : figures) {
      scale = Math.max(scale, f.stripTrailingZeros().scale());
    }
    return BigDecimal.ONE.movePointLeft(Math.max(0, scale));
  }

  private static BigDecimal value(MoneyTable.Row r, int c) {
    return c < r.values().size() ? r.values().get(c) : null;
  }

  private static String label(MoneyTable.Row r) {
    return r.label() == null ? "" : r.label().strip().toLowerCase(Locale.ROOT);
  }

  private static Pattern pattern(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
