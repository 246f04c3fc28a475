package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.ingest.Seeds;

/**
 * Searches a secretary or a revisor would type, over the real seeds and the sample archive: each
 * must return the ärenden it names among its first ten hits.
 */
class SearchQualityTests {

  @TempDir static Path dir;
  private static SearchService search;

  @BeforeAll
  static void ingestSeedsAndCorpus() {
    assumeTrue(Files.isDirectory(Seeds.seeds()), "the shared seeds are beside the project");
    IngestSummary summary = new IngestService(DocumentReader.standard())
        .ingest(List.of(Path.of("corpus"), Seeds.seeds()), dir.resolve("index"), false, 2, new IngestService.Listener() {});
    assertThat(summary.failed()).isEmpty();
    search = SearchService.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() {
    if (search != null) {
      search.close();
    }
  }

  /** A query, its filters, and titles (in part, any case) that must be among the first ten. */
  record Case(String query, String namnd, String from, String to, String kind, List<String> expected,
      List<String> absent) {
    static Case of(String query, String... expected) {
      return new Case(query, null, null, null, null, List.of(expected), List.of());
    }

    Case namnd(String n) {
      return new Case(query, n, from, to, kind, expected, absent);
    }

    Case between(String f, String t) {
      return new Case(query, namnd, f, t, kind, expected, absent);
    }

    Case kind(String k) {
      return new Case(query, namnd, from, to, k, expected, absent);
    }

    Case without(String... titles) {
      return new Case(query, namnd, from, to, kind, expected, List.of(titles));
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
            .between("2023", "2023"),
        Case.of("placering", "Uppföljning av placeringar av barn och unga 2025"),
        Case.of("jourhem", "Förlängning av avtal om jourhemsplatser"),
        Case.of("larm", "Revidering av riktlinje för trygghetslarm"),
        Case.of("fördelning", "Granskning av resursfördelningsmodellen i Borås Stad"),
        Case.of("anmälningar", "Yttrande över revisionsrapport om handläggningen av orosanmälningar"),
        Case.of("kontrollplan", "Intern kontrollplan 2026", "Uppföljning intern kontrollplan 2023"),
        Case.of("budget").namnd("IFN").between("2026-03-01", "2026-03-31"),
        // inflection
        Case.of("placeringarna", "Uppföljning av placeringar av barn och unga 2025"),
        Case.of("synpunkterna", "Redovisning av synpunktshantering januari – december 2023"),
        Case.of("årsredovisningen", "Årsredovisning 2023 - Sociala omsorgsnämnden"),
        // without å, ä, ö
        Case.of("boras resursfordelningsmodellen", "Granskning av resursfördelningsmodellen i Borås Stad"),
        Case.of("arsredovisning", "Årsredovisning 2025, Vård- och omsorgsnämnden"),
        // registry numbers, as written in agendas and in skrivelser
        Case.of("2023-00126", "Uppföljning av utförare av kommunal verksamhet"),
        Case.of("IFN 2026-00022", "Handlingsplan för en ekonomi i balans 2026"),
        Case.of("dnr:2024-00015", "Villkorsändring Källebergsgatan 27 och 35 i Viskafors"),
        Case.of("LFN 2023-00402", "Villkorsändring Källebergsgatan 27 och 35 i Viskafors för Sociala omsorgsnämnden"),
        // phrases and operators
        Case.of("\"ekonomi i balans\"", "Handlingsplan för en ekonomi i balans 2026"),
        Case.of("budgetuppföljning AND NOT title:mars", "Budgetuppföljning februari 2026")
            .without("Budgetuppföljning mars 2026"),
        Case.of("trygghetslarm OR anhörigstöd", "Revidering av riktlinje för trygghetslarm", "Riktlinje för stöd till anhöriga"),
        Case.of("\"ej verkställda gynnande beslut\"",
            "Rapportering av ej verkställda gynnande beslut och avbrott av insats enligt SoL och LSS"),
        // protocol paragraphs and law references kept whole
        Case.of("§ 16", "Villkorsändring Källebergsgatan 27 och 35 i Viskafors för Sociala omsorgsnämnden",
            "Handlingsplan för en ekonomi i balans 2026"),
        Case.of("\"4 kap. 1 § SoL\"", "Rapportering av ej verkställda gynnande beslut"),
        // a nämnd and a year
        Case.of("delegationsbeslut", "Delegationsbeslut 2026-02-18", "Delegationsbeslut 2026-04-15").namnd("VON"),
        Case.of("årsredovisning year:2024", "Årsredovisning 2023 - Sociala omsorgsnämnden"),
        Case.of("initiativärende", "Svar på initiativärende (KD + L) - Jobbmässa i Borås Stad")
            .namnd("Sociala omsorgsnämnden").between("2024", "2024"),
        Case.of("sommarlovsaktiviteter", "Initiativärende (L): Sommarlovsaktiviteter för barn i familjer med ekonomiskt bistånd",
            "Svar på initiativärende (L) om sommarlovsaktiviteter för barn i familjer med ekonomiskt bistånd"),
        // kinds and sections
        Case.of("jäv", "Villkorsändring Källebergsgatan 27 och 35 i Viskafors för Sociala omsorgsnämnden")
            .kind("protokollsparagraf"),
        // the skrivelse planted without a barnkonsekvensanalys has none to find
        Case.of("barnkonsekvensanalys:artikel", "Förlängning av avtal om jourhemsplatser")
            .without("Uppföljning av placeringar av barn och unga 2025"),
        Case.of("lex Sarah", "Sammanträde Vård- och omsorgsnämnden 2026-02-18"),
        Case.of("Socialt utskott jourhem", "Förlängning av avtal om jourhemsplatser")));
    return cases.stream().map(c -> Arguments.of(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatWasAskedForInTheFirstTen(Case c) {
    SearchResult result = search.search(new SearchRequest(c.query(), c.namnd(), date(c.from(), false), date(c.to(), true),
        c.kind(), 10));
    List<String> titles = result.hits().stream().map(h -> h.title().toLowerCase(Locale.ROOT)).toList();
    assertThat(result.total()).as(c + ": hits").isPositive();
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
    assertThat(r.hits().get(0).snippet()).contains("**");
  }

  @Test
  void neverIndexesTheContentOfSekretessItems() {
    SearchResult r = search.search(new SearchRequest("\"protokollförs i ett särskilt protokoll\"", null, null, null, null, 10));
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.kind()).isNotEqualTo("protokollsparagraf"));
    SearchResult byTitle = search.search(new SearchRequest("\"Medgivande till placering i jourhem\"", null, null, null, null, 10));
    assertThat(byTitle.hits()).isNotEmpty();
  }

  @Test
  void showsAnArendeWithItsSections() {
    SearchHit hit = search.search(new SearchRequest("dnr:2024-00015", null, null, null, "skrivelse", 1)).hits().get(0);
    SearchService.ShownArende shown = search.show(hit.id()).orElseThrow();
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
