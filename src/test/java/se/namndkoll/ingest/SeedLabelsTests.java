package se.namndkoll.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;

/**
 * The parser measured against the hand-made labels of the real seed documents: every ärende found
 * with its title and Dnr, at least 95 % of them with exactly the labelled key sections, every
 * agenda item with its Dnr. Prints the figures.
 */
class SeedLabelsTests {

  static final Map<String, String> KEY_SECTIONS =
      Map.of(
          "beslut", "beslut",
          "arendet_i_sin_helhet", "arendet",
          "barnkonsekvensanalys", "barnkonsekvensanalys",
          "beslutsunderlag", "beslutsunderlag",
          "samverkan", "samverkan",
          "expedieras_till", "expedieras");

  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void seedsArePresent() {
    Seeds.assumePresent();
  }

  @Test
  void findsEveryLabelledArendeWithTitleDnrAndSections() throws IOException {
    Score score = score(SeedLabelsTests::parseText);
    System.out.println(score.report("text"));
    assertThat(score.missing).as("labelled ärenden not found").isEmpty();
    assertThat(score.wrongDnr).as("ärenden with a wrong Dnr").isEmpty();
    assertThat(score.sectionRate()).as("share with exactly the labelled key sections").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theSeedsRenderedAsPdfParseToTheSameArenden(@TempDir Path dir) throws IOException {
    DocumentReader reader = DocumentReader.standard();
    Score score = score(seed -> reader.read(SeedRenderer.pdf(seed, dir.resolve(seed.getFileName() + ".pdf"))), false);
    System.out.println(score.report("PDF"));
    assertThat(score.missing).as("labelled ärenden not found").isEmpty();
    assertThat(score.wrongDnr).as("ärenden with a wrong Dnr").isEmpty();
    assertThat(score.sectionRate()).as("share with exactly the labelled key sections").isGreaterThanOrEqualTo(0.95);
    assertThat(score.agendaMissing).isEmpty();
  }

  @Test
  void theSeedsRenderedAsDocxParseToTheSameArenden(@TempDir Path dir) throws IOException {
    DocumentReader reader = DocumentReader.standard();
    Score score = score(seed -> reader.read(SeedRenderer.docx(seed, dir.resolve(seed.getFileName() + ".docx"))), false);
    System.out.println(score.report("DOCX"));
    assertThat(score.missing).as("labelled ärenden not found").isEmpty();
    assertThat(score.wrongDnr).as("ärenden with a wrong Dnr").isEmpty();
    assertThat(score.sectionRate()).as("share with exactly the labelled key sections").isGreaterThanOrEqualTo(0.95);
    assertThat(score.agendaMissing).isEmpty();
  }

  @Test
  void findsEveryAgendaItemWithItsDnr() throws IOException {
    Score score = score(SeedLabelsTests::parseText);
    assertThat(score.agendaMissing).as("agenda items not found or with another Dnr").isEmpty();
    assertThat(score.agendaTotal).isGreaterThan(0);
  }

  static Document parseText(Path seed) {
    return Seeds.parse(seed);
  }

  /** The parse of every labelled seed held against its labels. */
  static Score score(java.util.function.Function<Path, Document> parser) throws IOException {
    return score(parser, true);
  }

  /**
   * With {@code byPosition}, an ärende is matched to its label by its line and title; without (a
   * rendering has other line numbers), by title, in order.
   */
  static Score score(java.util.function.Function<Path, Document> parser, boolean byPosition) throws IOException {
    Score score = new Score(byPosition);
    try (var files = Files.list(Seeds.labels())) {
      for (Path label : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode labels = JSON.readTree(label.toFile());
        Path seed = Seeds.seeds().resolve(labels.get("seed").asText());
        score.compare(labels, parser.apply(seed));
      }
    }
    return score;
  }

  static final class Score {
    final boolean byPosition;
    int total;
    int found;
    int exactSections;
    int agendaTotal;
    final List<String> missing = new ArrayList<>();
    final List<String> wrongDnr = new ArrayList<>();
    final List<String> sectionDiffs = new ArrayList<>();
    final List<String> agendaMissing = new ArrayList<>();

    Score(boolean byPosition) {
      this.byPosition = byPosition;
    }

    double sectionRate() {
      return total == 0 ? 0 : (double) exactSections / total;
    }

    String report(String form) {
      return String.format(
          "seeds (%s): ärenden found %d/%d, exact key sections %d/%d (%.1f %%), agenda items %d/%d%n%s",
          form, found, total, exactSections, total, 100 * sectionRate(), agendaTotal - agendaMissing.size(),
          agendaTotal, String.join("\n", sectionDiffs));
    }

    void compare(JsonNode labels, Document doc) {
      String seed = labels.get("seed").asText();
      Map<Integer, String> agendaDnr = new LinkedHashMap<>();
      for (JsonNode a : labels.get("agenda")) {
        if (!a.get("no").isNull()) {
          agendaDnr.put(a.get("no").asInt(), a.get("dnr").isNull() ? null : a.get("dnr").asText());
        }
      }
      List<Arende> unmatched = new ArrayList<>(doc.arenden());
      for (JsonNode l : labels.get("arenden")) {
        total++;
        String title = l.get("title").asText();
        Optional<Arende> match = match(l, unmatched);
        if (match.isEmpty()) {
          missing.add(seed + ": " + title);
          continue;
        }
        found++;
        Arende a = match.get();
        unmatched.remove(a);
        String expectedDnr = l.get("dnr").isNull()
            ? (l.get("agenda_no").isNull() ? null : agendaDnr.get(l.get("agenda_no").asInt()))
            : l.get("dnr").asText();
        if (!sameDnr(expectedDnr, a.dnr())) {
          wrongDnr.add(seed + ": " + title + " expected " + expectedDnr + " got " + a.dnr());
        }
        Set<String> expected = new TreeSet<>();
        l.get("sections_present").fields().forEachRemaining(e -> {
          if (KEY_SECTIONS.containsKey(e.getKey()) && e.getValue().asBoolean()) {
            expected.add(KEY_SECTIONS.get(e.getKey()));
          }
        });
        Set<String> actual = new TreeSet<>();
        a.sections().forEach(s -> {
          if (KEY_SECTIONS.containsValue(s.kind().id())) {
            actual.add(s.kind().id());
          }
        });
        if (expected.equals(actual)) {
          exactSections++;
        } else {
          sectionDiffs.add("  " + seed + ": " + title + " expected " + expected + " got " + actual);
        }
      }
      for (JsonNode item : labels.get("agenda")) {
        if (item.get("no").isNull()) {
          continue;
        }
        agendaTotal++;
        int no = item.get("no").asInt();
        String dnr = item.get("dnr").isNull() ? null : item.get("dnr").asText();
        Optional<AgendaItem> found = doc.agenda().stream().filter(x -> Integer.valueOf(no).equals(x.no())).findFirst();
        if (found.isEmpty() || !sameDnr(dnr, found.get().dnr())
            || similarity(item.get("title").asText(), found.get().title()) < 0.8) {
          agendaMissing.add(seed + ": " + no + " " + item.get("title").asText() + " got " + found);
        }
      }
    }

    private Optional<Arende> match(JsonNode label, List<Arende> candidates) {
      int start = label.get("start_line").asInt();
      int end = label.get("end_line").asInt();
      String title = label.get("title").asText();
      return candidates.stream()
          .filter(a -> !byPosition || a.location().lineStart() != null
              && a.location().lineStart() >= start - 15 && a.location().lineStart() <= end)
          .filter(a -> similarity(title, a.title()) >= 0.8)
          .findFirst();
    }
  }

  static boolean sameDnr(String expected, Dnr actual) {
    if (expected == null) {
      return actual == null;
    }
    return actual != null && Dnr.parse(expected).map(d -> d.sameAs(actual)).orElse(false);
  }

  /** Words shared over the words of the shorter title. */
  static double similarity(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    long shared = wa.stream().filter(wb::contains).count();
    return (double) shared / Math.min(wa.size(), wb.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new TreeSet<>();
    for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\d]+")) {
      if (w.length() >= 2) {
        out.add(w);
      }
    }
    return out;
  }
}
