package se.namndkoll.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** The nämnder's meetings in the archive, in date order, each with its number among its nämnd's. */
final class Meetings {

  private final Map<String, TreeMap<LocalDate, List<Placed>>> byNamnd;
  private final Map<String, Map<LocalDate, Integer>> ordinals = new HashMap<>();

  private Meetings(Map<String, TreeMap<LocalDate, List<Placed>>> byNamnd) {
    this.byNamnd = byNamnd;
    byNamnd.forEach((namnd, byDate) -> {
      Map<LocalDate, Integer> o = new HashMap<>();
      int i = 0;
      for (LocalDate d : byDate.keySet()) {
        o.put(d, i++);
      }
      ordinals.put(namnd, o);
    });
  }

  /** The meetings of the documents that are a nämnd's own (a kallelse, a protocol), not an utskott's. */
  static Meetings of(List<Placed> placed) {
    Map<String, TreeMap<LocalDate, List<Placed>>> out = new LinkedHashMap<>();
    for (Placed p : placed) {
      if (p.utskott() || p.namnd() == null || p.meetingDate() == null || p.doc().meeting().isEmpty()) {
        continue;
      }
      out.computeIfAbsent(p.namnd(), k -> new TreeMap<>()).computeIfAbsent(p.meetingDate(), k -> new ArrayList<>())
          .add(p);
    }
    return new Meetings(out);
  }

  /** Each meeting with its documents, nämnd by nämnd, in date order. */
  void forEach(String namnd, BiConsumer<LocalDate, List<Placed>> action) {
    byNamnd.get(namnd).forEach(action);
  }

  Iterable<String> namnder() {
    return byNamnd.keySet();
  }

  /** The meeting's number among its nämnd's (0 for the first), or {@code null} when not in the archive. */
  Integer ordinal(String namnd, LocalDate date) {
    return namnd == null || date == null || !ordinals.containsKey(namnd) ? null : ordinals.get(namnd).get(date);
  }

  /** The date of the nämnd's first meeting in the archive after the date, or {@code null}. */
  LocalDate next(String namnd, LocalDate date) {
    TreeMap<LocalDate, List<Placed>> of = namnd == null ? null : byNamnd.get(namnd);
    return of == null ? null : of.higherKey(date);
  }
}
