package se.namndkoll.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits headings and labels that text extraction glued to their neighbours: "HandläggareDatum",
 * "2024-02-19Instans", "medarbetare.Beslutsunderlag", "OrdförandeMagnus Stenmark".
 *
 * <p>A known label word is cut out when the character before it belongs to another word (a
 * lower-case letter, a digit, a full stop or a closing bracket with no space between), or when it
 * opens the line and runs straight into a capitalised word.
 */
final class GlueSplitter {

  /** Labels and headings of council documents, capitalised as they are written. */
  private static final List<String> LABELS =
      List.of(
          "Beslutet expedieras till",
          "Ärendet i sin helhet",
          "Barnkonsekvensanalys",
          "Beslutsunderlag",
          "Sammanfattning",
          "Samverkan",
          "Handläggare",
          "Förvaltningschef",
          "Ordförande",
          "Kommunalråd",
          "Avdelningschef",
          "Sekreterare",
          "Justerare",
          "Instans",
          "Diarienummer",
          "Datum",
          "Dnr",
          "Sida",
          "Bilagor");

  private static final Pattern GLUED_LEFT;
  private static final Pattern GLUED_RIGHT;

  static {
    String alternatives = String.join("|", LABELS.stream().map(Pattern::quote).toList());
    // label glued after a word: "...medarbetare.Beslutsunderlag", "2024-02-19Instans"
    GLUED_LEFT =
        Pattern.compile("(?<=[\\p{Ll}\\d.)])(?:" + alternatives + ")(?=$|[\\s\\p{Lu}\\d])");
    // label at line start glued to a capitalised word: "OrdförandeMagnus Stenmark"
    GLUED_RIGHT = Pattern.compile("^(?:" + alternatives + ")(?=\\p{Lu}\\p{Ll})");
  }

  private GlueSplitter() {}

  /** The pieces of a line, in order; the line itself when nothing is glued. */
  static List<String> split(String line) {
    if (line.isEmpty() || line.indexOf('\t') >= 0 || !mayBeGlued(line)) {
      return List.of(line);
    }
    List<String> out = new ArrayList<>();
    String rest = line;
    while (true) {
      Matcher right = GLUED_RIGHT.matcher(rest);
      if (right.find()) {
        out.add(rest.substring(0, right.end()));
        rest = rest.substring(right.end()).strip();
        continue;
      }
      Matcher left = GLUED_LEFT.matcher(rest);
      if (left.find() && left.start() > 0 && !isWordInside(rest, left.start())) {
        out.add(rest.substring(0, left.start()).strip());
        rest = rest.substring(left.start()).strip();
        continue;
      }
      break;
    }
    if (!rest.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  /** A cheap look for the one sign of glue: a capital letter straight after a word character. */
  private static boolean mayBeGlued(String line) {
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      char p = line.charAt(i - 1);
      if (Character.isUpperCase(c) && (Character.isLowerCase(p) || Character.isDigit(p) || p == '.' || p == ')')) {
        return true;
      }
    }
    return false;
  }

  /**
   * A label preceded by a lower-case letter may still be part of a real word written in camel
   * case, such as a product name; those are rare in council text, but a label glued after a single
   * letter ("eDatum") is not a glue of two words.
   */
  private static boolean isWordInside(String s, int at) {
    int wordStart = at;
    while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    return at - wordStart == 1 && Character.isLowerCase(s.charAt(wordStart));
  }
}
