package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed templates, tested by what assembly needs of them: the fields they ask for and the
 * regions they mark (templates/README.md), never by their bytes, so that a template opened and saved
 * in Word, its fonts or wording changed, still passes. That the example data fills each one is
 * {@link AssemblyTests}'.
 */
class TemplatesTests {

  private static final Path TEMPLATES = Path.of("templates");

  static Stream<Arguments> templates() {
    return Stream.of(
        Arguments.of("skrivelse",
            List.of("kommun", "forvaltning", "handlaggare.namn", "handlaggare.telefon", "datum", "namnd", "dnr", "rubrik",
                "beslut", "sammanfattning", "arendet", "barnkonsekvensanalys", "samverkan", "ordforande",
                "forvaltningschef", "nr", "value"),
            List.of("IfStart:mallinstruktion", "IfStart:sammanfattning", "IfStart:barnkonsekvensanalys",
                "IfStart:beslutsunderlag", "TableStart:beslutsunderlag", "IfStart:samverkan", "TableStart:expedieras")),
        Arguments.of("tjansteskrivelse",
            List.of("kommun", "forvaltning", "handlaggare.namn", "handlaggare.telefon", "datum", "namnd", "dnr", "rubrik",
                "beslut", "sammanfattning", "arendet", "barnkonsekvensanalys", "samverkan", "forvaltningschef", "nr",
                "value"),
            List.of("IfStart:mallinstruktion", "IfStart:sammanfattning", "IfStart:barnkonsekvensanalys",
                "IfStart:beslutsunderlag", "TableStart:beslutsunderlag", "IfStart:samverkan", "TableStart:expedieras")),
        Arguments.of("tjansteutlatande",
            List.of("kommun", "forvaltning", "handlaggare.namn", "handlaggare.telefon", "datum", "namnd", "dnr", "rubrik",
                "beslut", "sammanfattning", "arendet", "barnkonsekvensanalys", "samverkan", "forvaltningschef", "nr",
                "value"),
            List.of("IfStart:mallinstruktion", "IfStart:sammanfattning", "IfStart:barnkonsekvensanalys",
                "IfStart:beslutsunderlag", "TableStart:beslutsunderlag", "IfStart:samverkan", "TableStart:expedieras")),
        Arguments.of("utdrag",
            List.of("kommun", "forvaltning", "namnd", "sammantradesdatum", "justeringsdatum", "paragraf", "dnr", "rubrik",
                "beslut", "arendet", "barnkonsekvensanalys", "ordforande", "justerare", "sekreterare", "nr", "value"),
            List.of("IfStart:mallinstruktion", "IfStart:arendet", "IfStart:barnkonsekvensanalys",
                "IfStart:beslutsunderlag", "TableStart:beslutsunderlag", "TableStart:expedieras")),
        Arguments.of("utdrag-rutor",
            List.of("kommun", "forvaltning", "namnd", "sammantradesdatum", "justeringsdatum", "paragraf", "dnr", "rubrik",
                "beslut", "arendet", "barnkonsekvensanalys", "ordforande", "justerare", "sekreterare", "nr", "value"),
            List.of("IfStart:mallinstruktion", "IfStart:arendet", "IfStart:barnkonsekvensanalys",
                "IfStart:beslutsunderlag", "TableStart:beslutsunderlag", "TableStart:expedieras")),
        Arguments.of("kallelse",
            List.of("kommun", "forvaltning", "datum", "namnd", "dag", "tid", "plats", "inledning", "ordforande",
                "forvaltningschef", "forhinder", "nr", "rubrik", "dnr", "foredragande"),
            List.of("IfStart:mallinstruktion", "IfStart:inledning", "IfStart:forhinder", "TableStart:arenden",
                "IfStart:sekretess",
                "IfStart:handlingar_senare", "IfStart:dnr", "IfStart:foredragande")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void theTemplateAsksForTheFieldsAndMarksTheRegionsOfItsReadme(String name, List<String> fields, List<String> regions) {
    Set<String> found = DocxTemplate.at(TEMPLATES.resolve(name + ".docx")).fields();

    assertThat(found.stream().filter(f -> !isMarker(f))).containsExactlyInAnyOrderElementsOf(fields);
    assertThat(found.stream().filter(f -> isStart(f))).containsExactlyInAnyOrderElementsOf(regions);
  }

  /**
   * The first page of each template tells a secretary who opens it in Word what its fields and
   * regions are; it is a region of its own ({@code mallinstruktion}), which no data fills, so it is
   * never in a written document ({@link AssemblyTests}, {@link RenderedLayoutTests}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void theFirstPageNamesEveryFieldOfTheTemplate(String name, List<String> fields, List<String> regions)
      throws Exception {
    String instruction = instruction(TEMPLATES.resolve(name + ".docx"));

    assertThat(instruction).startsWith("Om mallen").contains("tas bort när dokumentet fylls i", "templates/README.md");
    for (String field : fields) {
      assertThat(instruction).as("%s names %s", name, field).containsPattern("\\b" + java.util.regex.Pattern.quote(field) + "\\b");
    }
  }

  /** The text of the template's instruction region. */
  private static String instruction(Path template) throws Exception {
    String xml;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(template.toFile())) {
      xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
    String region = xml.substring(xml.indexOf("«IfStart:mallinstruktion»") + 1, xml.indexOf("«IfEnd:mallinstruktion»"));
    StringBuilder text = new StringBuilder();
    java.util.regex.Matcher t = java.util.regex.Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(region);
    while (t.find()) {
      text.append(t.group(1)).append(' ');
    }
    return text.toString().replace("&amp;", "&").strip();
  }

  @ParameterizedTest
  @ValueSource(strings = {"skrivelse", "tjansteskrivelse", "tjansteutlatande", "utdrag", "utdrag-rutor", "kallelse"})
  void everyRegionEndsWhereItShouldInsideTheRegionAroundIt(String name) {
    assertClosed(DocxTemplate.at(TEMPLATES.resolve(name + ".docx")).fields());
  }

  @ParameterizedTest
  @ValueSource(strings = {"skrivelse", "tjansteskrivelse", "tjansteutlatande", "utdrag", "utdrag-rutor", "kallelse"})
  void aTemplateSavedAgainAsWordDoesKeepsItsFieldsAndRegions(String name, @TempDir Path dir) throws Exception {
    Path template = TEMPLATES.resolve(name + ".docx");
    Path resaved = dir.resolve(name + ".docx");
    WordResave.resave(template, resaved, null, null);

    Set<String> again = DocxTemplate.at(resaved).fields();

    assertThat(again).containsExactlyElementsOf(DocxTemplate.at(template).fields());
    assertClosed(again);
  }

  /** Every region opened is closed by its own end, the innermost first, and none is left open. */
  private static void assertClosed(Set<String> fields) {
    Deque<String> open = new ArrayDeque<>();
    for (String f : fields) {
      if (isStart(f)) {
        open.push(f);
      } else if (isEnd(f)) {
        assertThat(open).as("%s closes a region that is open", f).isNotEmpty();
        String start = open.pop();
        assertThat(f.toLowerCase(Locale.ROOT).replace("end:", "start:")).as("the end of %s", start)
            .isEqualTo(start.toLowerCase(Locale.ROOT));
      }
    }
    assertThat(open).as("regions left open").isEmpty();
  }

  private static boolean isMarker(String field) {
    return isStart(field) || isEnd(field);
  }

  private static boolean isStart(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    return f.startsWith("tablestart:") || f.startsWith("ifstart:");
  }

  private static boolean isEnd(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    return f.startsWith("tableend:") || f.startsWith("ifend:");
  }
}
