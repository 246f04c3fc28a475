package se.namndkoll.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import se.namndkoll.model.Location;

/** Writes the project's JSON: two-space indented, fields in a fixed order, UTF-8 as is. */
public final class Json {

  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .writer(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** A location with only the parts that are known. */
  public static Map<String, Object> location(Location l) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (l == null) {
      return m;
    }
    putIfSet(m, "pageStart", l.pageStart());
    putIfSet(m, "pageEnd", l.pageEnd());
    putIfSet(m, "lineStart", l.lineStart());
    putIfSet(m, "lineEnd", l.lineEnd());
    return m;
  }

  static void putIfSet(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
