package se.namndkoll.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.index.SearchService;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebSettings;

/** The web pages and their API over the sample archive, served on a free port and read over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebServerTests {

  private static final String IFN = "Individ- och familjeomsorgsnämnden";

  private WebServer server;
  private Path index;
  private WebClient web;

  @BeforeAll
  void start(@TempDir Path dir) {
    index = SampleArchive.index(dir);
    server = SampleArchive.serve(index);
    web = new WebClient(server);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void theSearchPageShowsHitsFacetsAndTheQueryInItsAddress() throws Exception {
    HttpResponse<String> page = web.get("/?q=" + WebClient.enc("placeringar"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    String html = page.body();
    assertThat(html).contains("<html lang=\"sv\"").contains("Norrviks kommun")
        .contains("value=\"placeringar\"").contains("<label for=\"q\">");
    assertThat(hits(html)).isNotEmpty().allMatch(href -> href.startsWith("/arende/"));
    assertThat(html).contains("<em>").contains("href=\"/?q=placeringar&amp;namnd=");
    assertThat(html).containsPattern("Individ- och familjeomsorgsnämnden</span> <span class=\"antal-facett\">\\(\\d+\\)");
  }

  @Test
  void aFacetNarrowsTheSearchAndCanBeRemoved() throws Exception {
    String all = web.get("/?q=" + WebClient.enc("barn")).body();
    String narrowed = web.get("/?q=" + WebClient.enc("barn") + "&namnd=" + WebClient.enc("Vård- och omsorgsnämnden")).body();
    assertThat(hits(narrowed)).isNotEmpty().hasSizeLessThan(hits(all).size() + 1);
    assertThat(narrowed).contains("Nämnd: Vård- och omsorgsnämnden").contains("aria-current=\"true\"")
        .contains("name=\"namnd\" value=\"Vård- och omsorgsnämnden\"");
    assertThat(total(narrowed)).isLessThan(total(all));
  }

  @Test
  void pagingAsksForTheNextTwentyHits() throws Exception {
    String first = web.get("/?q=" + WebClient.enc("barn")).body();
    String second = web.get("/?q=" + WebClient.enc("barn") + "&page=2").body();
    assertThat(total(first)).isGreaterThan(WebArchive.PAGE_SIZE);
    assertThat(hits(first)).hasSize(WebArchive.PAGE_SIZE).doesNotContainAnyElementsOf(hits(second));
    assertThat(first).contains("rel=\"next\"").contains("Sida 1 av");
    assertThat(second).contains("<ol start=\"21\">").contains("rel=\"prev\"");
  }

  @Test
  void whatThePageShowsIsEscaped() throws Exception {
    String html = web.get("/?q=" + WebClient.enc("<script>alert(1)</script>")).body();
    assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void aBadDateIsSaidOnThePage() throws Exception {
    HttpResponse<String> page = web.get("/?q=barn&from=20x");
    assertThat(page.body()).contains("role=\"alert\"").contains("Från datum: skriv ÅÅÅÅ-MM-DD eller ett år");
  }

  @Test
  void anArendePageHasItsSectionsMeetingSourceAndHistory() throws Exception {
    String id = hits(web.get("/?q=" + WebClient.enc("placeringar")).body()).get(0);
    String html = web.get(id).body();
    assertThat(html).contains("<h1>").contains("Diarienummer").contains("<h2")
        .contains("href=\"/sammantrade?namnd=").containsPattern("href=\"/kalla/[0-9a-f]+#page=\\d+\"");
    JsonNode json = web.json("/api" + id);
    assertThat(json.get("title").asText()).isNotBlank();
    assertThat(json.get("sections").size()).isPositive();
    assertThat(json.get("source").get("name").asText()).doesNotContain("/").endsWith(".pdf");
  }

  @Test
  void theSameDnrAtAnotherMeetingIsTheArendesHistory() throws Exception {
    JsonNode hits = web.json("/api/search?q=" + WebClient.enc("dnr:\"IFN 2026-00021\"") + "&limit=10").get("hits");
    assertThat(hits.size()).as("the sample archive has this Dnr more than once").isGreaterThan(1);
    JsonNode arende = web.json("/api/arende/" + hits.get(0).get("id").asText());
    assertThat(arende.get("history").size()).isEqualTo(hits.size() - 1);
    assertThat(web.get("/arende/" + hits.get(0).get("id").asText()).body()).contains("Ärendets historik");
  }

  @Test
  void aMeetingPageListsItsDocumentsAgendaAndArenden() throws Exception {
    String url = "/sammantrade?namnd=" + WebClient.enc(IFN) + "&datum=2026-03-10";
    String html = web.get(url).body();
    assertThat(html).contains("Sammanträde " + IFN + " 2026-03-10").contains("Föredragningslista")
        .contains("ifn-2026-03-10-kallelse.pdf").contains("ifn-2026-03-10-protokoll.docx");
    assertThat(hits(html)).hasSizeGreaterThan(5);
    JsonNode json = web.json("/api" + url);
    assertThat(json.get("files").size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void noPersonnummerIsShownAndSekretessItemsAreNamedOnly() throws Exception {
    String protocol = web.get("/sammantrade?namnd=" + WebClient.enc(IFN) + "&datum=2026-03-10").body();
    assertThat(protocol).doesNotContainPattern("\\d{8}-\\d{4}");
    for (String id : hits(protocol)) {
      assertThat(web.get(id).body()).doesNotContainPattern("\\b\\d{6,8}-\\d{4}\\b");
    }
    String meeting = web.get("/sammantrade?namnd=" + WebClient.enc("Vård- och omsorgsnämnden") + "&datum=2026-02-18").body();
    assertThat(meeting).contains("(sekretess)");
  }

  @Test
  void theSourceIsServedByItsIdOnly() throws Exception {
    String id = hits(web.get("/?q=" + WebClient.enc("placeringar")).body()).get(0);
    String fileId = id.substring("/arende/".length(), id.indexOf('-'));
    HttpResponse<byte[]> pdf = web.bytes("/kalla/" + fileId);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(web.get("/kalla/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
    assertThat(web.get("/kalla/0123abcd").statusCode()).isEqualTo(404);
    assertThat(web.get("/static/../application.properties").statusCode()).isIn(400, 404);
  }

  @Test
  void archivedWebPagesAreSandboxed() throws Exception {
    JsonNode hits = web.json("/api/search?q=" + WebClient.enc("kind:protokoll") + "&limit=50").get("hits");
    String html = null;
    for (JsonNode h : hits) {
      if (h.get("source").asText().endsWith(".html")) {
        html = h.get("id").asText();
      }
    }
    assertThat(html).as("the sample archive has a protocol as a web page").isNotNull();
    HttpResponse<String> page = web.get("/kalla/" + html.substring(0, html.indexOf('-')));
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).startsWith("sandbox"));
  }

  @Test
  void everyPageCarriesTheSafetyHeaders() throws Exception {
    HttpResponse<String> page = web.get("/");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.POLICY);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.body()).doesNotContain("<script");
  }

  @Test
  void theApiSearchIsTheCommandsJson() throws Exception {
    JsonNode json = web.json("/api/search?q=placeringar&limit=3");
    assertThat(json.get("total").asInt()).isPositive();
    assertThat(json.get("hits").size()).isLessThanOrEqualTo(3);
    assertThat(json.get("facets").has("namnd")).isTrue();
    HttpResponse<String> missing = web.get("/api/search");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(missing.body()).get("error").asText()).isEqualTo("q: missing");
    assertThat(web.get("/api/arende/nothing-1").statusCode()).isEqualTo(404);
  }

  @Test
  void unknownPagesAndMeetingsAre404WithAPage() throws Exception {
    HttpResponse<String> none = web.get("/finns/inte");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("Sidan finns inte.");
    HttpResponse<String> meeting = web.get("/sammantrade?namnd=Ingen&datum=2026-01-01");
    assertThat(meeting.statusCode()).isEqualTo(404);
    assertThat(web.get("/sammantrade?namnd=Ingen&datum=igar").statusCode()).isEqualTo(400);
  }

  @Test
  void thePublicPagesHaveNoFindings() throws Exception {
    assertThat(web.get("/fynd").statusCode()).isEqualTo(404);
    assertThat(web.get("/api/fynd").statusCode()).isEqualTo(404);
    assertThat(web.get("/").body()).doesNotContain("href=\"/fynd\"");
  }

  @Test
  void aTakenPortIsOneLine() {
    int port = URI.create(server.url()).getPort();
    assertThatThrownBy(() -> WebServer.start(WebSettings.archiveOnly("127.0.0.1", port, () -> SearchService.open(index),
        Site.DEFAULT))).isInstanceOf(NamndkollException.class)
        .hasMessage("127.0.0.1:" + port + ": cannot listen there (the port is taken, or the address is not this "
            + "machine's); give another --port or --bind");
  }

  private static List<String> hits(String html) {
    Matcher m = Pattern.compile("href=\"(/arende/[^\"#]+)\"").matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static int total(String html) {
    Matcher m = Pattern.compile("(\\d+) träff").matcher(html);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
