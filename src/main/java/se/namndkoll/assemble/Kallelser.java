package se.namndkoll.assemble;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.namndkoll.NamndkollException;

/**
 * The values of a kallelse: the meeting, and its ärendelista numbered with the standing items
 * (upprop, justering, föredragningslista) first, each with its Dnr (a standing item may have none),
 * its föredragande, a sekretess mark and "handlingar senare" where they apply.
 */
public final class Kallelser {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private Kallelser() {}

  public static Map<String, Object> values(String namnd, LocalDate date, Map<String, Object> items, String itemsName,
      LocalDate today) {
    Map<String, Object> values = new LinkedHashMap<>(items);
    values.put("namnd", namnd);
    values.put("sammantradesdatum", date.toString());
    values.put("dag", day(date));
    values.putIfAbsent("datum", today.toString());
    Object list = items.get("arenden");
    if (!(list instanceof List<?> given) || given.isEmpty()) {
      throw new NamndkollException(itemsName + ": no ärenden: give them as a list under 'arenden'");
    }
    List<Map<String, Object>> standing = new ArrayList<>();
    List<Map<String, Object>> others = new ArrayList<>();
    int i = 0;
    for (Object o : given) {
      i++;
      if (!(o instanceof Map<?, ?> m)) {
        throw new NamndkollException(itemsName + ": ärende " + i + " is not a map of rubrik, dnr, sekretess");
      }
      Map<String, Object> item = new LinkedHashMap<>();
      m.forEach((k, v) -> item.put(String.valueOf(k), v));
      Object rubrik = item.get("rubrik");
      if (rubrik == null || rubrik.toString().isBlank()) {
        throw new NamndkollException(itemsName + ": ärende " + i + " has no rubrik");
      }
      boolean isStanding = truthy(item.getOrDefault("staende", item.get("stående")));
      Object dnr = item.get("dnr");
      if (dnr == null || dnr.toString().isBlank()) {
        if (!isStanding) {
          throw new NamndkollException(itemsName + ": ärende " + i + " (" + rubrik + ") has no dnr");
        }
        item.put("dnr", ""); // a standing item (upprop, justering) goes without one: none is invented
      } else {
        item.put("dnr", dnr.toString());
      }
      item.put("sekretess", truthy(item.get("sekretess")));
      // "Handlingar senare": the item's documents are not ready when the kallelse is sent
      item.put("handlingar_senare", truthy(item.getOrDefault("handlingar_senare", item.get("handlingar senare"))));
      item.putIfAbsent("foredragande", "");
      (isStanding ? standing : others).add(item);
    }
    List<Map<String, Object>> ordered = new ArrayList<>(standing);
    ordered.addAll(others);
    values.put("arenden", ordered);
    return values;
  }

  /** "tisdagen den 12 maj 2026". */
  static String day(LocalDate date) {
    return DateTimeFormatter.ofPattern("EEEE", SWEDISH).format(date) + "en den "
        + DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH).format(date);
  }

  private static boolean truthy(Object o) {
    return o instanceof Boolean b ? b : o != null && List.of("ja", "true", "yes").contains(o.toString().strip()
        .toLowerCase(Locale.ROOT));
  }
}
