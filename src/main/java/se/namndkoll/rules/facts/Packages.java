package se.namndkoll.rules.facts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Location;

/**
 * What the archive's packages hold, looked up by meeting: which documents carry each Dnr, and the
 * titles of their agendas' items. Every Dnr is looked up by its {@link Dnr#key}.
 */
record Packages(Map<String, Map<String, Set<String>>> sources, Set<String> loose,
    Map<LocalDate, Map<String, String>> titles) {

  static Packages of(List<Placed> placed) {
    Map<String, Map<String, Set<String>>> sources = new HashMap<>();
    Set<String> loose = new HashSet<>();
    Map<LocalDate, Map<String, String>> titles = new HashMap<>();
    for (Placed p : placed) {
      for (Dnr d : p.dnrs()) {
        if (p.packageKey() == null) {
          loose.add(d.key());
        } else {
          sources.computeIfAbsent(p.packageKey(), k -> new HashMap<>())
              .computeIfAbsent(d.key(), k -> new HashSet<>()).add(p.doc().source());
        }
      }
      if (p.meetingDate() != null) {
        for (AgendaItem item : p.doc().agenda()) {
          if (item.dnr() != null) {
            titles.computeIfAbsent(p.meetingDate(), k -> new HashMap<>()).putIfAbsent(item.dnr().key(), item.title());
          }
        }
      }
    }
    return new Packages(sources, loose, titles);
  }

  /** True when a document of the package other than the one given carries the Dnr. */
  boolean elsewhere(Placed p, Dnr dnr) {
    String key = dnr.key();
    if (loose.contains(key)) {
      return true;
    }
    Set<String> in = p.packageKey() == null ? null : sources.getOrDefault(p.packageKey(), Map.of()).get(key);
    return in != null && (in.size() > 1 || !in.contains(p.doc().source()));
  }

  /**
   * The title of the ärende a statement stands in (two paragraphs may share a Dnr), else of the
   * Dnr's ärende.
   */
  String titleAt(Placed p, Location loc, String dnr) {
    Arende holder = Arenden.at(p.doc(), loc);
    return holder != null && (dnr == null || sameDnr(dnr, holder)) ? holder.title() : titleOf(p, dnr);
  }

  /** The title of an ärende by its Dnr: in the document, else on the agenda of its meeting. */
  String titleOf(Placed p, String dnr) {
    if (dnr == null) {
      return p.doc().arenden().stream().findFirst().map(Arende::title).orElse(null);
    }
    for (Arende a : p.doc().arenden()) {
      if (sameDnr(dnr, a)) {
        return a.title();
      }
    }
    return p.meetingDate() == null ? null : titles.getOrDefault(p.meetingDate(), Map.of()).get(Dnr.keyOf(dnr));
  }

  /** True when the ärende carries the Dnr given as shown, however each writes it. */
  static boolean sameDnr(String dnr, Arende a) {
    return a.dnr() != null && Objects.equals(Dnr.keyOf(dnr), a.dnr().key());
  }
}
