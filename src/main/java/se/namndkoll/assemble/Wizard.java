package se.namndkoll.assemble;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of a nämndskrivelse, asked one field at a time, with what the archive knows offered
 * for nämnd, Dnr and recipients. The answers are the data file's fields, so they can be saved as
 * YAML and assembled again.
 *
 * <p>A long text (the beslut, ärendet, sammanfattning, barnkonsekvensanalys) is written over as
 * many lines as it takes, an empty line ending it, or in the user's editor ({@value #EDIT} as its
 * first line). {@value #BACK} as an answer goes back to the question before, whose answer is then
 * offered again.
 */
public final class Wizard {

  /** The answer that goes back to the question before. */
  public static final String BACK = "<";
  /** The first line of a long text that opens the user's editor instead. */
  public static final String EDIT = ":e";

  /** What the wizard says first: how its answers are given. */
  public static final String HELP = "Svara på frågorna en i taget; Tab föreslår det arkivet känner. Långa texter "
      + "skrivs på flera rader och avslutas med en tom rad, eller i din editor ($EDITOR) med " + EDIT
      + ". " + BACK + " går tillbaka till förra frågan.";

  /** Asks on the terminal. */
  public interface Prompter {
    /** One line; completions are offered, a blank answer takes the default. */
    String ask(String prompt, List<String> completions, String defaultValue);

    /** The text after the user edited it in their editor; {@code null} where no editor could be opened. */
    default String edit(String text) {
      return null;
    }
  }

  private enum Kind {
    TEXT,
    OPTIONAL,
    LONG,
    LONG_OPTIONAL,
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
      new Question("beslut", "Förslag till beslut (\u201d… beslutar att …\u201d)", Kind.LONG),
      new Question("sammanfattning", "Sammanfattning (tomt hoppar över)", Kind.LONG_OPTIONAL),
      new Question("arendet", "Ärendet i sin helhet", Kind.LONG),
      new Question("barnkonsekvensanalys", "Barnkonsekvensanalys", Kind.LONG_OPTIONAL),
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
    List<Question> questions = SKRIVELSE.stream()
        .filter(q -> templateFields == null || templateFields.stream().anyMatch(f -> f.equals(q.key()) || f.endsWith(":" + q.key())))
        .toList();
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> earlier = new LinkedHashMap<>();
    Deque<Integer> answered = new ArrayDeque<>();
    int i = 0;
    while (i < questions.size()) {
      Question q = questions.get(i);
      List<String> completions = switch (q.key()) {
        case "kommun" -> archive.kommuner();
        case "forvaltning" -> archive.forvaltningar();
        case "namnd" -> archive.namnder();
        // the Dnr of the nämnd just chosen
        case "dnr" -> archive.dnr((String) data.get("namnd"));
        case "expedieras" -> archive.recipients();
        default -> List.of();
      };
      Object before = earlier.get(q.key());
      String defaultValue = before instanceof String b && !b.contains("\n") ? b
          : q.key().equals("datum") ? today.toString() : null;
      Optional<Object> answer = switch (q.kind()) {
        case LIST -> list(prompter, q, completions);
        case LONG, LONG_OPTIONAL -> longText(prompter, q, before instanceof String b ? b : "");
        default -> line(prompter, q, completions, defaultValue);
      };
      if (answer.isEmpty()) {
        if (!answered.isEmpty()) {
          i = answered.pop();
          Object dropped = remove(data, questions.get(i).key());
          if (dropped != null) {
            earlier.put(questions.get(i).key(), dropped);
          }
        }
        continue;
      }
      Object value = answer.get();
      if (!(value instanceof String text && text.isEmpty() && (q.kind() == Kind.OPTIONAL || q.kind() == Kind.LONG_OPTIONAL))) {
        put(data, q.key(), value);
      }
      answered.push(i);
      i++;
    }
    return data;
  }

  /** One line; empty for a blank answer without default, nothing for {@link #BACK}. */
  private static Optional<Object> line(Prompter prompter, Question q, List<String> completions, String defaultValue) {
    String a = prompter.ask(q.prompt(), completions, defaultValue);
    if (a != null && a.strip().equals(BACK)) {
      return Optional.empty();
    }
    if (a == null || a.isBlank()) {
      a = defaultValue;
    }
    return Optional.of(a == null ? "" : a.strip());
  }

  /** Items until an empty line; nothing for {@link #BACK}. */
  private static Optional<Object> list(Prompter prompter, Question q, List<String> completions) {
    List<String> items = new ArrayList<>();
    while (true) {
      String a = prompter.ask(q.prompt() + " " + (items.size() + 1) + " (tom rad avslutar)", completions, null);
      if (a != null && a.strip().equals(BACK)) {
        return Optional.empty();
      }
      if (a == null || a.isBlank()) {
        return Optional.of(items);
      }
      items.add(a.strip());
    }
  }

  /**
   * Lines until an empty one, or what the editor gives for {@link #EDIT} as the first line;
   * nothing for {@link #BACK} as the first line.
   */
  private static Optional<Object> longText(Prompter prompter, Question q, String before) {
    List<String> lines = new ArrayList<>();
    while (true) {
      String prompt = lines.isEmpty()
          ? q.prompt() + " (flera rader, tom rad avslutar; " + EDIT + " öppnar din editor)"
          : "  …";
      String a = prompter.ask(prompt, List.of(), null);
      if (lines.isEmpty() && a != null && a.strip().equals(BACK)) {
        return Optional.empty();
      }
      if (lines.isEmpty() && a != null && a.strip().equals(EDIT)) {
        String edited = prompter.edit(before);
        if (edited == null) {
          continue;
        }
        return Optional.of(edited.strip());
      }
      if (a == null || a.isBlank()) {
        return Optional.of(String.join("\n", lines).strip());
      }
      lines.add(a.stripTrailing());
    }
  }

  @SuppressWarnings("unchecked")
  private static Object remove(Map<String, Object> data, String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      return data.remove(key);
    }
    Object inner = data.get(key.substring(0, dot));
    return inner instanceof Map<?, ?> m ? ((Map<String, Object>) m).remove(key.substring(dot + 1)) : null;
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
