package se.namndkoll.rules.facts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An arithmetic identity of a money table that its figures do not meet.
 *
 * @param table the table, as "file#n", to report a table once
 * @param order the break's place among its document's breaks
 * @param identity what should hold, in words
 * @param column the column's heading
 * @param computed what the terms give, in the table's unit
 * @param stated what the table states, in the table's unit
 * @param differenceTkr the absolute difference, in tkr
 * @param terms how many figures the identity adds
 * @param precisionTkr the smallest step the figures are written in, in tkr (1 for whole tkr, 100
 *     for mkr with one decimal)
 * @param unit the table's unit ("tkr")
 */
public record TableBreak(
    About about,
    String table,
    int order,
    String caption,
    String identity,
    String column,
    BigDecimal computed,
    BigDecimal stated,
    BigDecimal differenceTkr,
    int terms,
    BigDecimal precisionTkr,
    String unit)
    implements AboutFact {

  /** A figure as the table writes it, with its unit: "−1 086 000 tkr". */
  public static String figure(BigDecimal value, String unit) {
    DecimalFormat f = new DecimalFormat("#,##0.###",
        DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")));
    return f.format(value).replace('\u00a0', ' ').replace('\u2212', '-') + " " + unit;
  }

  /** True when the difference lies beyond the rounding the limits allow for this many figures. */
  public boolean exceeds(Limits limits) {
    return differenceTkr.compareTo(limits.tolerance(terms, precisionTkr)) > 0;
  }

  public String computedText() {
    return figure(computed, unit);
  }

  public String statedText() {
    return figure(stated, unit);
  }
}
