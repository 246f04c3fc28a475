package se.namndkoll.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.namndkoll.corpus.CorpusWriter;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.Meeting;

/**
 * Documents in other kommuners' shapes (tjänsteskrivelser, protocols of nämnder, utskott and a
 * kommunstyrelse, kallelser with table agendas, a delegation report), each rendered to PDF, DOCX and
 * HTML, parse to the facts written down beside them.
 *
 * <p>An expectation the parser does not meet on a realistic layout is marked in the JSON with a
 * {@code "knownGap"} beside it, in the object that holds it: a string (why) covers every field of
 * that object in every format; an object {@code {"why": …, "fields": […], "formats": […]}} covers
 * only the fields and formats named; a gap of the document that names {@code agenda} or {@code
 * arenden} covers every item of that list. A difference a known gap covers is printed, not failed; one
 * it does not cover fails the test. A known gap that no longer shows is printed too, so that its
 * mark can be taken away.
 */
class ShapesTests {

  private static final Path SHAPES = Path.of("src/test/resources/shapes");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DocumentReader READER = DocumentReader.standard();

  @TempDir Path dir;

  static Stream<Arguments> shapesInEveryFormat() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SHAPES)) {
      for (Path source : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (CorpusWriter.Format format : CorpusWriter.Format.values()) {
          out.add(Arguments.of(source.getFileName().toString(), format));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("shapesInEveryFormat")
  void parsesToTheWrittenDownFacts(String name, CorpusWriter.Format format) throws IOException {
    Path source = SHAPES.resolve(name);
    Path rendered = dir.resolve(CorpusWriter.outputName(source, format));
    CorpusWriter.render(source, format, rendered);
    JsonNode expected = JSON.readTree(SHAPES.resolve(name.replace(".txt", ".expected.json")).toFile());
    Document doc = READER.read(rendered);

    Comparison c = compare(expected, doc, format);
    Map<Gap, List<String>> known = new LinkedHashMap<>();
    for (Problem p : c.problems()) {
      if (p.gap() != null) {
        known.computeIfAbsent(p.gap(), g -> new ArrayList<>()).add(p.what());
      }
    }
    known.forEach((g, whats) -> {
      System.out.println("known gap, " + name + " as " + format + ", " + g.where() + ": " + g.why());
      whats.forEach(w -> System.out.println("    " + w));
    });
    for (Gap g : c.gapsNotSeen()) {
      System.out.println("known gap not seen, " + name + " as " + format + ": " + g.where() + " (" + g.why() + ")");
    }
    assertThat(c.problems().stream().filter(p -> p.gap() == null).map(Problem::what).toList())
        .as(name + " as " + format).isEmpty();
  }

  /** A difference between the written-down facts and what the parser read. */
  record Problem(String what, Gap gap) {}

  /**
   * A known gap: where the parser reads a realistic layout wrongly.
   *
   * @param where the object it is written in ("ärende § 852", "document")
   * @param fields the fields it covers, empty for all
   * @param formats the formats it covers ("pdf"), empty for all
   */
  record Gap(String where, String why, Set<String> fields, Set<String> formats) {

    static Gap of(JsonNode holder, String where) {
      JsonNode g = holder == null ? null : holder.get("knownGap");
      if (g == null || g.isNull()) {
        return null;
      }
      if (g.isTextual() && !g.asText().isBlank()) {
        return new Gap(where, g.asText(), Set.of(), Set.of());
      }
      // a misspelt key would widen the gap to every field: only these are known
      g.fieldNames().forEachRemaining(k -> {
        if (!Set.of("why", "fields", "formats").contains(k)) {
          throw new IllegalArgumentException("knownGap of " + where + ": unknown key " + k);
        }
      });
      Set<String> formats = strings(g.get("formats"));
      if (g.path("why").asText().isBlank() || !Set.of("pdf", "docx", "html").containsAll(formats)) {
        throw new IllegalArgumentException("knownGap of " + where + " needs a why and known formats: " + g);
      }
      return new Gap(where, g.path("why").asText(), strings(g.get("fields")), formats);
    }

    boolean covers(String field, CorpusWriter.Format format) {
      return (fields.isEmpty() || fields.contains(field))
          && (formats.isEmpty() || formats.contains(format.extension()));
    }
  }

  /** The differences found, and the gaps declared for this format that showed in none of them. */
  record Comparison(List<Problem> problems, List<Gap> gapsNotSeen) {}

  /** Collects differences, each under the gap (if any) of the object its expectation stands in. */
  private static final class Collector {
    final CorpusWriter.Format format;
    final List<Problem> problems = new ArrayList<>();
    final Set<Gap> declared = new LinkedHashSet<>();
    final Set<Gap> seen = new HashSet<>();

    Collector(CorpusWriter.Format format) {
      this.format = format;
    }

    void declare(Gap gap) {
      if (gap != null && (gap.formats().isEmpty() || gap.formats().contains(format.extension()))) {
        declared.add(gap);
      }
    }

    void check(Scope scope, String field, String what, Object expected, Object actual) {
      if (!Objects.equals(expected, actual)) {
        problem(scope, field, what + ": expected " + expected + " but was " + actual);
      }
    }

    void problem(Scope scope, String field, String what) {
      Gap covering = scope.own() != null && scope.own().covers(field, format) ? scope.own()
          : scope.outer() != null && scope.outer().covers(scope.outerField(), format) ? scope.outer() : null;
      if (covering != null) {
        seen.add(covering);
      }
      problems.add(new Problem(what, covering));
    }
  }

  /**
   * Where an expectation stands: the gap of its own object, and the gap of the document that may
   * cover the whole list the object is in ({@code "fields": ["agenda"]}).
   */
  record Scope(Gap own, Gap outer, String outerField) {
    static Scope of(Gap own) {
      return new Scope(own, null, null);
    }
  }

  static Comparison compare(JsonNode expected, Document doc, CorpusWriter.Format format) {
    Collector c = new Collector(format);
    Gap top = Gap.of(expected, "document");
    c.declare(top);
    c.check(Scope.of(top), "kind", "kind", expected.get("kind").asText(), doc.kind().id());
    JsonNode meetings = expected.get("meetings");
    if (meetings.size() > 0) {
      JsonNode em = meetings.get(0);
      Gap gap = Gap.of(em, "meeting");
      c.declare(gap);
      Scope g = new Scope(gap, top, "meetings");
      Meeting m = doc.meeting().orElse(null);
      c.check(g, "namnd", "meeting namnd", em.get("namnd").asText(), m == null ? null : m.namnd());
      c.check(g, "date", "meeting date", em.get("date").asText(), m == null || m.date() == null ? null : m.date().toString());
    }
    agenda(c, top, expected.get("agenda"), doc.agenda());
    arenden(c, top, expected.get("arenden"), doc.arenden());
    List<Gap> notSeen = c.declared.stream().filter(g -> !c.seen.contains(g)).toList();
    return new Comparison(c.problems, notSeen);
  }

  /** Agenda items matched by their number; missing, extra and differing items are differences. */
  private static void agenda(Collector c, Gap top, JsonNode agenda, List<AgendaItem> actual) {
    Set<Integer> matched = new HashSet<>();
    for (JsonNode e : agenda) {
      int no = e.get("no").asInt();
      String at = "agenda " + no + " ";
      Gap own = Gap.of(e, "agenda item " + no);
      c.declare(own);
      Scope gap = new Scope(own, top, "agenda");
      AgendaItem a = actual.stream().filter(x -> Integer.valueOf(no).equals(x.no())).findFirst().orElse(null);
      if (a == null) {
        c.problem(gap, "present", at + "missing: " + e.get("title").asText());
        continue;
      }
      matched.add(no);
      c.check(gap, "title", at + "title", e.get("title").asText(), a.title());
      c.check(gap, "dnr", at + "dnr", text(e.get("dnr")), a.dnr() == null ? null : a.dnr().normalised());
      c.check(gap, "sekretess", at + "sekretess", e.get("sekretess").asBoolean(), a.sekretess());
    }
    for (AgendaItem a : actual) {
      if (!matched.contains(a.no())) {
        c.problem(Scope.of(top), "agenda", "agenda: unexpected item " + a.no() + " " + a.title());
      }
    }
  }

  /**
   * Ärenden matched by their paragraph where they have one, else by their Dnr, else by their place;
   * missing, extra and differing ärenden are differences, and so is another order.
   */
  private static void arenden(Collector c, Gap top, JsonNode arenden, List<Arende> actual) {
    boolean[] used = new boolean[actual.size()];
    int last = -1;
    for (int i = 0; i < arenden.size(); i++) {
      JsonNode e = arenden.get(i);
      String paragraph = text(e.get("paragraph"));
      String dnr = text(e.get("dnr"));
      String name = paragraph != null ? paragraph : dnr != null ? "Dnr " + dnr : "no. " + (i + 1);
      String at = "ärende " + (i + 1) + " (" + name + ") ";
      Gap own = Gap.of(e, "ärende " + name);
      c.declare(own);
      Scope gap = new Scope(own, top, "arenden");
      int k = find(actual, used, paragraph, dnr, i);
      if (k < 0) {
        c.problem(gap, "present", at + "missing: " + e.get("title").asText());
        continue;
      }
      used[k] = true;
      if (k < last) {
        c.problem(Scope.of(top), "arenden", at + "out of order");
      }
      last = k;
      Arende a = actual.get(k);
      c.check(gap, "dnr", at + "dnr", dnr, a.dnrNormalised());
      c.check(gap, "title", at + "title", e.get("title").asText(), a.title());
      c.check(gap, "kind", at + "kind", e.get("kind").asText(), a.kind().id());
      c.check(gap, "agendaNo", at + "agendaNo", e.get("agendaNo").isNull() ? null : e.get("agendaNo").asInt(), a.agendaNo());
      c.check(gap, "paragraph", at + "paragraph", paragraph, a.paragraph());
      c.check(gap, "sections", at + "sections", strings(e.get("sections")), sections(a));
      c.check(gap, "expedierasTill", at + "expedieras", list(e.get("expedierasTill")), a.expedierasTill());
      c.check(gap, "beslutsunderlag", at + "beslutsunderlag", list(e.get("beslutsunderlag")), a.beslutsunderlag());
    }
    for (int k = 0; k < actual.size(); k++) {
      if (!used[k]) {
        Arende a = actual.get(k);
        c.problem(Scope.of(top), "arenden", "ärenden: unexpected " + (a.paragraph() != null ? a.paragraph() + " " : "")
            + a.title() + " (Dnr " + a.dnrNormalised() + ")");
      }
    }
  }

  private static int find(List<Arende> actual, boolean[] used, String paragraph, String dnr, int place) {
    for (int k = 0; k < actual.size(); k++) {
      if (!used[k] && (paragraph != null ? paragraph.equals(actual.get(k).paragraph())
          : dnr != null && dnr.equals(actual.get(k).dnrNormalised()))) {
        return k;
      }
    }
    if (paragraph == null && dnr == null && place < actual.size() && !used[place]) {
      return place;
    }
    return -1;
  }

  private static Set<String> sections(Arende a) {
    Set<String> out = new TreeSet<>();
    a.sections().forEach(s -> {
      if (!s.kind().id().equals("other") && !s.kind().id().equals("protokollsanteckning")
          && !s.kind().id().equals("reservation") && !s.kind().id().equals("deltagande") && !s.kind().id().equals("jav")) {
        out.add(s.kind().id());
      }
    });
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Set<String> strings(JsonNode n) {
    Set<String> out = new TreeSet<>();
    if (n != null) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  private static List<String> list(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
