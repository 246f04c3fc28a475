package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.Finding;
import se.namndkoll.model.SectionKind;
import se.namndkoll.model.Severity;
import se.namndkoll.model.Signatory;

/**
 * Round trips: each example assembled from its template and read back by the project's own parser
 * gives the sections, lists and values that went in; drafts that break the rules are refused, or
 * written with force; a template re-saved the way Word saves it still fills.
 */
class AssemblyTests {

  private static final Path TEMPLATES = Path.of("templates");
  private static final Path EXAMPLES = TEMPLATES.resolve("examples");
  private static final DocumentReader READER = DocumentReader.standard();

  @TempDir Path dir;

  private final Assembler assembler = new Assembler(READER, DraftChecks.asCompliance());

  private Assembler.Outcome assemble(String template, Map<String, Object> values, boolean force) {
    return assembler.assemble(DocxTemplate.at(TEMPLATES.resolve(template + ".docx")), values, template + ".yaml",
        dir.resolve(template + ".docx"), force);
  }

  private static Map<String, Object> example(String name) {
    return Yamls.read(EXAMPLES.resolve(name + ".yaml"));
  }

  @Test
  void skrivelseReadsBackWithItsSectionsListsAndValues() {
    Map<String, Object> data = example("skrivelse");
    Assembler.Outcome outcome = assemble("skrivelse", data, false);

    assertThat(outcome.findings()).isEmpty();
    assertThat(outcome.written()).isTrue();
    Document read = READER.read(dir.resolve("skrivelse.docx"));
    assertThat(read.kind()).isEqualTo(DocumentKind.SKRIVELSE);
    assertThat(read.lines()).as("the template's instruction page is left out")
        .noneMatch(l -> l.text().contains("Om mallen") || l.text().contains("mallinstruktion"));
    assertSkrivelse(read, data);
    assertThat(read.arenden().get(0).sections()).extracting(s -> s.kind()).containsExactly(SectionKind.BESLUT,
        SectionKind.SAMMANFATTNING, SectionKind.ARENDET, SectionKind.BARNKONSEKVENSANALYS, SectionKind.BESLUTSUNDERLAG,
        SectionKind.SAMVERKAN, SectionKind.EXPEDIERAS, SectionKind.SIGNATURES);
  }

  private static void assertSkrivelse(Document read, Map<String, Object> data) {
    assertSkrivelse(read, data, List.of((String) data.get("ordforande"), (String) data.get("forvaltningschef")));
  }

  @SuppressWarnings("unchecked")
  private static void assertSkrivelse(Document read, Map<String, Object> data, List<String> signers) {
    assertThat(read.arenden()).hasSize(1);
    Arende a = read.arenden().get(0);
    assertThat(a.dnr().full()).isEqualTo(data.get("dnr"));
    assertThat(a.title()).isEqualTo(data.get("rubrik"));
    assertThat(a.namnd()).isEqualTo(data.get("namnd"));
    assertThat(a.date()).isEqualTo(LocalDate.parse((String) data.get("datum")));
    assertThat(a.handlaggare()).isEqualTo(((Map<String, Object>) data.get("handlaggare")).get("namn"));
    assertThat(a.beslutsunderlag()).isEqualTo(data.get("beslutsunderlag"));
    assertThat(a.expedierasTill()).isEqualTo(data.get("expedieras"));
    assertThat(a.signatories()).extracting(Signatory::name).containsExactlyElementsOf(signers);
    assertThat(text(a, SectionKind.BESLUT)).isEqualTo(flat(data.get("beslut")));
    assertThat(text(a, SectionKind.ARENDET)).isEqualTo(flat(data.get("arendet")));
    assertThat(text(a, SectionKind.BARNKONSEKVENSANALYS)).isEqualTo(flat(data.get("barnkonsekvensanalys")));
    assertThat(a.samverkanDate()).isEqualTo(LocalDate.of(2026, 4, 14));
  }

  private static String text(Arende a, SectionKind kind) {
    return flat(a.section(kind).orElseThrow().text());
  }

  private static String flat(Object text) {
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  @Test
  void utdragReadsBackAsOneParagraphOfTheMeeting() {
    assertUtdragReadsBack("utdrag");
  }

  /**
   * An utdrag after another kommun's layout: "UTDRAG UR PROTOKOLL", the meeting as one line
   * ("Kultur- och fritidsnämndens sammanträde 2026-05-12"), "Justerat …", and the boxes for the
   * justerandes signatur and the utdragsbestyrkande drawn at the foot of every page.
   */
  @Test
  void anUtdragWithSignatureBoxesInAnotherKommunsLayoutReadsBackAsTheUtdragDoes() {
    assertUtdragReadsBack("utdrag-rutor");
  }

  private void assertUtdragReadsBack(String template) {
    Map<String, Object> data = example("utdrag");
    Assembler.Outcome outcome = assemble(template, data, false);

    assertThat(outcome.findings()).isEmpty();
    Document read = READER.read(dir.resolve(template + ".docx"));
    assertThat(read.kind()).isEqualTo(DocumentKind.PROTOKOLLSUTDRAG);
    assertThat(read.meeting().orElseThrow().date()).isEqualTo(LocalDate.parse((String) data.get("sammantradesdatum")));
    assertThat(read.meeting().orElseThrow().namnd()).isEqualTo(data.get("namnd"));
    Arende a = read.arenden().get(0);
    assertThat(a.paragraph()).isEqualTo("§ " + data.get("paragraf"));
    assertThat(a.dnr().full()).isEqualTo(data.get("dnr"));
    assertThat(a.title()).isEqualTo(data.get("rubrik"));
    assertThat(a.sections()).extracting(s -> s.kind()).containsExactly(SectionKind.BESLUT, SectionKind.ARENDET,
        SectionKind.BARNKONSEKVENSANALYS, SectionKind.BESLUTSUNDERLAG, SectionKind.EXPEDIERAS);
    // in a protocol paragraph the parser keeps the decision heading as the section's first line
    assertThat(text(a, SectionKind.BESLUT)).endsWith(flat(data.get("beslut")));
    assertThat(text(a, SectionKind.ARENDET)).isEqualTo(flat(data.get("arendet")));
    assertThat(a.beslutsunderlag()).isEqualTo(data.get("beslutsunderlag"));
    assertThat(a.expedierasTill()).isEqualTo(data.get("expedieras"));
  }

  @Test
  void aNamndskrivelseIsSignedByTheOrdforandeAndATjansteskrivelseByTheForvaltningschefAndHandlaggare() {
    Map<String, Object> data = example("skrivelse");
    assemble("skrivelse", data, false);
    assemble("tjansteskrivelse", data, false);

    assertThat(READER.read(dir.resolve("skrivelse.docx")).arenden().get(0).signatories())
        .extracting(Signatory::role).containsExactly("Ordförande", "Förvaltningschef");
    assertThat(READER.read(dir.resolve("tjansteskrivelse.docx")).arenden().get(0).signatories())
        .extracting(Signatory::role).containsExactly("Förvaltningschef", "Handläggare");
    // and the wizard asks a tjänsteskrivelse's signatories only
    Set<String> fields = DocxTemplate.at(TEMPLATES.resolve("tjansteskrivelse.docx")).fields();
    List<String> asked = new ArrayList<>();
    Wizard.skrivelse((prompt, completions, def) -> {
      asked.add(prompt);
      return "";
    }, ArchiveLookup.of(List.of()), LocalDate.of(2026, 4, 21), fields);
    assertThat(asked).contains("Förvaltningschef", "Handläggare").doesNotContain("Ordförande");
  }

  /**
   * A tjänsteutlåtande after another kommun's layout: its header block as label and value on one line
   * (Utfärdat, Diarienummer, Handläggare, Telefon), "Förslag till beslut i …", "Beskrivning av
   * ärendet", "Barnperspektiv", "Bilagor", "Protokollsutdrag skickas till", signed by the
   * förvaltningsdirektör; filled with the same data as the skrivelse, and read back the same.
   */
  @Test
  void aTjansteutlatandeInAnotherKommunsLayoutReadsBackAsTheSkrivelseDoes() {
    Map<String, Object> data = example("skrivelse");
    Assembler.Outcome outcome = assemble("tjansteutlatande", data, false);

    assertThat(outcome.findings()).isEmpty();
    assertThat(outcome.written()).isTrue();
    Document read = READER.read(dir.resolve("tjansteutlatande.docx"));
    assertThat(read.kind()).isEqualTo(DocumentKind.SKRIVELSE);
    @SuppressWarnings("unchecked")
    String handlaggare = (String) ((Map<String, Object>) data.get("handlaggare")).get("namn");
    assertSkrivelse(read, data, List.of((String) data.get("forvaltningschef"), handlaggare));
    assertThat(read.arenden().get(0).sections()).extracting(s -> s.kind()).containsExactly(SectionKind.BESLUT,
        SectionKind.SAMMANFATTNING, SectionKind.ARENDET, SectionKind.BARNKONSEKVENSANALYS, SectionKind.BESLUTSUNDERLAG,
        SectionKind.SAMVERKAN, SectionKind.EXPEDIERAS, SectionKind.SIGNATURES);
    assertThat(read.arenden().get(0).signatories()).extracting(Signatory::role)
        .containsExactly("Förvaltningsdirektör", "Handläggare");
  }

  @Test
  void kallelseNumbersTheAgendaWithStandingItemsFirstAndMarksSekretess() {
    Map<String, Object> values = Kallelser.values("Kultur- och fritidsnämnden", LocalDate.of(2026, 5, 12),
        example("kallelse"), "kallelse.yaml", LocalDate.of(2026, 5, 1));
    Assembler.Outcome outcome = assemble("kallelse", values, false);

    // only notes that the items' documents are not yet in the package (they are sent with it)
    assertThat(outcome.findings()).extracting(Finding::rule).containsOnly("AGENDA-ITEM-WITHOUT-DOCUMENT");
    assertThat(outcome.findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
    Document read = READER.read(dir.resolve("kallelse.docx"));
    assertThat(read.kind()).isEqualTo(DocumentKind.KALLELSE);
    assertThat(read.meeting().orElseThrow().namnd()).isEqualTo("Kultur- och fritidsnämnden");
    assertThat(read.meeting().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 5, 12));
    assertThat(read.meeting().orElseThrow().time()).isEqualTo("14.00");
    assertThat(read.agenda()).extracting(AgendaItem::no).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(read.agenda()).extracting(AgendaItem::title).containsExactly("Upprop och val av justerare",
        "Fastställande av föredragningslista", "Avgiftsfri simskola för elever i årskurs 2 och 3",
        "Föreningsbidrag till ungdomsverksamhet 2026", "Ansökan om särskilt stöd till enskild deltagare",
        "Delegationsbeslut 2026-05-12");
    // the standing items have no Dnr, and none is invented for them
    assertThat(read.agenda()).extracting(i -> i.dnr() == null ? null : i.dnr().full()).containsExactly(null, null,
        "KFN 2026-00042 3.4.1.0", "KFN 2026-00037 3.4.2.1", "KFN 2026-00051 3.4.2.3", "KFN 2026-00055 1.1.3.0");
    assertThat(read.agenda()).extracting(AgendaItem::sekretess).containsExactly(false, false, false, false, true, false);
    assertThat(read.agenda()).extracting(AgendaItem::documentsLater).containsExactly(false, false, false, true, false, false);
    assertThat(read.agenda()).extracting(AgendaItem::standing).containsExactly(true, true, false, false, false, false);
  }

  @Test
  void aDraftWithoutBkaRecipientsOrWithAPlaceholderIsRefusedAndNothingIsWritten() {
    Map<String, Object> data = new LinkedHashMap<>(example("skrivelse"));
    data.remove("barnkonsekvensanalys");
    data.put("expedieras", List.of());
    data.put("beslutsunderlag", List.of("Tjänsteskrivelse 2026-04-21", "[Bilaga, datum]"));

    Assembler.Outcome outcome = assemble("skrivelse", data, false);

    assertThat(outcome.written()).isFalse();
    assertThat(Files.exists(dir.resolve("skrivelse.docx"))).isFalse();
    assertThat(outcome.blocking()).extracting(Finding::rule)
        .containsExactlyInAnyOrder("BKA-MISSING", "EXPEDIERING-MISSING", "PLACEHOLDER-LEFT");
    assertThat(outcome.blocking()).extracting(Finding::message).contains(
        "Skrivelsen saknar barnkonsekvensanalys fast ärendet rör barn.",
        "Beslutet saknar uppgift om vem det expedieras till.",
        "Malltext är kvar i handlingen: \"[Bilaga, datum]\".");
    try (var files = list(dir)) {
      assertThat(files).as("no draft left behind").isEmpty();
    }
  }

  @Test
  void anUtdragWhoseForvaltningIsAnAgendaTitleOrWhoseBeslutRepeatsItsHeadingIsRefused() {
    Map<String, Object> data = new LinkedHashMap<>(example("utdrag"));
    data.put("forvaltning", "Information från förvaltningen");
    data.put("beslut", data.get("namnd") + "s beslut\n" + data.get("beslut"));

    Assembler.Outcome outcome = assemble("utdrag", data, false);

    assertThat(outcome.written()).isFalse();
    assertThat(Files.exists(dir.resolve("utdrag.docx"))).isFalse();
    assertThat(outcome.fieldProblems()).hasSize(2);
    assertThat(outcome.fieldProblems().get(0)).startsWith("beslut: texten börjar med rubriken");
    assertThat(outcome.fieldProblems().get(1)).startsWith("forvaltning: \u201dInformation från förvaltningen\u201d");
    assertThat(outcome.hindrances()).isEqualTo(2);

    assertThat(assemble("utdrag", data, true).written()).as("--force writes it anyway").isTrue();
  }

  @Test
  void forceWritesTheDraftAndKeepsTheFindings() {
    Map<String, Object> data = new LinkedHashMap<>(example("skrivelse"));
    data.put("dnr", "KFN 26-42");

    Assembler.Outcome outcome = assemble("skrivelse", data, true);

    assertThat(outcome.written()).isTrue();
    assertThat(outcome.blocking()).extracting(Finding::rule).containsExactly("DNR-MISSING");
    assertThat(READER.read(dir.resolve("skrivelse.docx")).arenden().get(0).expedierasTill()).hasSize(3);
  }

  @Test
  void anExistingDocumentIsNotWrittenOverWithoutForce() throws Exception {
    Path out = dir.resolve("skrivelse.docx");
    Files.writeString(out, "en annan skrivelse");

    assertThatThrownBy(() -> assemble("skrivelse", example("skrivelse"), false))
        .isInstanceOf(NamndkollException.class).hasMessage(out + ": the file exists; --force writes over it");
    assertThat(Files.readString(out)).isEqualTo("en annan skrivelse");
    try (var files = list(dir)) {
      assertThat(files).as("no draft left behind").containsExactly(out);
    }

    assertThat(assemble("skrivelse", example("skrivelse"), true).written()).isTrue();
    assertThat(READER.read(out).arenden()).hasSize(1);
  }

  @Test
  void theDocumentGetsThePermissionsOfAnyNewFileNotThoseOfATemporaryOne() throws Exception {
    Path fresh = Files.createFile(dir.resolve("ny-fil.txt"));
    java.util.Set<java.nio.file.attribute.PosixFilePermission> umask;
    try {
      umask = Files.getPosixFilePermissions(fresh);
    } catch (UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.abort("no POSIX permissions here");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(umask.size() > 2, "a umask that leaves only the owner: nothing to tell apart");

    assemble("skrivelse", example("skrivelse"), false);

    assertThat(Files.getPosixFilePermissions(dir.resolve("skrivelse.docx"))).isEqualTo(umask);
  }

  @Test
  void charactersWordCannotHoldAreLeftOutAndTheFieldIsNamed() {
    Map<String, Object> data = new LinkedHashMap<>(example("skrivelse"));
    data.put("rubrik", "Avgiftsfri simskola\u0007 för elever i årskurs 2 och 3\u000c");
    data.put("expedieras", List.of("Barn- och utbildningsnämnden", "Rektorerna\u0000 i grundskolan"));

    Assembler.Outcome outcome = assemble("skrivelse", data, false);

    assertThat(outcome.written()).isTrue();
    assertThat(outcome.notes()).containsExactly(
        "skrivelse.yaml: fältet rubrik innehåller U+0007 (BEL), U+000C (FF), som ett Word-dokument inte kan innehålla; "
            + "tecknen togs bort",
        "skrivelse.yaml: fältet expedieras[2] innehåller U+0000 (NUL), som ett Word-dokument inte kan innehålla; "
            + "tecknet togs bort");
    Arende a = READER.read(dir.resolve("skrivelse.docx")).arenden().get(0);
    assertThat(a.title()).isEqualTo("Avgiftsfri simskola för elever i årskurs 2 och 3");
    assertThat(a.expedierasTill()).containsExactly("Barn- och utbildningsnämnden", "Rektorerna i grundskolan");
  }

  @Test
  void aLongListOfBeslutsunderlagKeepsTheRecipientsAndSignaturesAfterIt() {
    Map<String, Object> data = new LinkedHashMap<>(example("skrivelse"));
    List<String> underlag = new java.util.ArrayList<>();
    for (int i = 1; i <= 20_000; i++) {
      underlag.add("Bilaga " + i + " till tjänsteskrivelsen 2026-04-21");
    }
    data.put("beslutsunderlag", underlag);

    Assembler.Outcome outcome = assemble("skrivelse", data, false);

    assertThat(outcome.findings()).extracting(Finding::rule).doesNotContain("EXPEDIERING-MISSING", "SIGNATURE-MISSING");
    assertThat(outcome.written()).isTrue();
    Arende a = outcome.document().arenden().get(0);
    assertThat(a.beslutsunderlag()).hasSize(20_000).endsWith("Bilaga 20000 till tjänsteskrivelsen 2026-04-21");
    assertThat(a.expedierasTill()).hasSize(3);
    assertThat(a.signatories()).hasSize(2);
  }

  @Test
  void aFieldTheDataLacksIsAnErrorNamingIt() {
    Map<String, Object> data = new LinkedHashMap<>(example("skrivelse"));
    data.remove("beslut");
    data.remove("handlaggare");

    assertThatThrownBy(() -> assemble("skrivelse", data, false))
        .isInstanceOf(NamndkollException.class)
        .hasMessage("skrivelse.yaml: missing fields handlaggare.namn, handlaggare.telefon, beslut "
            + "that the template skrivelse.docx needs");
  }

  @Test
  void badYamlIsOneLineWithFileAndLine() {
    assertThatThrownBy(() -> Yamls.parse("data.yaml", "rubrik: Simskola\nbeslut: [att\nsamverkan: x\n"))
        .isInstanceOf(NamndkollException.class)
        .hasMessageStartingWith("data.yaml:3: bad YAML: ")
        .hasMessageNotContaining("\n");
    assertThat(Yamls.parse("d.yaml", "datum: 2026-04-21\nparagraf: 37\n"))
        .containsEntry("datum", "2026-04-21").containsEntry("paragraf", 37);
  }

  @Test
  void aTemplateResavedAsWordDoesWithASectionMovedStillFills() throws Exception {
    // LibreOffice is not on every machine: WordResave does to the XML what a re-save in Word does
    Path resaved = dir.resolve("resaved.docx");
    WordResave.resave(TEMPLATES.resolve("skrivelse.docx"), resaved, "samverkan", "beslutsunderlag");
    assertThat(new String(Files.readAllBytes(resaved), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("fldSimple");
    Map<String, Object> data = example("skrivelse");

    Path out = dir.resolve("fran-omsparad.docx");
    Assembler.Outcome outcome = assembler.assemble(DocxTemplate.at(resaved), data, "skrivelse.yaml", out, false);

    assertThat(outcome.findings()).isEmpty();
    Document read = READER.read(out);
    assertSkrivelse(read, data);
    assertThat(read.arenden().get(0).sections()).extracting(s -> s.kind()).containsExactly(SectionKind.BESLUT,
        SectionKind.SAMMANFATTNING, SectionKind.ARENDET, SectionKind.BARNKONSEKVENSANALYS, SectionKind.SAMVERKAN,
        SectionKind.BESLUTSUNDERLAG, SectionKind.EXPEDIERAS, SectionKind.SIGNATURES);
    assertThat(new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("no field left in the written document").doesNotContain("MERGEFIELD");
  }

  @Test
  void aTemplateResavedByLibreOfficeStillFills() throws Exception {
    java.util.Optional<Path> soffice = PdfConverter.soffice();
    org.junit.jupiter.api.Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    // the secretary's edits first (a section moved, fonts changed), then LibreOffice opens and saves it
    Path edited = dir.resolve("edited").resolve("skrivelse.docx");
    Files.createDirectories(edited.getParent());
    WordResave.resave(TEMPLATES.resolve("skrivelse.docx"), edited, "samverkan", "beslutsunderlag");
    Path resaved = libreOfficeResave(soffice.get(), edited);
    Map<String, Object> data = example("skrivelse");

    Path out = dir.resolve("fran-libreoffice.docx");
    Assembler.Outcome outcome = assembler.assemble(DocxTemplate.at(resaved), data, "skrivelse.yaml", out, false);

    assertThat(outcome.findings()).isEmpty();
    assertSkrivelse(READER.read(out), data);
    assertThat(READER.read(out).arenden().get(0).sections()).extracting(s -> s.kind()).containsExactly(
        SectionKind.BESLUT, SectionKind.SAMMANFATTNING, SectionKind.ARENDET, SectionKind.BARNKONSEKVENSANALYS,
        SectionKind.SAMVERKAN, SectionKind.BESLUTSUNDERLAG, SectionKind.EXPEDIERAS, SectionKind.SIGNATURES);
  }

  @Test
  void utdragAndKallelseResavedByLibreOfficeStillFill() throws Exception {
    java.util.Optional<Path> soffice = PdfConverter.soffice();
    org.junit.jupiter.api.Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
    Path utdrag = libreOfficeResave(soffice.get(), TEMPLATES.resolve("utdrag.docx"));
    Path kallelse = libreOfficeResave(soffice.get(), TEMPLATES.resolve("kallelse.docx"));

    Map<String, Object> data = example("utdrag");
    assertThat(assembler.assemble(DocxTemplate.at(utdrag), data, "utdrag.yaml", dir.resolve("u.docx"), false)
        .findings()).isEmpty();
    Arende paragraph = READER.read(dir.resolve("u.docx")).arenden().get(0);
    assertThat(paragraph.paragraph()).isEqualTo("§ 37");
    assertThat(paragraph.expedierasTill()).isEqualTo(data.get("expedieras"));
    Map<String, Object> values = Kallelser.values("Kultur- och fritidsnämnden", LocalDate.of(2026, 5, 12),
        example("kallelse"), "kallelse.yaml", LocalDate.of(2026, 5, 1));
    // only notes that the items' documents are not yet in the package
    assertThat(assembler.assemble(DocxTemplate.at(kallelse), values, "kallelse.yaml", dir.resolve("k.docx"), false)
        .findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
    assertThat(READER.read(dir.resolve("k.docx")).agenda()).extracting(i -> i.no() + " " + i.title()
        + (i.sekretess() ? " (sekretess)" : "") + (i.dnr() == null ? "" : " " + i.dnr().full())).containsExactly(
        "1 Upprop och val av justerare", "2 Fastställande av föredragningslista",
        "3 Avgiftsfri simskola för elever i årskurs 2 och 3 KFN 2026-00042 3.4.1.0",
        "4 Föreningsbidrag till ungdomsverksamhet 2026 KFN 2026-00037 3.4.2.1",
        "5 Ansökan om särskilt stöd till enskild deltagare (sekretess) KFN 2026-00051 3.4.2.3",
        "6 Delegationsbeslut 2026-05-12 KFN 2026-00055 1.1.3.0");
  }

  /** The document opened and saved again as Word 2007 XML by LibreOffice, headless. */
  private Path libreOfficeResave(Path soffice, Path docx) throws Exception {
    Path saved = dir.resolve("libreoffice-" + docx.getFileName().toString().replace(".docx", ""));
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo").toUri(),
        "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", saved.toString(), docx.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    Path resaved = saved.resolve(docx.getFileName());
    assertThat(resaved).exists();
    assertThat(Files.readAllBytes(resaved)).isNotEqualTo(Files.readAllBytes(docx));
    return resaved;
  }

  @Test
  void theTemplateListsItsFieldsForTheWizardAndTheReadme() {
    assertThat(DocxTemplate.at(TEMPLATES.resolve("skrivelse.docx")).fields()).contains("kommun", "dnr", "rubrik",
        "IfStart:barnkonsekvensanalys", "TableStart:expedieras", "nr", "value", "ordforande");
  }

  @Test
  void theWizardAsksEveryFieldAndOffersTheArchivesNames() throws Exception {
    Map<String, List<String>> offered = new LinkedHashMap<>();
    java.util.Iterator<String> answers = List.of("Norrvik kommun", "Kultur- och fritidsförvaltningen",
        "Kultur- och fritidsnämnden", "KFN 2026-00042 3.4.1.0", "", "Elin Dahlqvist", "0612-88 34 12", "Simskola",
        "Kultur- och fritidsnämnden beslutar att erbjuda simskola.", "", "", "Ärendet.", "", "Barnen lär sig simma.", "",
        "Tjänsteskrivelse", "", "", "Barn- och utbildningsnämnden", "", "Gunnel Forsberg", "Anders Vikström").iterator();
    Map<String, Object> data = Wizard.skrivelse((prompt, completions, def) -> {
      offered.put(prompt, completions);
      return answers.next();
    }, ArchiveLookup.of(List.of(READER.read(Path.of("corpus/ifn-2026-03-10-protokoll.docx")))), LocalDate.of(2026, 4, 21));

    assertThat(answers).isExhausted();
    assertThat(offered.get("Nämnd")).contains("Individ- och familjeomsorgsnämnden");
    assertThat(offered.get("Dnr")).contains("IFN 2026-00021 1.2.2.1");
    assertThat(offered.get("Beslutet expedieras till 1 (tom rad avslutar)")).isNotEmpty();
    assertThat(data).containsEntry("datum", "2026-04-21").containsEntry("expedieras", List.of("Barn- och utbildningsnämnden"))
        .containsEntry("beslutsunderlag", List.of("Tjänsteskrivelse")).doesNotContainKey("sammanfattning");
    assertThat(Yamls.parse("svar.yaml", Yamls.write(data))).isEqualTo(data);
  }

  @Test
  void theWizardTakesLongTextsOverSeveralLinesOrFromTheEditorAndGoesBack() {
    List<String> asked = new ArrayList<>();
    java.util.Iterator<String> answers = List.of("Norrvik kommun", "Kultur- och fritidsförvaltningen",
        "Kultur- och fritidsnämnden", "KFN 2026-00042", "", "Elin Dahlqvist", "0612-88 34 12", "Simsskola",
        Wizard.BACK, Wizard.BACK, "", "Simskola",
        "Kultur- och fritidsnämnden beslutar", "att erbjuda simskola.", "",
        "", Wizard.EDIT, "Barnen lär sig simma.", "", "", "", "", "Gunnel Forsberg", "Anders Vikström").iterator();
    Map<String, Object> data = Wizard.skrivelse(new Wizard.Prompter() {
      @Override
      public String ask(String prompt, List<String> completions, String defaultValue) {
        asked.add(prompt + (defaultValue == null ? "" : " [" + defaultValue + "]"));
        return answers.next();
      }

      @Override
      public String edit(String text) {
        return "Förvaltningen har sett över simskolan.\n\nDen ges i juni.\n";
      }
    }, ArchiveLookup.of(List.of()), LocalDate.of(2026, 4, 21));

    assertThat(answers).isExhausted();
    assertThat(data).containsEntry("rubrik", "Simskola")
        .containsEntry("beslut", "Kultur- och fritidsnämnden beslutar\natt erbjuda simskola.")
        .containsEntry("arendet", "Förvaltningen har sett över simskolan.\n\nDen ges i juni.")
        .containsEntry("barnkonsekvensanalys", "Barnen lär sig simma.")
        .containsEntry("ordforande", "Gunnel Forsberg").containsEntry("forvaltningschef", "Anders Vikström")
        .doesNotContainKey("sammanfattning");
    // back twice from the beslut: to the rubrik, then to the telephone, whose answer is offered again
    assertThat(asked).containsSubsequence("Rubrik", "Förslag till beslut (\u201d… beslutar att …\u201d) (flera rader, "
        + "tom rad avslutar; :e öppnar din editor)", "Rubrik [Simsskola]", "Handläggarens telefon [0612-88 34 12]",
        "Rubrik [Simsskola]");
  }

  @Test
  void rulesThatCannotBeLoadedLeaveTheDraftToTheBuiltInCheck() {
    List<String> notes = new java.util.ArrayList<>();
    se.namndkoll.rules.Compliance broken = new se.namndkoll.rules.Compliance() {
      @Override
      public List<Finding> check(List<Document> documents, List<se.namndkoll.model.Reading.Unreadable> unreadable) {
        throw new NamndkollException("rules: no such folder");
      }

      @Override
      public List<se.namndkoll.model.RuleInfo> catalogue() {
        return List.of();
      }
    };
    Map<String, Object> data = new LinkedHashMap<>(example("skrivelse"));
    data.put("expedieras", List.of());

    Assembler.Outcome outcome = new Assembler(READER, DraftChecks.orDraftChecks(broken, notes::add))
        .assemble(DocxTemplate.at(TEMPLATES.resolve("skrivelse.docx")), data, "s.yaml", dir.resolve("s.docx"), false);

    assertThat(outcome.blocking()).extracting(Finding::rule).containsExactly("EXPEDIERING-MISSING");
    assertThat(notes).containsExactly("Reglerna kunde inte läsas (rules: no such folder): utkastet kontrollerades "
        + "med reglerna som följer med programmet.");
  }

  private static java.util.stream.Stream<Path> list(Path dir) {
    try {
      return Files.list(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
