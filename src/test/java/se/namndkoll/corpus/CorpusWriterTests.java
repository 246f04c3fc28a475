package se.namndkoll.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.corpus.CorpusWriter.Format;
import se.namndkoll.corpus.SourceDocument.Block;
import se.namndkoll.corpus.SourceDocument.Heading;
import se.namndkoll.corpus.SourceDocument.Inline;
import se.namndkoll.corpus.SourceDocument.Meta;
import se.namndkoll.corpus.SourceDocument.Paragraph;
import se.namndkoll.corpus.SourceDocument.Part;
import se.namndkoll.corpus.SourceDocument.Table;
import se.namndkoll.model.Dnr;

/**
 * The sample archive: the generator renders every source, the committed files in {@code corpus/}
 * are what it renders now, and the sources hold the planted defects and no others.
 */
class CorpusWriterTests {

  private static final Path SOURCES = Path.of("src/test/resources/corpus-src");
  private static final Path CORPUS = Path.of("corpus");
  private static final Path SHAPES = Path.of("src/test/resources/shapes");
  private static final String REGENERATE =
      "regenerate with: mvn -q test-compile exec:java -Dexec.mainClass=se.namndkoll.corpus.CorpusWriter"
          + " -Dexec.classpathScope=test -Dexec.args=\"src/test/resources/corpus-src corpus\"";

  @TempDir static Path out;

  private static List<Path> generated;

  @BeforeAll
  static void generate() throws IOException {
    generated = CorpusWriter.renderAll(SOURCES, out);
  }

  // ---- the archive --------------------------------------------------------------------------

  @Test
  void producesTheFilesOfTheCommittedArchive() throws IOException {
    Set<String> made = names(generated);
    Set<String> committed;
    try (Stream<Path> s = Files.list(CORPUS)) {
      committed = names(s.filter(p -> !p.getFileName().toString().equals("README.md")).toList());
    }
    assertThat(made).as(REGENERATE).isEqualTo(committed);
    assertThat(made)
        .anyMatch(n -> n.endsWith(".pdf"))
        .anyMatch(n -> n.endsWith(".docx"))
        .anyMatch(n -> n.endsWith(".html"));
  }

  @Test
  void everyPdfOpensWithPageFurniture() throws IOException {
    for (Path pdf : generated(".pdf")) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertThat(doc.getNumberOfPages()).as(pdf.getFileName().toString()).isGreaterThan(1);
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
          stripper.setStartPage(p);
          stripper.setEndPage(p);
          String text = stripper.getText(doc);
          assertThat(text).as(pdf.getFileName() + " page " + p)
              .contains("Norrvik kommun")
              .containsPattern("Sida \\d+\\(\\d+\\)")
              .contains("Postadress")
              .contains("Besöksadress");
        }
      }
    }
  }

  @Test
  void committedPdfsHaveTheGeneratedPagesAndText() throws IOException {
    for (Path pdf : generated(".pdf")) {
      Path committed = CORPUS.resolve(pdf.getFileName());
      assertThat(pagesText(committed)).as(committed + " is out of date; " + REGENERATE)
          .isEqualTo(pagesText(pdf));
    }
  }

  @Test
  void everyDocxOpensAndIsUpToDate() throws Exception {
    for (Path docx : generated(".docx")) {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.load(docx.toFile());
      assertThat(pkg.getMainDocumentPart().getContent()).isNotEmpty();
      assertThat(entries(docx).get("word/document.xml"))
          .contains(CorpusWriter.title(source(docx)));
      assertThat(entries(docx)).containsKeys("word/header.xml", "word/footer.xml");
      Path committed = CORPUS.resolve(docx.getFileName());
      assertThat(entries(committed)).as(committed + " is out of date; " + REGENERATE)
          .isEqualTo(entries(docx));
    }
    // At least one document uses Word's heading styles, the others bold runs.
    assertThat(entries(out.resolve("von-2026-02-18-kallelse.docx")).get("word/document.xml"))
        .contains("w:val=\"Heading1\"");
    assertThat(entries(out.resolve("ifn-2026-03-10-protokoll.docx")).get("word/document.xml"))
        .doesNotContain("w:val=\"Heading1\"")
        .contains("<w:tbl>");
  }

  @Test
  void everyHtmlHasItsH1AndIsUpToDate() throws IOException {
    for (Path html : generated(".html")) {
      Document page = Jsoup.parse(html.toFile(), "UTF-8");
      assertThat(page.select("h1")).hasSize(1);
      assertThat(page.select("h1").first().text()).isEqualTo(CorpusWriter.title(source(html)));
      assertThat(page.select("header.site-header nav a")).isNotEmpty();
      assertThat(page.select("footer.site-footer").text()).contains("862 80 Norrvik");
      Path committed = CORPUS.resolve(html.getFileName());
      assertThat(Files.readString(committed)).as(committed + " is out of date; " + REGENERATE)
          .isEqualTo(Files.readString(html));
    }
  }

  @Test
  void renderingIsDeterministic(@TempDir Path again) throws IOException {
    for (String name : List.of("ifn-su-2026-02-05-protokoll", "ifn-2026-03-10-protokoll")) {
      Path source = SOURCES.resolve(name + ".txt");
      Format format = CorpusWriter.formatOf(source);
      Path second = again.resolve(CorpusWriter.outputName(source, format));
      CorpusWriter.render(source, format, second);
      assertThat(Files.readAllBytes(second))
          .isEqualTo(Files.readAllBytes(out.resolve(second.getFileName())));
    }
  }

  // ---- the planted defects, and no others ---------------------------------------------------

  @Test
  void moneyTablesAddUpExceptThePlantedOne() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Path source : CorpusWriter.sources(SOURCES)) {
      for (Block b : CorpusWriter.read(source).blocks) {
        if (b instanceof Table t) {
          failures.addAll(MoneyCheck.failures(source.getFileName().toString(), t));
        }
      }
    }
    assertThat(failures)
        .containsExactlyInAnyOrder(
            "von-2026-02-18-arsredovisning-2025.txt: rows = Summa kostnader in Bokslut 2025:"
                + " computed -1086250, stated -1086000",
            "von-2026-02-18-arsredovisning-2025.txt: Summa intäkter + Summa kostnader ="
                + " Nettokostnad in Bokslut 2025: computed -949210, stated -949460",
            "von-2026-02-18-arsredovisning-2025.txt: Avvikelse of Summa kostnader:"
                + " computed -1700, stated -1950");
  }

  @Test
  void onlyThePlantedPersonnummer() throws IOException {
    Pattern pnr = Pattern.compile("(?<![\\d-])(?:19|20)?(\\d{2})(\\d{2})(\\d{2})[-+](\\d{4})(?![\\d-])");
    List<String> found = new ArrayList<>();
    for (Path source : allSources()) {
      Matcher m = pnr.matcher(Files.readString(source));
      while (m.find()) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        String ten = m.group(1) + m.group(2) + m.group(3) + m.group(4);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && luhn(ten)) {
          found.add(source.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(found).containsExactly("ifn-2026-03-10-protokoll.txt: 19850312-2486");
  }

  @Test
  void onlyThePlantedPlaceholder() throws IOException {
    Pattern placeholder =
        Pattern.compile("\\[[^\\]]*\\]|ÅÅÅÅ-MM-DD|XXXX|<namn>|(?i:lorem ipsum)");
    List<String> found = new ArrayList<>();
    for (Path source : allSources()) {
      Matcher m = placeholder.matcher(Files.readString(source));
      while (m.find()) {
        found.add(source.getFileName() + ": " + m.group());
      }
    }
    assertThat(found).containsExactly("von-2026-04-15-kallelse.txt: ÅÅÅÅ-MM-DD");
  }

  @Test
  void everyUtskottMeetingIsReportedExceptThePlantedOne() throws IOException {
    TreeSet<LocalDate> namndMeetings = new TreeSet<>();
    List<LocalDate> utskott = new ArrayList<>();
    Pattern name = Pattern.compile("ifn-(su-)?(\\d{4}-\\d{2}-\\d{2})-(kallelse|protokoll)\\.txt");
    for (Path source : CorpusWriter.sources(SOURCES)) {
      Matcher m = name.matcher(source.getFileName().toString());
      if (m.matches()) {
        LocalDate date = LocalDate.parse(m.group(2));
        if (m.group(1) != null) {
          utskott.add(date);
        } else {
          namndMeetings.add(date);
        }
      }
    }
    assertThat(utskott).hasSize(3);
    List<LocalDate> unreported = new ArrayList<>();
    for (LocalDate date : utskott) {
      LocalDate next = namndMeetings.higher(date);
      assertThat(next).as("a nämnd meeting after the utskott of " + date).isNotNull();
      String kallelse = Files.readString(SOURCES.resolve("ifn-" + next + "-kallelse.txt"));
      if (!kallelse.contains("Socialt utskott " + date)) {
        unreported.add(date);
      }
    }
    assertThat(unreported).containsExactly(LocalDate.parse("2026-02-19"));
  }

  @Test
  void everySkrivelseHasItsSectionsExceptThePlantedOnes() throws IOException {
    Map<String, Set<String>> missing = new TreeMap<>();
    for (Path source : CorpusWriter.sources(SOURCES)) {
      for (Skrivelse s : Skrivelse.of(CorpusWriter.read(source))) {
        for (String needed :
            List.of("beslut", "Ärendet i sin helhet", "Barnkonsekvensanalys", "Beslutsunderlag",
                "Samverkan", "Beslutet expedieras till")) {
          boolean has = s.headings().stream().anyMatch(h -> h.contains(needed));
          if (!has) {
            missing.computeIfAbsent(s.dnr(), k -> new TreeSet<>()).add(needed);
          }
        }
      }
    }
    assertThat(missing)
        .isEqualTo(
            Map.of(
                "IFN 2025-00201 3.7.2.0", Set.of("Barnkonsekvensanalys"),
                "VON 2025-00142 3.7.4.0", Set.of("Beslutet expedieras till")));
  }

  // ---- the generalisation fixtures ----------------------------------------------------------

  @Test
  void shapesRenderToEveryFormat(@TempDir Path shapesOut) throws Exception {
    List<Path> shapes = CorpusWriter.sources(SHAPES);
    assertThat(shapes).hasSize(8);
    for (Path shape : shapes) {
      for (Format format : Format.values()) {
        Path target = shapesOut.resolve(CorpusWriter.outputName(shape, format));
        CorpusWriter.render(shape, format, target);
        switch (format) {
          case PDF -> {
            try (PDDocument doc = Loader.loadPDF(target.toFile())) {
              assertThat(doc.getNumberOfPages()).isPositive();
            }
          }
          case DOCX ->
              assertThat(WordprocessingMLPackage.load(target.toFile()).getMainDocumentPart()
                      .getContent())
                  .isNotEmpty();
          case HTML ->
              assertThat(Jsoup.parse(target.toFile(), "UTF-8").select("h1").first().text())
                  .isEqualTo(CorpusWriter.title(shape));
          default -> throw new IllegalStateException();
        }
      }
    }
  }

  @Test
  void shapeExpectationsAgreeWithTheirSources(@TempDir Path shapesOut) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> sectionIds =
        Set.of("beslut", "sammanfattning", "arendet", "barnkonsekvensanalys", "beslutsunderlag",
            "samverkan", "expedieras", "signatures");
    for (Path shape : CorpusWriter.sources(SHAPES)) {
      String base = shape.getFileName().toString().replaceFirst("\\.txt$", "");
      JsonNode expected = json.readTree(SHAPES.resolve(base + ".expected.json").toFile());
      assertThat(expected.get("source").asText()).isEqualTo(shape.getFileName().toString());
      Path html = shapesOut.resolve(base + ".html");
      CorpusWriter.render(shape, Format.HTML, html);
      String text = Jsoup.parse(html.toFile(), "UTF-8").text();
      for (JsonNode m : expected.get("meetings")) {
        LocalDate date = LocalDate.parse(m.get("date").asText());
        assertThat(text).containsAnyOf(date.toString(), swedish(date));
        assertThat(text.toLowerCase(java.util.Locale.ROOT))
            .contains(m.get("namnd").asText().toLowerCase(java.util.Locale.ROOT));
      }
      for (JsonNode item : expected.get("agenda")) {
        assertThat(text).contains(item.get("title").asText());
        if (!item.get("dnr").isNull()) {
          assertThat(text).contains(item.get("dnr").asText());
        }
      }
      for (JsonNode a : expected.get("arenden")) {
        String full = a.get("dnrFull").asText();
        assertThat(text).contains(full).contains(a.get("title").asText());
        assertThat(Dnr.parse(full).orElseThrow().normalised()).isEqualTo(a.get("dnr").asText());
        Set<String> sections = new HashSet<>();
        a.get("sections").forEach(n -> sections.add(n.asText()));
        assertThat(sectionIds).containsAll(sections);
        for (String field : List.of("expedierasTill", "beslutsunderlag", "signatories")) {
          if (a.has(field)) {
            a.get(field).forEach(n -> assertThat(text).contains(n.asText()));
          }
        }
      }
      if (expected.has("delegation")) {
        for (JsonNode d : expected.get("delegation")) {
          assertThat(text).contains(d.get("date").asText()).contains(d.get("text").asText())
              .contains(d.get("decidedBy").asText()).contains(d.get("lagrum").asText());
        }
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static Set<String> names(List<Path> paths) {
    Set<String> s = new TreeSet<>();
    paths.forEach(p -> s.add(p.getFileName().toString()));
    return s;
  }

  private static List<Path> generated(String extension) {
    return generated.stream().filter(p -> p.toString().endsWith(extension)).toList();
  }

  private static Path source(Path rendered) {
    String n = rendered.getFileName().toString();
    return SOURCES.resolve(n.substring(0, n.lastIndexOf('.')) + ".txt");
  }

  private static List<Path> allSources() throws IOException {
    List<Path> all = new ArrayList<>(CorpusWriter.sources(SOURCES));
    all.addAll(CorpusWriter.sources(SHAPES));
    return all;
  }

  private static List<String> pagesText(Path pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
    }
    return pages;
  }

  /** The entries of a zip, by name, as text. */
  private static Map<String, String> entries(Path zip) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        m.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return m;
  }

  private static String swedish(LocalDate d) {
    String[] months = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december"};
    return d.getDayOfMonth() + " " + months[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int v = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += v / 10 + v % 10;
    }
    return sum % 10 == 0;
  }

  /**
   * A decision document in a source: a part labelled NÄMNDSKRIVELSE, or a protocol paragraph
   * ("§ 15  Dnr …") that has a decision heading and is neither a standing item, a sekretess item
   * nor a list laid to the records.
   */
  private record Skrivelse(String dnr, List<String> headings) {

    static List<Skrivelse> of(SourceDocument doc) {
      List<Skrivelse> out = new ArrayList<>();
      String dnr = null;
      List<String> headings = null;
      boolean nämndskrivelse = false;
      for (Block b : doc.blocks) {
        boolean paragraphStart =
            b instanceof Paragraph p && Inline.plain(p.text()).startsWith("§ ");
        if (b instanceof Part || paragraphStart) {
          add(out, dnr, headings, nämndskrivelse);
          headings = new ArrayList<>();
          dnr = null;
          nämndskrivelse = b instanceof Part part && part.label().equals("NÄMNDSKRIVELSE");
          if (paragraphStart) {
            String t = Inline.plain(((Paragraph) b).text());
            int at = t.indexOf("Dnr ");
            dnr = at < 0 ? null : t.substring(at + 4).strip();
          }
        } else if (headings != null && b instanceof Heading h) {
          headings.add(Inline.plain(h.text()));
        } else if (headings != null && b instanceof Meta m) {
          for (var f : m.fields()) {
            if (f.label().equals("Dnr")) {
              dnr = f.value();
            }
          }
        }
      }
      add(out, dnr, headings, nämndskrivelse);
      return out;
    }

    private static void add(
        List<Skrivelse> out, String dnr, List<String> headings, boolean nämndskrivelse) {
      if (headings == null || dnr == null || !dnr.contains("-")) {
        return; // nothing yet, or a standing item with a short number
      }
      String all = String.join(" | ", headings);
      boolean decision = headings.stream().anyMatch(h -> h.endsWith("beslut"));
      boolean list = all.contains("Delegationsbeslut") || all.contains("Anmälningsärenden");
      if ((nämndskrivelse || decision) && !all.contains("(sekretess)") && !list) {
        out.add(new Skrivelse(dnr, headings));
      }
    }
  }

  /** The identities of RULES.md checked on a money table written in the corpus markup. */
  private static final class MoneyCheck {
    private MoneyCheck() {}

    static List<String> failures(String file, Table t) {
      List<String> out = new ArrayList<>();
      if (t.headerRows() != 1) {
        return out;
      }
      List<String> header = t.rows().get(0);
      List<String> labels = new ArrayList<>();
      List<long[]> values = new ArrayList<>();
      for (List<String> row : t.rows().subList(1, t.rows().size())) {
        long[] v = new long[header.size() - 1];
        for (int c = 1; c < header.size(); c++) {
          String cell = Inline.plain(row.get(c)).replace(" ", "");
          if (!cell.matches("-?\\d+")) {
            return out; // not a money table
          }
          v[c - 1] = Long.parseLong(cell);
        }
        labels.add(Inline.plain(row.get(0)));
        values.add(v);
      }
      int cols = header.size() - 1;
      // Component rows add up to the next "Summa …" row.
      int from = 0;
      for (int r = 0; r < labels.size(); r++) {
        if (labels.get(r).startsWith("Summa")) {
          if (r > from) {
            for (int c = 0; c < cols; c++) {
              long sum = 0;
              for (int k = from; k < r; k++) {
                sum += values.get(k)[c];
              }
              check(out, file, "rows = " + labels.get(r) + " in " + header.get(c + 1), sum,
                  values.get(r)[c]);
            }
          }
          from = r + 1;
        }
      }
      int in = labels.indexOf("Summa intäkter");
      int cost = labels.indexOf("Summa kostnader");
      int net = labels.indexOf("Nettokostnad");
      int kb = labels.indexOf("Kommunbidrag");
      int res = labels.indexOf("Resultat");
      for (int c = 0; c < cols; c++) {
        if (in >= 0 && cost >= 0 && net >= 0) {
          check(out, file, "Summa intäkter + Summa kostnader = Nettokostnad in " + header.get(c + 1),
              values.get(in)[c] + values.get(cost)[c], values.get(net)[c]);
        }
        if (net >= 0 && kb >= 0 && res >= 0) {
          check(out, file, "Nettokostnad + Kommunbidrag = Resultat in " + header.get(c + 1),
              values.get(net)[c] + values.get(kb)[c], values.get(res)[c]);
        }
      }
      // Avvikelse = the outcome or forecast column before it minus the budget column.
      if (Inline.plain(header.get(cols)).equals("Avvikelse")) {
        int budget = -1;
        for (int c = 0; c < cols; c++) {
          if (header.get(c + 1).startsWith("Budget")) {
            budget = c;
          }
        }
        int outcome = cols - 2;
        for (int r = 0; r < labels.size() && budget >= 0; r++) {
          check(out, file, "Avvikelse of " + labels.get(r),
              values.get(r)[outcome] - values.get(r)[budget], values.get(r)[cols - 1]);
        }
      }
      return out;
    }

    private static void check(List<String> out, String file, String what, long computed,
        long stated) {
      if (computed != stated) {
        out.add(file + ": " + what + ": computed " + computed + ", stated " + stated);
      }
    }
  }
}
