package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.BudgetStatement;

/**
 * Finds sentences that state a budget figure — "Nämnden prognostiserar ett underskott om 3,2 mkr
 * för helåret", "Resultatet för 2023 blev 799 tkr" — with the amount in tkr and whether they speak
 * of a deficit or of measures.
 */
final class StatementFinder {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d•\\-])");
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<sign>[-−–]|minus\\s)?\\s?(?<num>\\d{1,3}(?:[ \\u00a0]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s?"
              + "(?<unit>tkr|mkr|mnkr|miljoner kronor|miljoner|mdkr|tusen kronor|kkr)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TOPIC =
      Pattern.compile(
          "resultat|prognos|helårsprognos|underskott|överskott|avvikelse|kommunbidrag|budgetram"
              + "|utfall|bokslut|obalans|budget i balans|överskrid",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FORECAST =
      Pattern.compile("prognos|prognostiser|beräknas|förväntas|bedöms|befara|helår", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern OUTCOME =
      Pattern.compile("resultat|utfall|bokslut|redovisar|uppgick|blev|har efter", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DEFICIT =
      Pattern.compile(
          "underskott|negativ(?:t|a)? (?:avvikelse|resultat|budgetavvikelse|prognos)|överskrid|obalans"
              + "|minusresultat|negativt utfall",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NO_DEFICIT =
      Pattern.compile("(?:inget|inte något|inte ett|utan) underskott|budget i balans(?! inte)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MEASURES =
      Pattern.compile("åtgärd|handlingsplan|besparing|effektivisering|kostnadsminsk|kostnadsreducer|anpassning av verksamhet",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_SENTENCE = 600;

  private StatementFinder() {}

  static List<BudgetStatement> find(Lines lines, IntFunction<String> dnrAt) {
    List<BudgetStatement> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.text(i);
      if (t.isEmpty() || t.indexOf('\t') >= 0 || !mayStateMoney(t)) {
        continue;
      }
      for (String sentence : SENTENCE_END.split(t)) {
        Optional<BudgetStatement> found = statement(sentence.strip());
        if (found.isPresent()) {
          BudgetStatement s = found.get();
          out.add(new BudgetStatement(s.text(), s.kind(), s.amountTkr(), s.deficit(),
              s.mentionsMeasures(), dnrAt.apply(i), lines.get(i).location()));
        }
      }
    }
    return out;
  }

  /** The statement a sentence makes, if it states a budget figure. */
  static Optional<BudgetStatement> statement(String sentence) {
    if (sentence.length() > MAX_SENTENCE || !mayStateMoney(sentence) || !TOPIC.matcher(sentence).find()) {
      return Optional.empty();
    }
    Matcher amount = AMOUNT.matcher(sentence);
    boolean deficitWord = DEFICIT.matcher(sentence).find() && !NO_DEFICIT.matcher(sentence).find();
    BigDecimal tkr = null;
    boolean negative = false;
    if (amount.find()) {
      tkr = toTkr(amount.group("num"), amount.group("unit"));
      negative = amount.group("sign") != null;
    } else if (!deficitWord) {
      return Optional.empty();
    }
    boolean deficit = deficitWord || negative && OUTCOME.matcher(sentence).find();
    if (tkr != null && (deficit || negative)) {
      tkr = tkr.abs().negate();
    }
    BudgetStatement.Kind kind =
        FORECAST.matcher(sentence).find() ? BudgetStatement.Kind.PROGNOS
            : OUTCOME.matcher(sentence).find() ? BudgetStatement.Kind.UTFALL
            : BudgetStatement.Kind.BUDGET;
    return Optional.of(new BudgetStatement(sentence, kind, tkr, deficit, MEASURES.matcher(sentence).find(), null, null));
  }

  /** A cheap look before the patterns: an amount in kronor, or a word of deficit. */
  private static boolean mayStateMoney(String s) {
    if (s.indexOf("skott") >= 0 || s.indexOf("balans") >= 0 || s.indexOf("verskrid") >= 0) {
      return true;
    }
    boolean digit = false;
    for (int i = 0; i < s.length() && !digit; i++) {
      digit = Character.isDigit(s.charAt(i));
    }
    return digit && (s.indexOf("kr") >= 0 || s.indexOf("KR") >= 0 || s.indexOf("iljon") >= 0);
  }

  private static BigDecimal toTkr(String number, String unit) {
    BigDecimal n = Numbers.parse(number).orElse(BigDecimal.ZERO);
    String u = unit.toLowerCase(Text.SV);
    if (u.equals("mkr") || u.equals("mnkr") || u.startsWith("miljoner")) {
      return n.multiply(BigDecimal.valueOf(1000)).stripTrailingZeros();
    }
    if (u.equals("mdkr")) {
      return n.multiply(BigDecimal.valueOf(1_000_000)).stripTrailingZeros();
    }
    return n;
  }
}
