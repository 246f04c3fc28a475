package se.namndkoll.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;
import se.namndkoll.text.SwedishWords;

/**
 * Whether a page's text layer is worth reading, by the share of its words that are Swedish
 * ({@link SwedishWords}). A page typed in Word scores above 0.7 (a list of names, the lowest, about
 * 0.65); a poor OCR layer, with K read as "l(", m as "rn" and o as 0, scores 0.2–0.6. Words made of
 * letters mixed with digits or brackets ("Socia1", "l(OMMUN") count as not Swedish; numbers, and
 * short words the list cannot judge, do not count.
 *
 * @param words the words judged
 * @param known those found Swedish
 */
record TextLayerQuality(int words, int known) {

  /** Fewer words than this tell nothing of a page. */
  static final int MIN_WORDS = 20;
  /** A layer with fewer Swedish words than this share is read again by OCR, where the page is a scan. */
  static final double POOR_BELOW = 0.7;

  private static final Pattern PUNCTUATION = Pattern.compile("^[\\p{Punct}«»–—•„”“’]+|[\\p{Punct}«»–—•„”“’]+$");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Pattern NUMBER = Pattern.compile("[\\d.,:/%+\\-–]+");
  /** A letter beside a digit or bracket inside a word, where none belongs ("0ch", "l(OMMUN", "Socia1"). */
  private static final Pattern MIXED = Pattern.compile("\\p{L}[\\d(|]|[\\d(|]\\p{L}");
  /** Letters and digits that do belong together: "3:e", "20st", "Q1", "SFS2018". */
  private static final Pattern MIXED_WELL = Pattern.compile("\\d+:?[a-e]|\\d+(?:st|tkr|kr|mnkr|mkr)|\\p{Lu}+\\d+");

  static TextLayerQuality of(List<String> lines) {
    int words = 0;
    int known = 0;
    for (String line : lines) {
      for (String token : line.split("\\s+")) {
        String t = PUNCTUATION.matcher(token).replaceAll("");
        if (t.isEmpty() || NUMBER.matcher(t).matches()) {
          continue;
        }
        if (LETTERS.matcher(t).matches()) {
          Boolean swedish = knownWord(t);
          if (swedish != null) {
            words++;
            known += swedish ? 1 : 0;
          }
        } else if (MIXED.matcher(t).find() && !MIXED_WELL.matcher(t).matches()) {
          words++;
        }
      }
    }
    return new TextLayerQuality(words, known);
  }

  private static Boolean knownWord(String word) {
    if (word.indexOf('-') < 0) {
      return SwedishWords.known(word);
    }
    Boolean all = null;
    for (String part : word.split("-")) {
      Boolean k = SwedishWords.known(part);
      if (Boolean.FALSE.equals(k)) {
        return false;
      }
      all = k != null ? Boolean.TRUE : all;
    }
    return all;
  }

  double share() {
    return words == 0 ? 1 : (double) known / words;
  }

  /** Enough words to judge, and too few of them Swedish. */
  boolean poor() {
    return words >= MIN_WORDS && share() < POOR_BELOW;
  }
}
