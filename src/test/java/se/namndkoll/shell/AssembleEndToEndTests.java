package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.namndkoll.assemble.PdfConverter;

/** The packaged jar's {@code assemble} commands, run one-shot as a secretary's script runs them. */
class AssembleEndToEndTests {

  private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
  private static final Path EXAMPLES = TEMPLATES.resolve("examples");

  @TempDir Path dir;

  private Jar.Run run(String... args) throws Exception {
    return Jar.runWithEnv(dir, "NAMNDKOLL_TEMPLATES", TEMPLATES.toString(), args);
  }

  private JsonNode parse(Path docx) throws Exception {
    Jar.Run run = Jar.run(dir, "parse", "--file", docx.toString(), "--format", "json");
    assertThat(run.exitStatus()).as(run.all()).isZero();
    return new ObjectMapper().readTree(run.stdout());
  }

  @Test
  void theExampleSkrivelseIsWrittenWithoutWarningsAndParsesToWhatWentIn() throws Exception {
    Jar.Run run = run("assemble", "skrivelse", "--data", EXAMPLES.resolve("skrivelse.yaml").toString(),
        "--out", "simskola.docx", "--pdf");

    assertThat(run.exitStatus()).as(run.all()).isZero();
    assertThat(run.stdout()).contains("Kontrollen fann inga fel eller varningar.", "Skrev simskola.docx");
    assertThat(run.stderr()).isEmpty();
    if (PdfConverter.soffice().isPresent()) {
      assertThat(run.stdout()).contains("PDF skriven: simskola.pdf");
      JsonNode pdf = parse(dir.resolve("simskola.pdf")).get("arenden").get(0);
      assertThat(pdf.get("sections")).isEqualTo(parse(dir.resolve("simskola.docx")).get("arenden").get(0).get("sections"));
    } else {
      // not an error: the document is written, the PDF is not, and the user is told why
      assertThat(run.stdout()).contains("Ingen PDF skrevs: LibreOffice (soffice) är inte installerat.");
      assertThat(dir.resolve("simskola.pdf")).doesNotExist();
    }
    JsonNode arende = parse(dir.resolve("simskola.docx")).get("arenden").get(0);
    assertThat(arende.get("dnrFull").asText()).isEqualTo("KFN 2026-00042 3.4.1.0");
    assertThat(arende.get("sections").toString()).isEqualTo("[\"beslut\",\"sammanfattning\",\"arendet\","
        + "\"barnkonsekvensanalys\",\"beslutsunderlag\",\"samverkan\",\"expedieras\",\"signatures\"]");
    assertThat(arende.get("expedierasTill").toString())
        .isEqualTo("[\"Barn- och utbildningsnämnden\",\"Rektorerna i grundskolan\",\"Badchefen vid Norrviksbadet\"]");
  }

  /**
   * The problem is named by its rule id (FÄLT for a field whose value cannot be what it asks for) and its
   * subject; the wording is the rules' own (the built-in
   * draft check's, or that of the rules in {@code rules/} where they are loaded).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no BKA          | barnkonsekvensanalys: | BKA-MISSING         | barnkonsekvensanalys",
        "no recipients   | expedieras: []        | EXPEDIERING-MISSING | expedier",
        "a placeholder   | samverkan: '[Organisation/Person, e-post/postadress]' | PLACEHOLDER-LEFT | [Organisation/Person, e-post/postadress]",
        "an agenda title for a name | forvaltning: Information från förvaltningen | FÄLT | forvaltning: ”Information från förvaltningen”",
      })
  void aDraftThatBreaksARuleIsRefusedNamingTheProblem(String name, String change, String rule, String subject)
      throws Exception {
    Path data = changed(change);

    Jar.Run run = run("assemble", "skrivelse", "--data", data.toString(), "--out", "utkast.docx");

    assertThat(run.exitStatus()).as(run.all()).isEqualTo(1);
    String problem = run.stdout().lines().filter(l -> l.contains(rule)).findFirst().orElse("");
    assertThat(problem).as(run.stdout()).startsWith("  HINDER   " + rule).containsIgnoringCase(subject);
    assertThat(run.stderr().strip()).isEqualTo("namndkoll: utkast.docx was not written: the draft has 1 problem "
        + "listed above (--force writes it anyway)");
    assertThat(dir.resolve("utkast.docx")).doesNotExist();
  }

  @Test
  void forceWritesTheDraftAndSaysWhatItOverrode() throws Exception {
    Path data = changed("expedieras: []");

    Jar.Run run = run("assemble", "skrivelse", "--data", data.toString(), "--out", "utkast.docx", "--force");

    assertThat(run.exitStatus()).as(run.all()).isZero();
    assertThat(run.stdout()).contains("HINDER   EXPEDIERING-MISSING",
        "Skrevs trots hindret (--force): EXPEDIERING-MISSING", "Skrev utkast.docx");
    assertThat(dir.resolve("utkast.docx")).exists();
  }

  /** The example skrivelse with one top-level field replaced (or emptied). */
  private Path changed(String change) throws Exception {
    String key = change.substring(0, change.indexOf(':'));
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    for (String line : Files.readAllLines(EXAMPLES.resolve("skrivelse.yaml"), StandardCharsets.UTF_8)) {
      if (line.startsWith(key + ":")) {
        out.append(change).append('\n');
        skipping = true;
        continue;
      }
      if (skipping && (line.startsWith(" ") || line.isEmpty())) {
        continue;
      }
      skipping = false;
      out.append(line).append('\n');
    }
    Path data = dir.resolve("data.yaml");
    Files.writeString(data, out, StandardCharsets.UTF_8);
    return data;
  }

  @Test
  void anExistingDocumentIsRefusedInOneLineAndControlCharactersInTheDataAreNamed() throws Exception {
    Files.writeString(dir.resolve("finns.docx"), "ett annat dokument");
    Path data = changed("rubrik: \"Avgiftsfri\\a simskola för elever i årskurs 2 och 3\"");

    Jar.Run refused = run("assemble", "skrivelse", "--data", data.toString(), "--out", "finns.docx");

    assertThat(refused.exitStatus()).isEqualTo(1);
    assertThat(refused.stderr().strip().lines()).containsExactly("namndkoll: finns.docx: the file exists; --force writes over it");
    assertThat(Files.readString(dir.resolve("finns.docx"))).isEqualTo("ett annat dokument");

    Jar.Run written = run("assemble", "skrivelse", "--data", data.toString(), "--out", "finns.docx", "--force");

    assertThat(written.exitStatus()).as(written.all()).isZero();
    assertThat(written.stdout()).contains("Obs: " + data + ": fältet rubrik innehåller U+0007 (BEL)", "Skrev finns.docx")
        .doesNotContain("draft");
  }

  @Test
  void badYamlIsOneLineWithTheFileAndLine() throws Exception {
    Path data = dir.resolve("trasig.yaml");
    Files.writeString(data, "rubrik: Simskola\nbeslut: \"att erbjuda\nsimskola\n", StandardCharsets.UTF_8);

    Jar.Run run = run("assemble", "skrivelse", "--data", data.toString(), "--out", "x.docx");

    assertThat(run.exitStatus()).isEqualTo(1);
    assertThat(run.stderr().strip().lines()).singleElement().asString()
        .startsWith("namndkoll: " + data + ":4: bad YAML: ");
  }

  @Test
  void withoutDataOutsideAnInteractiveShellIsBadUsage() throws Exception {
    Jar.Run run = run("assemble", "skrivelse", "--out", "x.docx");

    assertThat(run.exitStatus()).isEqualTo(2);
    assertThat(run.stderr().strip())
        .isEqualTo("namndkoll: assemble skrivelse needs --data FILE.yaml when not run in an interactive shell");
  }

  @Test
  void kallelseNumbersItsAgendaStandingItemsFirst() throws Exception {
    Jar.Run run = run("assemble", "kallelse", "--namnd", "Kultur- och fritidsnämnden", "--date", "2026-05-12",
        "--items", EXAMPLES.resolve("kallelse.yaml").toString(), "--out", "kallelse.docx");

    assertThat(run.exitStatus()).as(run.all()).isZero();
    assertThat(run.stdout()).contains("Kontrollen fann inga fel eller varningar.");
    JsonNode json = parse(dir.resolve("kallelse.docx"));
    assertThat(json.get("kind").asText()).isEqualTo("kallelse");
    assertThat(json.get("meetings").get(0).get("date").asText()).isEqualTo("2026-05-12");
    JsonNode agenda = json.get("agenda");
    assertThat(agenda).hasSize(6);
    assertThat(agenda.get(0).get("title").asText()).isEqualTo("Upprop och val av justerare");
    assertThat(agenda.get(0).get("standing").asBoolean()).isTrue();
    assertThat(agenda.get(0).get("dnr").isNull()).as("a standing item without an invented Dnr").isTrue();
    assertThat(agenda.get(3).get("documentsLater").asBoolean()).isTrue();
    assertThat(agenda.get(4).get("sekretess").asBoolean()).isTrue();
    assertThat(agenda.get(5).get("dnrFull").asText()).isEqualTo("KFN 2026-00055 1.1.3.0");
  }

  @Test
  void utdragIsMadeFromAnArendeOfTheArchive() throws Exception {
    Path protocol = Path.of("corpus", "ifn-2026-03-10-protokoll.docx").toAbsolutePath();
    Jar.Run ingest = Jar.run(dir, "ingest", "--paths", protocol.toString(), "--index", "index");
    assertThat(ingest.exitStatus()).as(ingest.all()).isZero();

    Jar.Run run = run("assemble", "utdrag", "--dnr", "IFN 2026-00021", "--meeting", "2026-03-10", "--index", "index",
        "--out", "utdrag.docx");

    assertThat(run.exitStatus()).as(run.all()).isZero();
    JsonNode json = parse(dir.resolve("utdrag.docx"));
    assertThat(json.get("kind").asText()).isEqualTo("protokollsutdrag");
    JsonNode arende = json.get("arenden").get(0);
    assertThat(arende.get("paragraph").asText()).isEqualTo("§ 15");
    assertThat(arende.get("dnrFull").asText()).isEqualTo("IFN 2026-00021 1.2.2.1");
    assertThat(arende.get("title").asText()).isEqualTo("Budgetuppföljning februari 2026");
    assertThat(arende.get("sections").toString()).contains("\"beslut\"", "\"expedieras\"");
  }

  @Test
  void utdragOfAnArendeTheArchiveLacksSaysSo() throws Exception {
    Jar.Run run = run("assemble", "utdrag", "--dnr", "IFN 2026-09999", "--meeting", "2026-03-10", "--index", "saknas",
        "--out", "utdrag.docx");

    assertThat(run.exitStatus()).isEqualTo(1);
    assertThat(run.stderr()).startsWith("namndkoll: the archive is empty or missing");
  }
}
