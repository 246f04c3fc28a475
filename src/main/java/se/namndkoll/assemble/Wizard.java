package se.namndkoll.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions of a nämndskrivelse, asked one field at a time, with what the archive knows offered
 * for nämnd, Dnr and recipients. The answers are the data file's fields, so they can be saved as
 * YAML and assembled again.
 */
public final class Wizard {

  /** Asks one question on the terminal; completions are offered, a blank answer takes the default. */
  @FunctionalInterface
  public interface Prompter {
    String ask(String prompt, List<String> completions, String defaultValue);
  }

  private enum Kind {
    TEXT,
    OPTIONAL,
    LIST
  }

  private record Question(String key, String prompt, Kind kind) {}

  private static final List<Question> SKRIVELSE = List.of(
      new Question("kommun", "Kommun", Kind.TEXT),
      new Question("forvaltning", "Förvaltning", Kind.TEXT),
      new Question("namnd", "Nämnd", Kind.TEXT),
      new Question("dnr", "Dnr", Kind.TEXT),
      new Question("datum", "Datum", Kind.TEXT),
      new Question("handlaggare.namn", "Handläggare", Kind.TEXT),
      new Question("handlaggare.telefon", "Handläggarens telefon", Kind.TEXT),
      new Question("rubrik", "Rubrik", Kind.TEXT),
      new Question("beslut", "Förslag till beslut (\u201d… beslutar att …\u201d)", Kind.TEXT),
      new Question("sammanfattning", "Sammanfattning (tomt hoppar över)", Kind.OPTIONAL),
      new Question("arendet", "Ärendet i sin helhet", Kind.TEXT),
      new Question("barnkonsekvensanalys", "Barnkonsekvensanalys", Kind.OPTIONAL),
      new Question("beslutsunderlag", "Beslutsunderlag", Kind.LIST),
      new Question("samverkan", "Samverkan (tomt hoppar över)", Kind.OPTIONAL),
      new Question("expedieras", "Beslutet expedieras till", Kind.LIST),
      new Question("ordforande", "Ordförande", Kind.TEXT),
      new Question("forvaltningschef", "Förvaltningschef", Kind.TEXT));

  private Wizard() {}

  /** Asks for every field of a skrivelse, the answers as a data file's map. */
  public static Map<String, Object> skrivelse(Prompter prompter, ArchiveLookup archive, LocalDate today) {
    return skrivelse(prompter, archive, today, null);
  }

  /**
   * Asks for the fields of a skrivelse that the template asks for (its {@link DocxTemplate#fields()};
   * null for all): a tjänsteskrivelse signed by the förvaltningschef and the handläggare never asks
   * for the ordförande, whom a nämndskrivelse needs.
   */
  public static Map<String, Object> skrivelse(Prompter prompter, ArchiveLookup archive, LocalDate today,
      Set<String> templateFields) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (Question q : SKRIVELSE) {
      if (templateFields != null && templateFields.stream().noneMatch(f -> f.equals(q.key()) || f.endsWith(":" + q.key()))) {
        continue;
      }
      List<String> completions = switch (q.key()) {
        case "kommun" -> archive.kommuner();
        case "forvaltning" -> archive.forvaltningar();
        case "namnd" -> archive.namnder();
        // the Dnr of the nämnd just chosen
        case "dnr" -> archive.dnr((String) data.get("namnd"));
        case "expedieras" -> archive.recipients();
        default -> List.of();
      };
      String defaultValue = q.key().equals("datum") ? today.toString() : null;
      if (q.kind() == Kind.LIST) {
        List<String> items = new ArrayList<>();
        while (true) {
          String a = prompter.ask(q.prompt() + " " + (items.size() + 1) + " (tom rad avslutar)", completions, null);
          if (a == null || a.isBlank()) {
            break;
          }
          items.add(a.strip());
        }
        put(data, q.key(), items);
        continue;
      }
      String answer = prompter.ask(q.prompt(), completions, defaultValue);
      if (answer == null || answer.isBlank()) {
        answer = defaultValue;
      }
      if (answer == null || answer.isBlank()) {
        if (q.kind() == Kind.TEXT) {
          put(data, q.key(), "");
        }
        continue;
      }
      put(data, q.key(), answer.strip());
    }
    return data;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> data, String key, Object value) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      data.put(key, value);
      return;
    }
    Map<String, Object> inner = (Map<String, Object>) data.computeIfAbsent(key.substring(0, dot),
        k -> new LinkedHashMap<String, Object>());
    inner.put(key.substring(dot + 1), value);
  }
}
