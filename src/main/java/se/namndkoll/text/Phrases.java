package se.namndkoll.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Regular expressions of a settings file, matched as one without regard to case, with the pieces
 * of text every match needs ({@link RequiredText}): a line that holds none of them is passed over
 * without running the expression, which for words looked for on every line of an archive is most
 * of their cost.
 *
 * @param pattern the expressions as one alternation
 * @param required what every match of any of them needs
 */
public record Phrases(Pattern pattern, RequiredText required) {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Expressions found anywhere in a text; none gives phrases that are never found. */
  public static Phrases anyOf(List<String> expressions) {
    return expressions.isEmpty()
        ? new Phrases(Pattern.compile("(?!)"), RequiredText.ofAny(List.of()))
        : new Phrases(Pattern.compile("(?:" + String.join(")|(?:", expressions) + ")", FLAGS),
            RequiredText.ofAny(expressions));
  }

  /** Expressions that must be the whole text. */
  public static Phrases whole(List<String> expressions) {
    return expressions.isEmpty()
        ? anyOf(expressions)
        : new Phrases(Pattern.compile("^(?:" + String.join("|", expressions) + ")$", FLAGS),
            RequiredText.ofAny(expressions));
  }

  /** False when no match can be in the text, given {@linkplain RequiredText#fold folded}. */
  public boolean mayBeIn(String folded) {
    return required.mayMatch(folded);
  }

  /** True when a match is somewhere in the text. */
  public boolean find(String text) {
    return mayBeIn(RequiredText.fold(text)) && pattern.matcher(text).find();
  }

  /** True when the whole text matches. */
  public boolean matches(String text) {
    return mayBeIn(RequiredText.fold(text)) && pattern.matcher(text).matches();
  }

  /** The text with every match replaced by a space; the same string where there is none. */
  public String blankOut(String text, String folded) {
    return mayBeIn(folded) ? pattern.matcher(text).replaceAll(" ") : text;
  }
}
