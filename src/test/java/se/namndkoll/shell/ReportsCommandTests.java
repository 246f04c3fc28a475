package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.testing.SecretFixtures;

/**
 * The reports as a revisor hands them on: no personnummer in clear in any output of
 * check (every format), parse, search or show; the rules' own words; one finding per fingerprint;
 * Swedish; the scope and conclusions; the PDF.
 */
class ReportsCommandTests {

  @TempDir static Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of("corpus").toAbsolutePath();
  private static final Path RULES = Path.of("rules").toAbsolutePath();
  private static Path archive;

  private static final java.util.Map<String, String> CORPUS_REPORTS = new java.util.HashMap<>();

  @BeforeAll
  static void writeTheArchive() {
    archive = dir.resolve("arkiv");
    SecretFixtures.write(archive);
  }

  /**
   * The corpus checked once per format, with the revisor's conclusions from a file: a text format's
   * output, or the name of the file written for xlsx, pdf and html.
   */
  private static synchronized String corpus(String format) throws Exception {
    if (!CORPUS_REPORTS.containsKey(format)) {
      Path conclusions = dir.resolve("bedomning.txt");
      Files.writeString(conclusions, "Nämnderna bör följa upp underskotten.\n\nExpedieringen behöver ses över.\n",
          StandardCharsets.UTF_8);
      List<String> args = new ArrayList<>(List.of("check", CORPUS.toString(), "--format", format, "--rules",
          RULES.toString(), "--conclusions-file", conclusions.toString(), "--revisor", "Eva Revisor"));
      Path out = dir.resolve("rapport." + format);
      boolean toFile = List.of("pdf", "xlsx", "html").contains(format);
      if (toFile) {
        args.addAll(List.of("--out", out.toString()));
      }
      Jar.Run run = Commands.run(dir, args.toArray(String[]::new));
      assertThat(run.exitStatus()).as(run.all()).isZero();
      CORPUS_REPORTS.put(format, toFile ? out.toString() : run.stdout());
    }
    return CORPUS_REPORTS.get(format);
  }

  /** Every personnummer of the fixtures in clear, with and without century. */
  private static List<String> inClear() {
    List<String> out = new ArrayList<>();
    for (String pnr : SecretFixtures.ALL_PNR) {
      out.add(pnr);
      out.add(pnr.length() == 13 ? pnr.substring(2) : pnr);
    }
    return out;
  }

  private static void assertNoPersonnummer(String what, String output) {
    for (String pnr : inClear()) {
      assertThat(output).as(what + " holds " + pnr).doesNotContain(pnr);
    }
  }

  @Test
  void checkWritesNoPersonnummerInClearInAnyFormat() throws Exception {
    for (String format : List.of("table", "json", "csv", "html", "sarif")) {
      Jar.Run run = Commands.run(dir, "check", archive.toString(), "--format", format, "--rules", RULES.toString(),
          "--conclusions", "Protokollet röjer " + SecretFixtures.PUBLIC_PNR + ".");
      assertThat(run.exitStatus()).as(run.all()).isZero();
      assertThat(run.stdout()).as(format).contains("PERSONNUMMER-EXPOSED");
      assertNoPersonnummer(format, run.all());
    }
    Path xlsx = dir.resolve("fynd.xlsx");
    Jar.Run x = Commands.run(dir, "check", archive.toString(), "--format", "xlsx", "--out", xlsx.toString(), "--rules",
        RULES.toString());
    assertThat(x.exitStatus()).as(x.all()).isZero();
    StringBuilder workbook = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        workbook.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(workbook).contains("PERSONNUMMER-EXPOSED");
    assertNoPersonnummer("xlsx", workbook.toString());
    Path pdf = dir.resolve("fynd.pdf");
    Jar.Run p = Commands.run(dir, "check", archive.toString(), "--format", "pdf", "--out", pdf.toString(), "--rules",
        RULES.toString());
    assertThat(p.exitStatus()).as(p.all()).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("PERSONNUMMER-EXPOSED");
      assertNoPersonnummer("pdf", text.replaceAll("\\s+", " "));
    }
  }

  @Test
  void parseSearchAndShowWriteNoPersonnummerInClear() throws Exception {
    for (Path file : List.of(archive.resolve("on-su-2026-05-12-protokoll.txt"))) {
      for (String format : List.of("table", "json")) {
        Jar.Run run = Commands.run(dir, "parse", file.toString(), "--format", format);
        assertThat(run.exitStatus()).as(run.all()).isZero();
        assertNoPersonnummer("parse " + format + " " + file.getFileName(), run.all());
      }
    }
    Path index = dir.resolve("index");
    Jar.Run ingest = Commands.run(dir, "ingest", archive.toString(), "--index", index.toString());
    assertThat(ingest.exitStatus()).as(ingest.all()).isZero();
    assertNoPersonnummer("ingest", ingest.all());
    List<String> ids = new ArrayList<>();
    for (String query : List.of(SecretFixtures.PUBLIC_PNR.substring(0, 8) + " OR anmälningsärenden OR skrivelse")) {
      Jar.Run table = Commands.run(dir, "search", query, "--index", index.toString());
      assertThat(table.exitStatus()).as(table.all()).isZero();
      assertNoPersonnummer("search " + query, table.all());
      assertThat(table.stdout()).as("the words found are not marked with literal asterisks").doesNotContain("**")
          .contains("§ 3");
      Jar.Run json = Commands.run(dir, "search", query, "--index", index.toString(), "--format", "json");
      assertNoPersonnummer("search json " + query, json.all());
      JsonNode hits = JSON.readTree(json.stdout()).path("hits");
      assertThat(hits.findValuesAsText("snippetHtml")).anyMatch(h -> h.contains("<em>"));
      assertThat(hits.findValuesAsText("snippet")).noneMatch(h -> h.contains("<em>") || h.contains("**"));
      assertThat(hits.findValuesAsText("paragraph")).anyMatch(p -> p.startsWith("§ 3"));
      JSON.readTree(json.stdout()).path("hits").forEach(h -> ids.add(h.get("id").asText()));
    }
    assertThat(ids).isNotEmpty();
    for (String id : ids.stream().distinct().limit(3).toList()) {
      Jar.Run show = Commands.run(dir, "show", id, "--index", index.toString());
      assertThat(show.exitStatus()).as(show.all()).isZero();
      assertNoPersonnummer("show " + id, show.all());
      assertThat(show.stdout()).as("section names in Swedish").doesNotContain("\nsignatures\n");
    }
  }

  @Test
  void theSameFindingInTwoFilesIsOneWithBothPlaces() throws Exception {
    JsonNode findings = JSON.readTree(corpus("json"));

    assertThat(findings.findValuesAsText("fingerprint")).doesNotHaveDuplicates();
    JsonNode ifn = findings.findParents("rule").stream().filter(f -> f.get("rule").asText().equals("BUDGET-DEFICIT"))
        .filter(f -> "2026-00021".equals(f.get("dnr").asText())).findFirst().orElseThrow();
    List<String> places = new ArrayList<>();
    ifn.get("locations").forEach(l -> places.add(Path.of(l.get("source").asText()).getFileName().toString()));
    assertThat(places).containsExactly("ifn-2026-03-10-budgetuppfoljning-februari.docx", "ifn-2026-03-10-kallelse.pdf");

    JsonNode results = JSON.readTree(corpus("sarif")).at("/runs/0/results");
    assertThat(results).hasSize(findings.size());
    assertThat(results.findValues("locations").stream().mapToInt(JsonNode::size).max().orElse(0)).isEqualTo(2);
  }

  @Test
  void theRulesOwnWordsReachTheReportsAndRulesExplain() throws Exception {
    Jar.Run explain = Commands.run(dir, "rules", "explain", "BKA-MISSING", "--rules", RULES.toString());
    assertThat(explain.exitStatus()).as(explain.all()).isZero();
    assertThat(explain.stdout()).contains("Name:      Barnkonsekvensanalys saknas")
        .contains("Checks:    En skrivelse med beslut saknar barnkonsekvensanalys fast ärendet rör barn");

    JsonNode driver = JSON.readTree(corpus("sarif")).at("/runs/0/tool/driver");
    assertThat(driver.get("version").asText()).isNotBlank();
    // the build names no address where the project is published, so the report names none
    assertThat(driver.has("informationUri")).isFalse();
    JsonNode bka = driver.get("rules").findParents("id").stream()
        .filter(r -> r.get("id").asText().equals("BKA-MISSING")).findFirst().orElseThrow();
    assertThat(bka.get("name").asText()).isEqualTo("Barnkonsekvensanalys saknas");
    assertThat(bka.at("/fullDescription/text").asText()).startsWith("En skrivelse med beslut saknar barnkonsekvensanalys");
    assertThat(bka.has("helpUri")).isFalse();
    driver.get("rules").forEach(r -> assertThat(r.at("/fullDescription/text").asText()).as(r.get("id").asText())
        .isNotEqualTo(r.get("id").asText()));

    var doc = Jsoup.parse(Files.readString(Path.of(corpus("html")), StandardCharsets.UTF_8));
    assertThat(doc.select("#regler tbody tr")).hasSize(21);
    doc.select("#regler tbody tr").forEach(tr -> assertThat(tr.select("td").get(1).text()).as(tr.id()).isNotBlank());
  }

  @Test
  void theHtmlAndPdfCarryTheScopeAndTheConclusionsInSwedish() throws Exception {
    var doc = Jsoup.parse(Files.readString(Path.of(corpus("html")), StandardCharsets.UTF_8));
    assertThat(doc.select("#omfattning dd").eachText()).contains("Norrvik kommun", "Eva Revisor",
        "2026-01-15 – 2026-04-15 (första och sista sammanträdet)");
    assertThat(doc.select("#omfattning dd").eachText()).anyMatch(t -> t.matches(".*rules, 21 regler \\(SHA-256 [0-9a-f]{64}\\)"));
    assertThat(doc.select("#bedomning p").eachText()).containsExactly("Nämnderna bör följa upp underskotten.",
        "Expedieringen behöver ses över.");
    assertThat(doc.select("#handlingar td").eachText()).contains("kallelse", "protokoll", "budgetuppföljning");

    try (PDDocument d = Loader.loadPDF(Path.of(corpus("pdf")).toFile())) {
      String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
      assertThat(text).contains("Granskningsrapport, Norrvik kommun", "Sida 1 av " + d.getNumberOfPages(),
          "Revisorns bedömning", "Nämnderna bör följa upp underskotten.", "Fel", "Varning");
    }

    assertThat(corpus("table")).contains("    Fel      BKA-MISSING", "fel, ", "Kommun: Norrvik kommun")
        .doesNotContain(" error ", " warning ");
    assertThat(corpus("csv")).startsWith("\uFEFFRegel;Regelns namn;Allvarlighet;Nämnd;").contains(";Varning;");
  }
}
