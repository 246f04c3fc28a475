package se.namndkoll.index.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Builds the word lists the index splits Swedish compounds with, from the Swedish Hunspell
 * dictionary (sv_SE of the LibreOffice dictionaries):
 *
 * <ul>
 *   <li>the compound words: the stems that are plain lower-case words of five to twenty-four
 *       letters, plus the project's domain words;
 *   <li>the short first parts: the stems of three and four letters that Hunspell lets begin a
 *       compound (flag X) and that are nouns (a definite-form flag C, D, E or F), such as "fukt",
 *       "risk", "dag", less the stop words and a few parts whose compounds in municipal text are
 *       mostly words of their own ({@link #NOT_FIRST_PARTS}).
 * </ul>
 *
 * Not a test; run it when the word lists are to be rebuilt:
 *
 * <pre>
 * apt-get download hunspell-sv &amp;&amp; dpkg-deb -x hunspell-sv_*.deb hunspell-sv
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.namndkoll.index.analysis.CompoundWordListBuilder \
 *     -Dexec.args="hunspell-sv/usr/share/hunspell/sv_SE.dic \
 *         src/main/resources/se/namndkoll/index/analysis/domain-words.txt \
 *         src/main/resources/se/namndkoll/text/swedish-words.txt \
 *         src/main/resources/se/namndkoll/index/analysis/first-parts.txt"
 * </pre>
 */
public final class CompoundWordListBuilder {

  private static final Pattern PLAIN_WORD = Pattern.compile("[a-zåäöéü]{5,24}");
  private static final Pattern SHORT_WORD = Pattern.compile("[a-zåäöéü]{3,4}");
  /** Hunspell sv_SE: may begin a compound. */
  private static final String COMPOUND_BEGIN = "X";
  /** Hunspell sv_SE: the definite forms of nouns (neuter, common, plural). */
  private static final Pattern NOUN_FLAGS = Pattern.compile("[CDEF]");

  /**
   * Short nouns whose compounds in a nämnd's documents are mostly words in their own right, not
   * the noun and another word: "fortsätta", "handläggning", "handledning".
   */
  static final Set<String> NOT_FIRST_PARTS = Set.of("fort", "hand");

  private CompoundWordListBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      System.err.println("usage: CompoundWordListBuilder SV_SE.dic DOMAIN_WORDS OUT [FIRST_PARTS_OUT]");
      System.exit(2);
    }
    TreeSet<String> words = new TreeSet<>();
    TreeSet<String> firstParts = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String[] entry = line.strip().split("/", 2);
      String stem = entry[0].strip();
      String flags = entry.length > 1 ? entry[1].split("\\s", 2)[0] : "";
      if (PLAIN_WORD.matcher(stem).matches()) {
        words.add(stem);
      }
      if (SHORT_WORD.matcher(stem).matches() && flags.contains(COMPOUND_BEGIN) && NOUN_FLAGS.matcher(flags).find()
          && !SwedishAnalyzer.getDefaultStopSet().contains(stem) && !NOT_FIRST_PARTS.contains(stem)) {
        firstParts.add(stem);
      }
    }
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String w = line.strip().toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && !w.startsWith("#")) {
        words.add(w);
      }
    }
    List<String> header = List.of(
        "# Swedish words: for splitting compounds in the search index and judging a text layer; one word a line.",
        "# Built by CompoundWordListBuilder from the stems of the sv_SE Hunspell dictionary",
        "# (LibreOffice dictionaries, Göran Andersson, LGPL-3; see NOTICE.txt beside this file)",
        "# and the project's domain-words.txt.");
    Files.write(Path.of(args[2]), concat(header, words), StandardCharsets.UTF_8);
    System.out.println(words.size() + " words written to " + args[2]);
    if (args.length == 4) {
      List<String> partsHeader = List.of(
          "# Short nouns that may begin a Swedish compound (\"fukt\" in \"fuktskador\"); one a line.",
          "# Built by CompoundWordListBuilder from the sv_SE Hunspell dictionary (LibreOffice",
          "# dictionaries, Göran Andersson, LGPL-3; see NOTICE.txt): stems of three and four letters",
          "# flagged as a compound's beginning and inflected as nouns, less stop words and",
          "# " + String.join(", ", new TreeSet<>(NOT_FIRST_PARTS)) + ".");
      Files.write(Path.of(args[3]), concat(partsHeader, firstParts), StandardCharsets.UTF_8);
      System.out.println(firstParts.size() + " first parts written to " + args[3]);
    }
  }

  private static List<String> concat(List<String> header, TreeSet<String> words) {
    List<String> out = new java.util.ArrayList<>(header);
    out.addAll(words);
    return out;
  }
}
