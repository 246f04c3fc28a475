package se.namndkoll.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A sentence that states a budget figure: a result, a forecast, a deficit or a surplus.
 *
 * @param text the sentence
 * @param kind what it states
 * @param amountTkr the amount in tkr, negative for a deficit; {@code null} when none is given
 * @param deficit the sentence states a deficit (underskott, negativ avvikelse)
 * @param mentionsMeasures the sentence speaks of measures (åtgärder, handlingsplan)
 * @param dnr the normalised Dnr of the ärende the sentence belongs to, or {@code null}
 */
public record BudgetStatement(
    String text,
    Kind kind,
    BigDecimal amountTkr,
    boolean deficit,
    boolean mentionsMeasures,
    String dnr,
    Location location) {

  /** What a budget sentence states. */
  public enum Kind {
    BUDGET,
    UTFALL,
    PROGNOS;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
