package se.namndkoll.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kommun documents are from, as their letterheads name it in a line of its own: "Norrvik
 * kommun", "Jönköpings kommun", "GÖTEBORGS STAD" (written "Göteborgs stad").
 */
public final class KommunNames {

  private static final Pattern KOMMUN = Pattern.compile(
      "^\\s*(\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?)\\s+(kommun|stad|Kommun|Stad|KOMMUN|STAD)\\s*$");

  private KommunNames() {}

  /** The kommun most of the texts name (each text's lines counted once), or {@code null} when none does. */
  public static String mostNamed(List<List<String>> texts) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (List<String> lines : texts) {
      named(lines).forEach(n -> votes.merge(n, 1, Integer::sum));
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** The kommuner one text names in lines of their own. */
  public static Set<String> named(List<String> lines) {
    Set<String> named = new TreeSet<>();
    for (String line : lines) {
      if (line.length() > 40) {
        continue;
      }
      Matcher m = KOMMUN.matcher(line);
      // "Socialnämndens kommun" is not a kommun's name
      if (m.matches() && !m.group(1).toLowerCase(Locale.ROOT).endsWith("ens")) {
        named.add(titleCase(m.group(1)) + " " + m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    return named;
  }

  private static String titleCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder sb = new StringBuilder();
    for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
      sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return sb.toString();
  }
}
