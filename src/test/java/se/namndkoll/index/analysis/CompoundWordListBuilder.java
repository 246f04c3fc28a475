package se.namndkoll.index.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the word list the index splits Swedish compounds with: the stems of the Swedish Hunspell
 * dictionary (sv_SE of the LibreOffice dictionaries) that are plain lower-case words of five to
 * twenty-four letters, plus the project's domain words. Not a test; run it when the word list is to
 * be rebuilt:
 *
 * <pre>
 * apt-get download hunspell-sv &amp;&amp; dpkg-deb -x hunspell-sv_*.deb hunspell-sv
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.namndkoll.index.analysis.CompoundWordListBuilder \
 *     -Dexec.args="hunspell-sv/usr/share/hunspell/sv_SE.dic \
 *         src/main/resources/se/namndkoll/index/analysis/domain-words.txt \
 *         src/main/resources/se/namndkoll/index/analysis/compound-words.txt"
 * </pre>
 */
public final class CompoundWordListBuilder {

  private static final Pattern PLAIN_WORD = Pattern.compile("[a-zåäöéü]{5,24}");

  private CompoundWordListBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CompoundWordListBuilder SV_SE.dic DOMAIN_WORDS OUT");
      System.exit(2);
    }
    TreeSet<String> words = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String stem = line.split("/", 2)[0].strip();
      if (PLAIN_WORD.matcher(stem).matches()) {
        words.add(stem);
      }
    }
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String w = line.strip().toLowerCase(Locale.ROOT);
      if (!w.isEmpty() && !w.startsWith("#")) {
        words.add(w);
      }
    }
    List<String> header = List.of(
        "# Swedish words for splitting compounds in the search index; one word a line.",
        "# Built by CompoundWordListBuilder from the stems of the sv_SE Hunspell dictionary",
        "# (LibreOffice dictionaries, Göran Andersson, LGPL-3; see NOTICE.txt beside this file)",
        "# and the project's domain-words.txt.");
    Files.write(Path.of(args[2]), concat(header, words), StandardCharsets.UTF_8);
    System.out.println(words.size() + " words written to " + args[2]);
  }

  private static List<String> concat(List<String> header, TreeSet<String> words) {
    List<String> out = new java.util.ArrayList<>(header);
    out.addAll(words);
    return out;
  }
}
