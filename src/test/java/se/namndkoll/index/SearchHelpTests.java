package se.namndkoll.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.namndkoll.ingest.DocumentReader;

/**
 * What search does for a query typed the way people type it: registry numbers in any common form, a
 * short word that begins a compound, a misspelt word, several words no ärende has all of. On
 * skrivelser written here.
 */
class SearchHelpTests {

  @TempDir static Path dir;
  private static SearchService search;

  @BeforeAll
  static void ingest() throws IOException {
    skrivelse("ks.txt", "Dnr KFKS 2020/1109", "Ny taxa för bygglov",
        "Kommunstyrelsen beslutar att anta en ny taxa för bygglov och anmälan.");
    skrivelse("slk.txt", "Dnr SLK-2025-00035", "Ombyggnad av Lindgårdens kök",
        "Servicenämnden beslutar att bygga om köket i Lindgården, där fuktskador har upptäckts i golvet.");
    skrivelse("if.txt", "Dnr IF-2023-00055 1.2.3", "Avgifter för fritidsgårdarna",
        "Idrotts- och fritidsnämnden beslutar att ta bort avgifterna för fritidsgårdarna.");
    skrivelse("ifn.txt", "Dnr IFN 2026-00021 1.2.2.1", "Budgetuppföljning april",
        "Individ- och familjeomsorgsnämnden godkänner budgetuppföljningen för april.");
    skrivelse("bun.txt", "Dnr BUN 2025/123", "Skolskjuts till Sjöängsskolan",
        "Barn- och utbildningsnämnden beslutar om skolskjuts för elever i Sjöängen. Ordföranden föreslår bifall.");
    skrivelse("bun532.txt", "Dnr BUN 2025/532", "Läsårstider 2026/2027",
        "Barn- och utbildningsnämnden fastställer läsårstiderna.");
    skrivelse("kn.txt", "Dnr KN 2025-00017", "Kontroll av konstsamlingen",
        "Kulturnämnden beslutar att fastställa en plan för kontroll av konstsamlingen och fortsätta inventeringen.");
    IngestSummary s = new IngestService(DocumentReader.standard())
        .ingest(List.of(dir.resolve("docs")), dir.resolve("index"), false, 2, new IngestService.Listener() {});
    assertThat(s.failed()).isEmpty();
    search = SearchService.open(dir.resolve("index"));
  }

  private static void skrivelse(String name, String dnr, String title, String decision) throws IOException {
    Path file = dir.resolve("docs").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", dnr, "", title, "", "Nämndens beslut", decision, "",
        "Beslutet expedieras till", "1. Kommunstyrelsen", "", "Eva Ek", "Ordförande"));
  }

  @AfterAll
  static void close() {
    if (search != null) {
      search.close();
    }
  }

  private static SearchResult find(String query) {
    return search.search(new SearchRequest(query, null, null, null, null, 10));
  }

  private static List<String> titles(SearchResult r) {
    return r.hits().stream().map(SearchHit::title).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "KFKS 2020/1109          | Ny taxa för bygglov",
      "2020/1109               | Ny taxa för bygglov",
      "2020-1109               | Ny taxa för bygglov",
      "SLK-2025-00035          | Ombyggnad av Lindgårdens kök",
      "2025-35                 | Ombyggnad av Lindgårdens kök",
      "SLK 2025-35             | Ombyggnad av Lindgårdens kök",
      "IF-2023-00055           | Avgifter för fritidsgårdarna",
      "2023-55                 | Avgifter för fritidsgårdarna",
      "IFN 2026-00021          | Budgetuppföljning april",
      "IFN 2026-00021 1.2.2.1  | Budgetuppföljning april",
      "2026-00021              | Budgetuppföljning april",
      "2026-21                 | Budgetuppföljning april",
      "dnr:2026-21             | Budgetuppföljning april",
      "BUN 2025/123            | Skolskjuts till Sjöängsskolan",
      "2025-00123              | Skolskjuts till Sjöängsskolan",
      "skolskjuts 2025/0123    | Skolskjuts till Sjöängsskolan",
  })
  void aRegistryNumberInAnyCommonFormFindsItsArendeAndOnlyIt(String query, String title) {
    SearchResult r = find(query);
    assertThat(titles(r)).as(query).containsOnly(title).isNotEmpty();
    assertThat(r.suggestion()).isNull();
    assertThat(r.relaxed()).isFalse();
  }

  @Test
  void aRegistryNumberDnrCannotReadIsSearchedAsItIsWritten() {
    // found whether or not the model reads this form: by the Dnr's key, or else as a phrase of the text
    assertThat(titles(find("Bun/2025:532"))).containsExactly("Läsårstider 2026/2027");
  }

  @Test
  void aPhraseWithoutItsClosingQuoteRunsToTheEnd() {
    assertThat(QueryBuilder.closeQuote("placering \"av barn")).isEqualTo("placering \"av barn\"");
    assertThat(QueryBuilder.closeQuote("\"av barn\" placering")).isEqualTo("\"av barn\" placering");
    assertThat(QueryBuilder.closeQuote("tum\\\" mått")).isEqualTo("tum\\\" mått");
    assertThat(QueryBuilder.userQuery("placering \"barn och unga").toString())
        .isEqualTo(QueryBuilder.userQuery("placering \"barn och unga\"").toString()).contains("\"");
  }

  @Test
  void aDateIsNotTakenForARegistryNumber() {
    assertThat(QueryBuilder.userQuery("2025-12").toString()).contains(IndexFields.DNR_KEY + ":2025-12");
    assertThat(QueryBuilder.userQuery("2025-12-03").toString()).doesNotContain(IndexFields.DNR);
    assertThat(QueryBuilder.userQuery("\"beslut 2025-12\"").toString()).doesNotContain(IndexFields.DNR);
  }

  @Test
  void aShortNounFindsTheCompoundsItBegins() {
    assertThat(titles(find("fukt"))).containsExactly("Ombyggnad av Lindgårdens kök");
    assertThat(titles(find("skada"))).containsExactly("Ombyggnad av Lindgårdens kök");
  }

  @Test
  void aShortWordDoesNotFindLongWordsItIsOnlyTheBeginningOf() {
    // ordförande, kontroll, fastställa, fortsätta are words of their own
    for (String word : List.of("ord", "kon", "fast", "fort")) {
      assertThat(find(word).total()).as(word).isZero();
    }
  }

  @Test
  void aMisspeltWordIsSpeltAsTheNearestWordOfTheArchive() {
    SearchResult r = find("budgetuppfölning");
    assertThat(r.suggestion()).isEqualTo("budgetuppföljning");
    assertThat(titles(r)).containsExactly("Budgetuppföljning april");
    assertThat(r.relaxed()).isFalse();

    SearchResult two = find("skolskuts Sjöängen");
    assertThat(two.suggestion()).isEqualTo("skolskjuts Sjöängen");
    assertThat(titles(two)).containsExactly("Skolskjuts till Sjöängsskolan");
  }

  @Test
  void aQueryWithHitsIsNeverRespelt() {
    SearchResult r = find("fritidsgårdarna");
    assertThat(r.total()).isPositive();
    assertThat(r.suggestion()).isNull();
  }

  @Test
  void aWordFarFromEveryWordOfTheArchiveGetsNoSuggestion() {
    SearchResult r = find("xylofonorkester");
    assertThat(r.total()).isZero();
    assertThat(r.suggestion()).isNull();
    assertThat(r.relaxed()).isFalse();
  }

  @Test
  void wordsNoArendeHasAllOfShowTheArendenWithSomeOfThem() {
    SearchResult r = find("bygglov fritidsgårdarna");
    assertThat(r.relaxed()).isTrue();
    assertThat(titles(r)).containsExactlyInAnyOrder("Ny taxa för bygglov", "Avgifter för fritidsgårdarna");

    // as many of the words as some ärende has: two of three, not one
    SearchResult most = find("taxa bygglov fritidsgårdarna");
    assertThat(most.relaxed()).isTrue();
    assertThat(titles(most)).containsExactly("Ny taxa för bygglov");
  }

  @Test
  void wordsAllFoundTogetherAreNotRelaxed() {
    SearchResult r = find("taxa bygglov");
    assertThat(r.relaxed()).isFalse();
    assertThat(titles(r)).containsExactly("Ny taxa för bygglov");
  }

  @Test
  void whatTheQueryExcludesStaysExcludedWhenRelaxed() {
    SearchResult r = find("bygglov fritidsgårdarna NOT avgifterna");
    assertThat(r.relaxed()).isTrue();
    assertThat(titles(r)).containsExactly("Ny taxa för bygglov");
  }

  @Test
  void aMisspeltWordAmongOthersIsRespeltAndThenRelaxed() {
    SearchResult r = find("bygglv fritidsgårdarna");
    assertThat(r.suggestion()).isEqualTo("bygglov fritidsgårdarna");
    assertThat(r.relaxed()).isTrue();
    assertThat(titles(r)).containsExactlyInAnyOrder("Ny taxa för bygglov", "Avgifter för fritidsgårdarna");
  }
}
