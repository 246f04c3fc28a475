package se.namndkoll.model;

import java.text.Normalizer;
import java.util.Locale;

/** How names of nämnder and bodies are compared: the same name however it is cased, accented or hyphenated. */
public final class Names {

  private Names() {}

  /**
   * A name as a key: lower case, accents folded, spaces, hyphens and punctuation left out
   * ("Individ- och familjeomsorgsnämnden" gives "individochfamiljeomsorgsnamnden"); empty for
   * {@code null}.
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
  }
}
