package se.namndkoll.rules.facts;

import java.math.BigDecimal;

/**
 * The policy's numbers, as a fact the rules can compare with.
 *
 * @param roundingTkr the rounding a table may show per figure, in tkr
 * @param delegationMeetings at how many of the nämnd's meetings after it a delegation decision may
 *     be reported (1: the first meeting after)
 */
public record Limits(BigDecimal roundingTkr, int delegationMeetings) {

  /**
   * The difference a table may show for an identity of so many figures: the policy's rounding per
   * figure, or the step the figures are written in where that is coarser (mkr with one decimal).
   */
  public BigDecimal tolerance(int terms, BigDecimal precisionTkr) {
    BigDecimal step = precisionTkr == null ? roundingTkr : roundingTkr.max(precisionTkr);
    return step.multiply(BigDecimal.valueOf(Math.max(1, terms)));
  }
}
