package se.namndkoll.rules.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;
import se.namndkoll.model.Line;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.Names;
import se.namndkoll.rules.policy.Policy;

/**
 * Where each document of a sweep belongs: its own meeting (a kallelse, a protocol), or the meeting
 * whose agenda or ärenden carry one of its Dnr (a skrivelse sent on its own), the nämnd's prefix
 * agreeing; an utskott's meeting with the nämnd it reports to. Each nämnd gets one spelling.
 */
final class Placement {

  /** How many of a document's first lines are read for a Dnr when its ärenden give none. */
  private static final int HEAD_LINES = 80;

  private final Policy policy;
  private final Map<String, String> namnder = new ConcurrentHashMap<>();
  private final Map<String, String> keys = new ConcurrentHashMap<>();

  Placement(Policy policy) {
    this.policy = policy;
  }

  /** A meeting known from a kallelse or protocol, with the Dnr prefixes its ärenden carry. */
  private record Known(Meeting meeting, Set<String> prefixes) {}

  List<Placed> place(List<Document> documents) {
    Map<String, List<Known>> byDnr = new HashMap<>();
    Map<String, String> byPrefix = new HashMap<>();
    for (Document d : documents) {
      Optional<Meeting> m = d.meeting();
      if (m.isEmpty() || isUtskott(m.get())) {
        continue;
      }
      Set<String> prefixes = new LinkedHashSet<>();
      for (Arende a : d.arenden()) {
        if (a.dnr() != null && a.dnr().prefix() != null) {
          prefixes.add(a.dnr().prefix().toUpperCase(Locale.ROOT));
          byPrefix.putIfAbsent(a.dnr().prefix().toUpperCase(Locale.ROOT), m.get().namnd());
        }
      }
      Known known = new Known(m.get(), prefixes);
      for (AgendaItem item : d.agenda()) {
        if (item.dnr() != null && !item.dnr().isShort()) {
          byDnr.computeIfAbsent(item.dnr().key(), k -> new ArrayList<>()).add(known);
        }
      }
      for (Arende a : d.arenden()) {
        if (a.dnr() != null && !a.dnr().isShort()) {
          byDnr.computeIfAbsent(a.dnr().key(), k -> new ArrayList<>()).add(known);
        }
      }
    }
    List<Placed> out = new ArrayList<>();
    for (Document d : documents) {
      Meeting m = d.meeting().orElseGet(() -> meetingByDnr(d, byDnr));
      if (m == null) {
        out.add(new Placed(d, canonical(firstNamnd(d)), null, false, null, dnrs(d)));
        continue;
      }
      boolean utskott = isUtskott(m);
      String parent = utskott ? canonical(m.parent() != null ? m.parent() : parentByPrefix(d, byPrefix)) : null;
      out.add(new Placed(d, canonical(m.namnd()), m.date(), utskott, parent, dnrs(d)));
    }
    return out;
  }

  /** The meeting whose agenda or ärenden carry one of the document's Dnr, the nämnd's prefix agreeing. */
  private static Meeting meetingByDnr(Document d, Map<String, List<Known>> byDnr) {
    for (Dnr dnr : dnrs(d)) {
      for (Known k : byDnr.getOrDefault(dnr.key(), List.of())) {
        if (dnr.prefix() == null || k.prefixes().isEmpty()
            || k.prefixes().contains(dnr.prefix().toUpperCase(Locale.ROOT))) {
          return k.meeting();
        }
      }
    }
    return null;
  }

  private boolean isUtskott(Meeting m) {
    return m.parent() != null || policy.utskott().find(m.namnd());
  }

  private static String parentByPrefix(Document d, Map<String, String> byPrefix) {
    for (Arende a : d.arenden()) {
      if (a.dnr() != null && a.dnr().prefix() != null) {
        String namnd = byPrefix.get(a.dnr().prefix().toUpperCase(Locale.ROOT));
        if (namnd != null) {
          return namnd;
        }
      }
    }
    return null;
  }

  /** The registry numbers a document names: its ärenden's, and else any in its first lines. */
  private static List<Dnr> dnrs(Document d) {
    List<Dnr> out = new ArrayList<>();
    d.arenden().stream().map(Arende::dnr).filter(x -> x != null && !x.isShort()).forEach(out::add);
    if (!out.isEmpty()) {
      return out;
    }
    int n = 0;
    for (Line l : d.lines()) {
      if (n++ > HEAD_LINES) {
        break;
      }
      String t = l.text();
      if (t.indexOf('-') < 0 && t.indexOf('/') < 0) {
        continue;
      }
      int label = t.toLowerCase(Locale.ROOT).indexOf("dnr");
      Dnr.find(label >= 0 ? t.substring(label) : t).filter(x -> !x.isShort() && (x.prefix() != null || x.klassa() != null))
          .ifPresent(out::add);
    }
    return out;
  }

  private static String firstNamnd(Document d) {
    return d.arenden().stream().map(Arende::namnd).filter(n -> n != null).findFirst().orElse(null);
  }

  /** One spelling per nämnd, whatever the documents' case and spacing, so facts join on it. */
  String canonical(String namnd) {
    if (namnd == null) {
      return null;
    }
    return namnder.computeIfAbsent(nameKey(namnd), k -> namnd.strip());
  }

  /** The nämnd of an ärende, in its one spelling, else the document's. */
  String namndOf(Arende a, Placed p) {
    return a != null && a.namnd() != null ? canonical(a.namnd()) : p.namnd();
  }

  /** A name's key ({@link Names#key}), remembered: the same few names come back on every document. */
  String nameKey(String name) {
    return name == null ? "" : keys.computeIfAbsent(name, Names::key);
  }
}
