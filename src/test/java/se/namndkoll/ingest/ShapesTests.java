package se.namndkoll.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Documents in other kommuners' shapes (a tjänsteskrivelse with proposal headings, a protocol with
 * numbered upper-case headings, a kallelse with a table agenda, a delegation report), each
 * rendered to PDF, DOCX and HTML, parse to the facts written down beside them.
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

    List<String> problems = differences(expected, doc);
    assertThat(problems).as(name + " as " + format).isEmpty();
  }

  static List<String> differences(JsonNode expected, Document doc) {
    List<String> problems = new ArrayList<>();
    check(problems, "kind", expected.get("kind").asText(), doc.kind().id());
    JsonNode meetings = expected.get("meetings");
    if (meetings.size() > 0) {
      Meeting m = doc.meeting().orElse(null);
      check(problems, "meeting namnd", meetings.get(0).get("namnd").asText(), m == null ? null : m.namnd());
      check(problems, "meeting date", meetings.get(0).get("date").asText(), m == null || m.date() == null ? null : m.date().toString());
    }
    JsonNode agenda = expected.get("agenda");
    check(problems, "agenda size", agenda.size(), doc.agenda().size());
    for (int i = 0; i < Math.min(agenda.size(), doc.agenda().size()); i++) {
      JsonNode e = agenda.get(i);
      AgendaItem a = doc.agenda().get(i);
      check(problems, "agenda " + (i + 1) + " no", e.get("no").asInt(), a.no());
      check(problems, "agenda " + (i + 1) + " title", e.get("title").asText(), a.title());
      check(problems, "agenda " + (i + 1) + " dnr", text(e.get("dnr")), a.dnr() == null ? null : a.dnr().normalised());
      check(problems, "agenda " + (i + 1) + " sekretess", e.get("sekretess").asBoolean(), a.sekretess());
    }
    JsonNode arenden = expected.get("arenden");
    check(problems, "ärenden", arenden.size(), doc.arenden().size());
    for (int i = 0; i < Math.min(arenden.size(), doc.arenden().size()); i++) {
      JsonNode e = arenden.get(i);
      Arende a = doc.arenden().get(i);
      String at = "ärende " + (i + 1) + " ";
      check(problems, at + "dnr", text(e.get("dnr")), a.dnrNormalised());
      check(problems, at + "title", e.get("title").asText(), a.title());
      check(problems, at + "kind", e.get("kind").asText(), a.kind().id());
      check(problems, at + "agendaNo", e.get("agendaNo").isNull() ? null : e.get("agendaNo").asInt(), a.agendaNo());
      check(problems, at + "paragraph", text(e.get("paragraph")), a.paragraph());
      check(problems, at + "sections", strings(e.get("sections")), sections(a));
      check(problems, at + "expedieras", list(e.get("expedierasTill")), a.expedierasTill());
      check(problems, at + "beslutsunderlag", list(e.get("beslutsunderlag")), a.beslutsunderlag());
    }
    return problems;
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

  private static void check(List<String> problems, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      problems.add(what + ": expected " + expected + " but was " + actual);
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Set<String> strings(JsonNode n) {
    Set<String> out = new TreeSet<>();
    n.forEach(x -> out.add(x.asText()));
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
