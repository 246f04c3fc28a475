package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.namndkoll.ingest.Seeds;

/** {@code parse}, run one-shot as a script runs it. */
class ParseCommandTests {

  @TempDir Path dir;

  @Test
  void printsTheModelAsJsonPerTheContract() throws Exception {
    Path seed = Seeds.seeds().resolve("003_dcc8fac68153a615.txt");
    assumeTrue(Files.exists(seed), "the shared seeds are beside the project");
    Jar.Run run = Commands.run(dir, "parse", seed.toString(), "--format", "json");
    assertThat(run.exitStatus()).as(run.all()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.stdout());
    assertThat(json.get("kind").asText()).isEqualTo("kallelse");
    assertThat(json.get("meetings").get(0).get("date").asText()).isEqualTo("2024-02-19");
    assertThat(json.get("agenda")).hasSize(21);
    JsonNode first = json.get("arenden").get(0);
    assertThat(first.get("dnr").asText()).isEqualTo("2024-00029");
    assertThat(first.get("dnrFull").asText()).isEqualTo("SON 2024-00029 1.1.3.1");
    assertThat(first.get("agendaNo").asInt()).isEqualTo(6);
    assertThat(first.get("sections").toString()).contains("\"beslut\"", "\"expedieras\"");
    assertThat(first.get("location").get("lineStart").asInt()).isEqualTo(66);
  }

  @Test
  void printsAnOutlineForPeople() throws Exception {
    Path doc = dir.resolve("skrivelse.txt");
    Files.writeString(doc, String.join("\n",
        "Dnr KN 2025-00017", "", "Ny bibliotekslokal", "", "Kulturnämndens beslut", "Kulturnämnden beslutar att flytta biblioteket.",
        "", "Beslutet expedieras till", "1. Kommunstyrelsen", "", "Eva Ek", "Ordförande"));
    Jar.Run run = Commands.run(dir, "parse", doc.toString());
    assertThat(run.exitStatus()).as(run.all()).isZero();
    assertThat(run.stdout()).contains("Ny bibliotekslokal", "Dnr KN 2025-00017", "✓ beslut", "✗ barnkonsekvensanalys",
        "expedieras till: Kommunstyrelsen");
  }

  @Test
  void aMissingFileIsOneLineAndStatusOne() throws Exception {
    Jar.Run run = Commands.run(dir, "parse", "finns-inte.pdf", "--format", "json");
    assertThat(run.exitStatus()).isEqualTo(1);
    assertThat(run.all().strip()).isEqualTo("namndkoll: finns-inte.pdf: no such file");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tom.pdf          | EMPTY   | empty file",
        "trasig.pdf       | CUT     | corrupt or unreadable PDF",
        "skräp.pdf        | JUNK    | not a PDF: the content is application/octet-stream",
        "bild.png         | PNG     | unsupported type image/png",
      })
  void badInputIsOneLineNamingTheFileAndStatusOne(String name, String content, String reason) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, switch (content) {
      case "EMPTY" -> new byte[0];
      case "CUT" -> "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
      case "PNG" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
          0, 0, 0, 1, 8, 2, 0, 0, 0};
      default -> junk();
    });
    Jar.Run run = Commands.run(dir, "parse", file.toString(), "--format", "json");
    assertThat(run.exitStatus()).as(run.all()).isEqualTo(1);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr().strip().lines()).singleElement().asString()
        .startsWith("namndkoll: " + file + ": " + reason).doesNotContain("Exception", "\tat ");
  }

  private static byte[] junk() {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[0] = 0;
    return bytes;
  }

  @Test
  void anUnknownFormatIsBadUsage() throws Exception {
    Path doc = dir.resolve("a.txt");
    Files.writeString(doc, "text");
    Jar.Run run = Commands.run(dir, "parse", doc.toString(), "--format", "xml");
    assertThat(run.exitStatus()).isEqualTo(2);
    assertThat(run.all()).contains("unknown format 'xml'").doesNotContain("Exception");
  }

  /**
   * A scan says how its pages were read: by OCR, with the words' mean confidence, where Tesseract
   * is installed (as CI installs it); else which pages were not read and why. Never silence.
   */
  @Test
  void aScanSaysHowItsPagesWereRead() throws Exception {
    Path pdf = se.namndkoll.ingest.extract.PdfFixtures.write(dir.resolve("s.pdf"), java.util.List.of(
        java.util.List.of("Tjänsteskrivelse", "Ärendet i sin helhet", "Förvaltningen föreslår att avtalet förlängs.")));
    Path scan = se.namndkoll.ingest.extract.ScanFixtures.imageOnly(pdf, dir.resolve("skannad.pdf"), 200);

    Jar.Run outline = Commands.run(dir, "parse", scan.toString());
    Jar.Run json = Commands.run(dir, "parse", scan.toString(), "--format", "json");

    assertThat(outline.exitStatus()).as(outline.all()).isZero();
    JsonNode scanned = new ObjectMapper().readTree(json.stdout()).get("scanned");
    if (outline.stdout().contains("lästa med OCR")) {
      assertThat(outline.stdout()).containsPattern("skannade sidor lästa med OCR: 1 \\(ordens medelkonfidens \\d+ %");
      assertThat(scanned.get("ocrPages").toString()).isEqualTo("[1]");
      assertThat(scanned.get("ocrConfidence").asDouble()).isGreaterThan(50);
    } else {
      assertThat(outline.stdout()).contains("skannade sidor som inte kunde läsas: 1 (");
      assertThat(scanned.get("unreadPages").toString()).isEqualTo("[1]");
      assertThat(scanned.get("unreadReason").asText()).isNotBlank();
    }
  }
}
