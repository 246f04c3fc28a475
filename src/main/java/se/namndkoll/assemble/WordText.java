package se.namndkoll.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text a Word document can hold. A docx is XML 1.0, which has no place for most control characters
 * (U+0000 to U+001F but tab, line feed and carriage return), for U+FFFE and U+FFFF, or for half a
 * surrogate pair; a value that carries one (a YAML escape such as {@code "\a"}, text pasted from a
 * terminal) would make a document no program opens. Such characters are left out of the data, and
 * each field that lost one is named with the characters it lost.
 */
final class WordText {

  private WordText() {}

  /**
   * The data cleaned, and a note per field that lost characters.
   *
   * @param values the data as read: maps, lists and scalars
   * @param notes one line per field: the data file, the field and the characters left out
   */
  record Cleaned(Map<String, Object> values, List<String> notes) {}

  static Cleaned clean(Map<String, Object> values, String dataName) {
    List<String> notes = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> cleaned = (Map<String, Object>) clean(values, "", dataName, notes);
    return new Cleaned(cleaned, notes);
  }

  private static Object clean(Object value, String field, String dataName, List<String> notes) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), clean(v, field.isEmpty() ? String.valueOf(k) : field + "." + k,
          dataName, notes)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        out.add(clean(list.get(i), field + "[" + (i + 1) + "]", dataName, notes));
      }
      return out;
    }
    if (value instanceof String s) {
      return cleanText(s, field, dataName, notes);
    }
    return value;
  }

  private static String cleanText(String s, String field, String dataName, List<String> notes) {
    StringBuilder out = null;
    Set<String> dropped = new LinkedHashSet<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (holds(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      dropped.add(name(c));
    }
    if (out == null) {
      return s;
    }
    notes.add(dataName + ": fältet " + field + " innehåller " + String.join(", ", dropped)
        + ", som ett Word-dokument inte kan innehålla; " + (dropped.size() == 1 ? "tecknet" : "tecknen") + " togs bort");
    return out.toString();
  }

  /** Whether XML 1.0 allows the character (a lone surrogate it does not). */
  static boolean holds(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
  }

  private static String name(char c) {
    String code = String.format(Locale.ROOT, "U+%04X", (int) c);
    return switch (c) {
      case 0 -> code + " (NUL)";
      case 7 -> code + " (BEL)";
      case 8 -> code + " (BS)";
      case 0x0B -> code + " (VT)";
      case 0x0C -> code + " (FF)";
      case 0x1B -> code + " (ESC)";
      default -> code;
    };
  }
}
