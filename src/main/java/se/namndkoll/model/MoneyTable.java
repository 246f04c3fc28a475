package se.namndkoll.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of amounts: a caption, column headings and rows of numbers.
 *
 * @param caption the caption as written ("Ekonomiskt sammandrag (Tkr)")
 * @param unit "tkr", "mkr" or "kr" where the caption or headings say, otherwise {@code null}
 * @param columns the headings of the value columns, left to right (the label column excluded)
 * @param rows the rows, each with as many values as there are columns
 * @param dnr the normalised Dnr of the ärende the table belongs to, or {@code null}
 */
public record MoneyTable(
    String caption, String unit, List<String> columns, List<Row> rows, String dnr,
    Location location) {

  public MoneyTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * A row: its label and one value per column; a value is {@code null} where the cell is empty.
   */
  public record Row(String label, List<BigDecimal> values, Location location) {
    public Row {
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }
}
