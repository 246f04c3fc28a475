package se.namndkoll.report;

import java.util.Locale;
import java.util.Map;

/**
 * The Swedish words for the kinds of documents, ärenden and sections, as people read them: the ids
 * of the JSON contracts are ASCII ({@code anmalningsarenden}), the Swedish outputs write
 * {@code anmälningsärenden}.
 */
public final class Kinds {

  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("anmalningsarenden", "anmälningsärenden"),
      Map.entry("initiativarende", "initiativärende"),
      Map.entry("sammantrade", "sammanträde"),
      Map.entry("budget", "budgetuppföljning"),
      Map.entry("other", "övrigt"));

  private static final Map<String, String> SECTIONS = Map.ofEntries(
      Map.entry("beslut", "Beslut"),
      Map.entry("sammanfattning", "Sammanfattning"),
      Map.entry("arendet", "Ärendet"),
      Map.entry("barnkonsekvensanalys", "Barnkonsekvensanalys"),
      Map.entry("beslutsunderlag", "Beslutsunderlag"),
      Map.entry("samverkan", "Samverkan"),
      Map.entry("expedieras", "Beslutet expedieras till"),
      Map.entry("signatures", "Underskrifter"),
      Map.entry("protokollsanteckning", "Protokollsanteckning"),
      Map.entry("reservation", "Reservation"),
      Map.entry("deltagande", "Deltagande"),
      Map.entry("jav", "Jäv"),
      Map.entry("other", "Övrigt"));

  private Kinds() {}

  /** The kind of a document or ärende in Swedish ("anmälningsärenden"); an unknown id as it is. */
  public static String swedish(String id) {
    if (id == null) {
      return null;
    }
    return KINDS.getOrDefault(id.toLowerCase(Locale.ROOT), id);
  }

  /** A section's name in Swedish ("Underskrifter" for {@code signatures}); an unknown id as it is. */
  public static String section(String id) {
    if (id == null) {
      return null;
    }
    return SECTIONS.getOrDefault(id.toLowerCase(Locale.ROOT), id);
  }
}
