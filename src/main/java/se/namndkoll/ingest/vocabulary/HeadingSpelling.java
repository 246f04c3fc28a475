package se.namndkoll.ingest.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.text.EditDistance;

/**
 * A heading OCR read with a letter or two wrong ("Barnkonsekvensana1ys", "Arendet i sin heihet",
 * "Beslutsunderiag"), spelled as the section words have it. Only a short line that is no heading as
 * it stands is tried, each word against the words of the section headings ({@code sections.yaml}):
 * one letter off in a word of five to eight letters, two in a longer one, its length at most one
 * letter from the heading word's. The mended line is taken
 * only when it then is a heading, so that prose is never changed.
 */
public final class HeadingSpelling {

  private static final int MAX_WORDS = 6;
  private static final int MAX_LENGTH = 70;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d|()]+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{5,}");

  private static volatile Lexicon lexicon;

  private HeadingSpelling() {}

  /** The words of the section headings the program runs with. */
  private record Lexicon(SectionVocabulary vocabulary, List<String> words) {}

  /** The line with its heading words mended, where that makes it a heading; else the line as it is. */
  public static String mended(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > MAX_LENGTH || t.split("\\s+").length > MAX_WORDS
        || Headings.isKnownHeadingWord(t)) {
      return line;
    }
    List<String> words = lexicon();
    Matcher m = WORD.matcher(t);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String w = m.group();
      String near = nearest(w, words);
      changed |= near != null;
      m.appendReplacement(out, Matcher.quoteReplacement(near != null ? near : w));
    }
    m.appendTail(out);
    if (!changed) {
      return line;
    }
    String candidate = out.toString();
    return Headings.isKnownHeadingWord(candidate) ? candidate : line;
  }

  /** The heading word the written word is a misreading of, in the word's case; null when none is near. */
  private static String nearest(String written, List<String> words) {
    if (written.length() < 5) {
      return null;
    }
    String w = written.toLowerCase(Locale.ROOT);
    int allowed = w.length() <= 8 ? 1 : 2;
    String best = null;
    int bestDistance = allowed + 1;
    for (String known : words) {
      if (known.equals(w)) {
        return null;
      }
      // a letter read as two ("rn" for m) or two as one, never a word's ending added or taken away
      if (Math.abs(known.length() - w.length()) > 1) {
        continue;
      }
      int d = EditDistance.of(w, known, allowed);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return best == null ? null : inCaseOf(written, best);
  }

  private static String inCaseOf(String written, String word) {
    if (written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      return word.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(written.charAt(0)) || !Character.isLetter(written.charAt(0))
        ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
  }

  private static List<String> lexicon() {
    SectionVocabulary vocabulary = SectionVocabulary.current();
    Lexicon l = lexicon;
    if (l == null || l.vocabulary() != vocabulary) {
      Set<String> words = new LinkedHashSet<>();
      for (SectionVocabulary.Entry e : vocabulary.entries()) {
        collect(e.headings().pattern().pattern(), words);
      }
      collect(vocabulary.proposals().pattern(), words);
      collect(vocabulary.weak().pattern(), words);
      Headings.decisionGrammar().forEach(p -> collect(p.pattern(), words));
      l = new Lexicon(vocabulary, new ArrayList<>(words));
      lexicon = l;
    }
    return l.words();
  }

  private static void collect(String pattern, Set<String> words) {
    Matcher m = LETTERS.matcher(pattern);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
  }
}
