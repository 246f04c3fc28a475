package se.namndkoll.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Swedish word list the program ships ({@code swedish-words.txt}, from the Swedish Hunspell
 * dictionary, and {@code short-words.txt}): the words themselves for the index's compound
 * splitting, and whether a written word is Swedish, with its inflection and as a compound of two.
 */
public final class SwedishWords {

  /** Inflection a word may carry past its stem: "placering", "placeringarnas". */
  private static final int MAX_ENDING = 5;
  private static final int MIN_STEM = 5;

  private SwedishWords() {}

  /** The words of five letters and more, lower case, in the file's order. */
  public static List<String> list() {
    return Holder.LIST;
  }

  /**
   * Whether a word of letters is Swedish: a word of the list with an ending of up to five letters,
   * or two such joined, with or without a linking s ("delegationsbeslut"); {@code null} for a word
   * shorter than five letters that is not one of the common short words, which the list cannot
   * judge.
   */
  public static Boolean known(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < MIN_STEM) {
      return Holder.SHORT.contains(w) ? Boolean.TRUE : null;
    }
    if (inflected(w)) {
      return true;
    }
    for (int k = w.length() - MIN_STEM; k >= MIN_STEM; k--) {
      boolean first = Holder.SET.contains(w.substring(0, k))
          || (w.charAt(k - 1) == 's' && Holder.SET.contains(w.substring(0, k - 1)));
      if (first && inflected(w.substring(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inflected(String w) {
    for (int k = w.length(); k >= MIN_STEM && w.length() - k <= MAX_ENDING; k--) {
      if (Holder.SET.contains(w.substring(0, k))) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    static final List<String> LIST = read(SwedishWords.class, "swedish-words.txt");
    static final Set<String> SET = new HashSet<>(LIST);
    static final Set<String> SHORT = Set.copyOf(new HashSet<>(read(SwedishWords.class, "short-words.txt")));
  }

  /**
   * A word list inside the program, beside the class: one word a line, {@code #} opening a comment
   * line; the words in lower case.
   */
  public static List<String> read(Class<?> beside, String name) {
    try (InputStream in = beside.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the word list " + name + " is missing from the program");
      }
      List<String> words = new ArrayList<>(140_000);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + name, e);
    }
  }
}
