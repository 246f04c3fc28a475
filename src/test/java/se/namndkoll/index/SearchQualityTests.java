package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.namndkoll.ingest.Seeds;

/**
 * Searches a secretary or a revisor would type, over the sample archive and, when they are beside
 * the project, the real seeds: each must return the ärenden it names among its first ten hits. The
 * cases on the sample archive always run; those on the seeds only where the seeds are. Each backend
 * of the archive runs them all: the embedded index ({@link EmbeddedSearchQualityTests}) and a
 * SolrCloud collection ({@link SolrSearchQualityTests}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchQualityTests {

  private ArchiveSearch search;

  /** The archive of these files, on the backend under test, in the folder given. */
  abstract ArchiveSearch archive(List<Path> paths, Path dir) throws Exception;

  /** Stops what {@link #archive} started. */
  void stop() throws Exception {}

  @BeforeAll
  void ingestCorpusAndSeeds(@TempDir Path dir) throws Exception {
    boolean seeds = Files.isDirectory(Seeds.seeds());
    List<Path> paths = seeds ? List.of(Path.of("corpus"), Seeds.seeds()) : List.of(Path.of("corpus"));
    search = archive(paths, dir);
  }

  /** The archive searched. */
  ArchiveSearch search() {
    return search;
  }

  private static void assumeSeeds() {
    Seeds.assumeSeeds();
  }

  @AfterAll
  void close() throws Exception {
    try {
      if (search != null) {
        search.close();
      }
    } finally {
      stop();
    }
  }

  /**
   * A query, its filters, and titles (in part, any case) that must be among the first ten; a case
   * on the seeds runs only where they are.
   */
  record Case(String query, String namnd, String from, String to, String kind, List<String> expected,
      List<String> absent, boolean onSeeds) {
    static Case of(String query, String... expected) {
      return new Case(query, null, null, null, null, List.of(expected), List.of(), false);
    }

    Case namnd(String n) {
      return new Case(query, n, from, to, kind, expected, absent, onSeeds);
    }

    Case between(String f, String t) {
      return new Case(query, namnd, f, t, kind, expected, absent, onSeeds);
    }

    Case kind(String k) {
      return new Case(query, namnd, from, to, k, expected, absent, onSeeds);
    }

    Case without(String... titles) {
      return new Case(query, namnd, from, to, kind, expected, List.of(titles), onSeeds);
    }

    SearchRequest request(int limit) {
      return new SearchRequest(query, namnd, date(from, false), date(to, true), kind, limit);
    }

    Case seeds() {
      return new Case(query, namnd, from, to, kind, expected, absent, true);
    }

    @Override
    public String toString() {
      return query + (namnd == null ? "" : " --namnd " + namnd) + (from == null ? "" : " --from " + from)
          + (to == null ? "" : " --to " + to) + (kind == null ? "" : " --kind " + kind);
    }
  }

  static Stream<Arguments> cases() {
    List<Case> cases = new ArrayList<>(List.of(
        // a part of a compound finds the compound
        Case.of("konsekvensanalys", "Intern kontrollplan 2024", "Uppföljning av utförare av kommunal verksamhet")
            .between("2023", "2023").seeds(),
        Case.of("placering", "Uppföljning av placeringar av barn och unga 2025"),
        Case.of("jourhem", "Förlängning av avtal om jourhemsplatser"),
        Case.of("larm", "Revidering av riktlinje för trygghetslarm"),
        Case.of("fördelning", "Granskning av resursfördelningsmodellen i Borås Stad").seeds(),
        Case.of("anmälningar", "Yttrande över revisionsrapport om handläggningen av orosanmälningar"),
        Case.of("kontrollplan", "Intern kontrollplan 2026", "Uppföljning intern kontrollplan 2023").seeds(),
        Case.of("budget").namnd("IFN").between("2026-03-01", "2026-03-31"),
        // inflection
        Case.of("placeringarna", "Uppföljning av placeringar av barn och unga 2025"),
        Case.of("synpunkterna", "Redovisning av synpunktshantering januari – december 2023").seeds(),
        Case.of("årsredovisningen", "Årsredovisning 2023 - Sociala omsorgsnämnden").seeds(),
        // without å, ä, ö
        Case.of("boras resursfordelningsmodellen", "Granskning av resursfördelningsmodellen i Borås Stad").seeds(),
        Case.of("arsredovisning", "Årsredovisning 2025, Vård- och omsorgsnämnden"),
        // registry numbers, as written in agendas and in skrivelser
        Case.of("2023-00126", "Uppföljning av utförare av kommunal verksamhet").seeds(),
        Case.of("IFN 2026-00022", "Handlingsplan för en ekonomi i balans 2026"),
        Case.of("dnr:2024-00015", "Villkorsändring Källebergsgatan 27 och 35 i Viskafors").seeds(),
        Case.of("LFN 2023-00402", "Villkorsändring Källebergsgatan 27 och 35 i Viskafors för Sociala omsorgsnämnden").seeds(),
        // phrases and operators
        Case.of("\"ekonomi i balans\"", "Handlingsplan för en ekonomi i balans 2026"),
        Case.of("budgetuppföljning AND NOT title:mars", "Budgetuppföljning februari 2026")
            .without("Budgetuppföljning mars 2026"),
        Case.of("trygghetslarm OR anhörigstöd", "Revidering av riktlinje för trygghetslarm", "Riktlinje för stöd till anhöriga"),
        Case.of("\"ej verkställda gynnande beslut\"",
            "Rapportering av ej verkställda gynnande beslut och avbrott av insats enligt SoL och LSS").seeds(),
        // protocol paragraphs and law references kept whole
        Case.of("§ 16", "Villkorsändring Källebergsgatan 27 och 35 i Viskafors för Sociala omsorgsnämnden",
            "Handlingsplan för en ekonomi i balans 2026").seeds(),
        Case.of("\"4 kap. 1 § SoL\"", "Rapportering av ej verkställda gynnande beslut").seeds(),
        // a nämnd and a year
        Case.of("delegationsbeslut", "Delegationsbeslut 2026-02-18", "Delegationsbeslut 2026-04-15").namnd("VON"),
        Case.of("årsredovisning year:2024", "Årsredovisning 2023 - Sociala omsorgsnämnden").seeds(),
        Case.of("initiativärende", "Svar på initiativärende (KD + L) - Jobbmässa i Borås Stad")
            .namnd("Sociala omsorgsnämnden").between("2024", "2024").seeds(),
        Case.of("sommarlovsaktiviteter", "Initiativärende (L): Sommarlovsaktiviteter för barn i familjer med ekonomiskt bistånd",
            "Svar på initiativärende (L) om sommarlovsaktiviteter för barn i familjer med ekonomiskt bistånd"),
        // kinds and sections
        Case.of("jäv", "Villkorsändring Källebergsgatan 27 och 35 i Viskafors för Sociala omsorgsnämnden")
            .kind("protokollsparagraf").seeds(),
        // the skrivelse planted without a barnkonsekvensanalys has none to find
        Case.of("barnkonsekvensanalys:artikel", "Förlängning av avtal om jourhemsplatser")
            .without("Uppföljning av placeringar av barn och unga 2025"),
        Case.of("lex Sarah", "Sammanträde Vård- och omsorgsnämnden 2026-02-18"),
        Case.of("Socialt utskott jourhem", "Förlängning av avtal om jourhemsplatser"),
        // a short noun that begins a compound: dörrsensor, Länsstyrelsens
        Case.of("dörr", "Revidering av riktlinje för trygghetslarm"),
        Case.of("läns", "Anmälningsärenden 2026-03-10"),
        // a registry number in any of its forms: prefix or not, leading zeros or not, in the field
        Case.of("2026-00021", "Budgetuppföljning februari 2026").without("Budgetuppföljning mars 2026"),
        Case.of("2026-21", "Budgetuppföljning februari 2026").without("Budgetuppföljning mars 2026"),
        Case.of("IFN 2026-00021 1.2.2.1", "Budgetuppföljning februari 2026"),
        Case.of("VON 2026-19", "Budgetuppföljning mars 2026").without("Budgetuppföljning februari 2026"),
        Case.of("dnr:2026-8", "Medgivande till placering i jourhem"),
        Case.of("IFN 2026/22", "Handlingsplan för en ekonomi i balans 2026")));
    return cases.stream().map(c -> Arguments.of(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatWasAskedForInTheFirstTen(Case c) {
    if (c.onSeeds()) {
      assumeSeeds();
    }
    SearchResult result = search.search(c.request(10));
    List<String> titles = result.hits().stream().map(h -> h.title().toLowerCase(Locale.ROOT)).toList();
    assertThat(result.total()).as(c + ": hits").isPositive();
    assertThat(result.suggestion()).as(c + ": found as typed").isNull();
    assertThat(result.relaxed()).as(c + ": found with every word").isFalse();
    for (String expected : c.expected()) {
      assertThat(titles).as(c + ": first ten " + titles).anyMatch(t -> t.contains(expected.toLowerCase(Locale.ROOT)));
    }
    for (String absent : c.absent()) {
      assertThat(titles).as(c + ": first ten " + titles).noneMatch(t -> t.contains(absent.toLowerCase(Locale.ROOT)));
    }
    if (c.namnd() != null) {
      assertThat(result.hits()).allSatisfy(h -> assertThat(h.namnd()).isNotNull());
    }
  }

  @Test
  void countsHitsPerNamndYearAndKind() {
    SearchResult r = search.search(new SearchRequest("budget", null, null, null, null, 5));
    assertThat(r.facets().keySet()).containsExactly("namnd", "year", "kind");
    assertThat(r.facets().get("namnd").values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    assertThat(r.facets().get("year")).containsKey("2026");
  }

  @Test
  void highlightsTheHitInItsSnippet() {
    SearchResult r = search.search(new SearchRequest("trygghetslarm", null, null, null, null, 3));
    SearchHit hit = r.hits().get(0);
    assertThat(hit.snippet()).contains(SearchHit.MARK_START, SearchHit.MARK_END).doesNotContain("**");
    assertThat(hit.htmlSnippet()).containsPattern("<em>[Tt]rygghetslarm\\w*</em>");
    assertThat(hit.plainSnippet()).doesNotContain(SearchHit.MARK_START, SearchHit.MARK_END, "<em>")
        .containsIgnoringCase("trygghetslarm");
    assertThat(hit.snippet("\u001b[1m", "\u001b[0m")).contains("\u001b[1m").contains("\u001b[0m");
  }

  @Test
  void showsTheParagraphOfAProtocolsHit() {
    SearchResult r = search.search(new SearchRequest("jourhem", null, null, null, "protokollsparagraf", 3));
    assertThat(r.hits()).isNotEmpty();
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.paragraph()).matches("§ ?\\d+"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "budgetuppfölning     | budgetuppföljning     | Budgetuppföljning februari 2026",
      "delegatonsbeslut     | delegationsbeslut     | Delegationsbeslut 2026-02-18",
      "placerngar           | placeringar           | Uppföljning av placeringar av barn och unga 2025",
  })
  void aMisspeltWordShowsTheHitsOfTheNearestWordOfTheArchive(String typed, String meant, String title) {
    SearchResult r = search.search(new SearchRequest(typed, null, null, null, null, 10));
    assertThat(r.suggestion()).isEqualTo(meant);
    assertThat(r.total()).isPositive();
    assertThat(r.hits()).extracting(SearchHit::title).contains(title);
    assertThat(r.relaxed()).isFalse();
  }

  @Test
  void wordsNoArendeHasAllOfShowTheBestHitsForSomeOfThem() {
    SearchResult r = search.search(new SearchRequest("jourhemsplatser trygghetslarm", null, null, null, null, 10));
    assertThat(r.relaxed()).isTrue();
    assertThat(r.suggestion()).isNull();
    assertThat(r.hits()).extracting(SearchHit::title)
        .contains("Förlängning av avtal om jourhemsplatser", "Revidering av riktlinje för trygghetslarm");
  }

  /**
   * Short words split off compounds at index time must not make a common short word match the
   * long words of the archive that merely begin with it: the archive has each of these long words,
   * and the short word's hits highlight none of them.
   */
  @ParameterizedTest(name = "{0} is not {1}")
  @CsvSource(delimiter = '|', value = {
      "ord  | ordförande",
      "kon  | kontroll",
      "kon  | kontakt",
      "kon  | konsekvens",
      "del  | deltagit",
      "fort | fortsatt",
      "fort | fortsätta",
      "fast | fastställer",
  })
  void aShortWordDoesNotMatchLongWordsThatOnlyBeginWithIt(String word, String longWord) {
    assertThat(search.search(new SearchRequest(longWord, null, null, null, null, 1)).total())
        .as("the archive has " + longWord).isPositive();
    SearchResult r = search.search(new SearchRequest(word, null, null, null, null, 50));
    List<String> highlighted = r.hits().stream()
        .flatMap(h -> java.util.regex.Pattern.compile(SearchHit.MARK_START + "([^" + SearchHit.MARK_END + "]+)")
            .matcher(h.snippet()).results())
        .map(m -> m.group(1).toLowerCase(Locale.ROOT))
        .toList();
    assertThat(highlighted).as(word).noneMatch(h -> h.startsWith(longWord.substring(0, longWord.length() - 2)));
    assertThat(r.suggestion()).isNull();
  }

  @Test
  void neverIndexesTheContentOfSekretessItems() {
    SearchResult r = search.search(new SearchRequest("\"protokollförs i ett särskilt protokoll\"", null, null, null, null, 10));
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.kind()).isNotEqualTo("protokollsparagraf"));
    SearchResult byTitle = search.search(new SearchRequest("\"Medgivande till placering i jourhem\"", null, null, null, null, 10));
    assertThat(byTitle.hits()).isNotEmpty();
  }

  @Test
  void showsAnArendeOfTheSampleArchiveWithItsSections() {
    SearchHit hit = search.search(new SearchRequest("dnr:2026-00021", null, null, null, "skrivelse", 1)).hits().get(0);
    ShownArende shown = search.show(hit.id()).orElseThrow();
    assertThat(shown.arende().sections()).extracting(s -> s.kind().id()).contains("beslut");
  }

  @Test
  void showsAnArendeWithItsSections() {
    assumeSeeds();
    SearchHit hit = search.search(new SearchRequest("dnr:2024-00015", null, null, null, "skrivelse", 1)).hits().get(0);
    ShownArende shown = search.show(hit.id()).orElseThrow();
    assertThat(shown.arende().sections()).extracting(s -> s.kind().id()).contains("beslut", "expedieras");
  }

  private static LocalDate date(String value, boolean end) {
    if (value == null) {
      return null;
    }
    return value.length() == 4 ? (end ? LocalDate.of(Integer.parseInt(value), 12, 31) : LocalDate.of(Integer.parseInt(value), 1, 1))
        : LocalDate.parse(value);
  }
}
