package se.namndkoll.rules.facts;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A sentence stating that the nämnd's result, or its forecast, falls short of its budget.
 *
 * @param kind "prognos", "utfall" or "budget"
 * @param amountTkr the deficit in tkr (negative), or {@code null} where not given
 * @param order the sentence's place in its document, to report one per ärende
 * @param inProtocol told in a protocol (a report presented to the nämnd), not in the follow-up or
 *     skrivelse itself, where the measures would stand
 */
public record Deficit(
    About about,
    String kind,
    BigDecimal amountTkr,
    int order,
    boolean inProtocol)
    implements AboutFact {

  /** The amount as a revisor reads it: "3 200 tkr", or "belopp ej angivet". */
  public String amount() {
    if (amountTkr == null) {
      return "belopp ej angivet";
    }
    DecimalFormat f = new DecimalFormat("#,##0",
        DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")));
    return f.format(amountTkr.abs()).replace('\u00a0', ' ') + " tkr";
  }
}
