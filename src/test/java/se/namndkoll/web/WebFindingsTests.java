package se.namndkoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.check.Baseline;
import se.namndkoll.check.CheckRequest;
import se.namndkoll.check.CheckService;
import se.namndkoll.index.SearchService;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Severity;
import se.namndkoll.rules.RulesCompliance;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebSettings;

/** The findings pages: the sweep of the sample archive, live, each finding on its ärende, marked reviewed from the page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFindingsTests {

  private WebServer server;
  private Path reviews;
  private String known;
  private WebClient web;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    Path index = SampleArchive.index(dir);
    CheckService service = new CheckService(DocumentReader.standard(), new RulesCompliance(Path.of("rules")).load());
    CheckRequest request = new CheckRequest(List.of(), index, null, null, null, Set.of(), Severity.INFO, null, null);
    List<se.namndkoll.model.Finding> all = service.check(request, ZonedDateTime.now()).findings();
    // a baseline with one finding of today's sweep and one it no longer finds
    known = all.get(0).fingerprint();
    Baseline baseline = Baseline.of(List.of(known, "0000fixed0000"));
    reviews = dir.resolve("reviews.yaml");
    server = WebServer.start(new WebSettings("127.0.0.1", 0, () -> SearchService.open(index), false,
        Site.DEFAULT, () -> service.check(request, ZonedDateTime.now()).findings(), reviews, baseline,
        Map.of("PERSONNUMMER-EXPOSED", "Personnummer i offentlig handling")));
    web = new WebClient(server);
    for (int i = 0; i < 600 && web.get("/api/fynd").body().contains("\"state\":\"running\""); i++) {
      Thread.sleep(100);
    }
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void theFindingsPageCountsPerNamndAndRuleAndLinksEachToItsArende() throws Exception {
    JsonNode json = web.json("/api/fynd");
    assertThat(json.get("state").asText()).isEqualTo("done");
    assertThat(json.get("total").asInt()).isPositive();
    String html = web.get("/fynd").body();
    assertThat(html).contains("<caption>Fynd per regel och nämnd</caption>").contains("PERSONNUMMER-EXPOSED")
        .contains("Personnummer i offentlig handling")
        .contains("href=\"/fynd?namnd=");
    JsonNode placed = null;
    for (JsonNode f : json.get("findings")) {
      if (f.get("rule").asText().equals("PERSONNUMMER-EXPOSED")) {
        placed = f;
      }
    }
    assertThat(placed).isNotNull();
    assertThat(placed.get("url").asText()).startsWith("/arende/");
    assertThat(web.get(placed.get("url").asText()).body()).contains("Fynd i ärendet").contains("PERSONNUMMER-EXPOSED");
  }

  @Test
  void everyFindingLinksToThePageOfItsEvidence() throws Exception {
    for (JsonNode f : web.json("/api/fynd").get("findings")) {
      assertThat(f.get("url").asText()).as(f.toString()).startsWith("/arende/");
      HttpResponse<String> page = web.get(f.get("url").asText());
      if (page.statusCode() == 302) {
        page = web.get(page.headers().firstValue("Location").orElseThrow());
      }
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).as(f.toString()).contains(f.get("title").asText().replace("&", "&amp;").split(" 20")[0]);
    }
  }

  @Test
  void aCellOfTheTableFiltersTheList() throws Exception {
    JsonNode one = web.json("/api/fynd?regel=PERSONNUMMER-EXPOSED");
    assertThat(one.get("findings")).isNotEmpty().allSatisfy(f -> assertThat(f.get("rule").asText()).isEqualTo("PERSONNUMMER-EXPOSED"));
    assertThat(web.json("/api/fynd").get("findings").size()).isGreaterThan(one.get("findings").size());
  }

  @Test
  void againstTheBaselineItSaysWhatIsNewAndWhatWasFixed() throws Exception {
    JsonNode json = web.json("/api/fynd");
    assertThat(json.get("fixed")).hasSize(1);
    assertThat(json.get("fixed").get(0).get("fingerprint").asText()).isEqualTo("0000fixed0000");
    JsonNode fresh = web.json("/api/fynd?status=ny").get("findings");
    assertThat(fresh).isNotEmpty().noneSatisfy(f -> assertThat(f.get("fingerprint").asText()).isEqualTo(known));
    assertThat(web.json("/api/fynd?status=kand").get("findings")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.get("fingerprint").asText()).isEqualTo(known));
  }

  @Test
  void aFindingIsMarkedReviewedFromThePageAndStoredAsReviewStoresIt() throws Exception {
    String html = web.get("/fynd?regel=" + WebClient.enc("PLACEHOLDER-LEFT")).body();
    String token = field(html, "token");
    String fingerprint = field(html, "fingerprint");
    HttpResponse<String> marked = web.post("/fynd/granska", "fingerprint=" + WebClient.enc(fingerprint) + "&token=" + WebClient.enc(token)
        + "&kommentar=" + WebClient.enc("Rättad i nästa utskick") + "&granskare=" + WebClient.enc("Revisor A") + "&tillbaka=" + WebClient.enc("/fynd?regel=PLACEHOLDER-LEFT"), null);
    assertThat(marked.statusCode()).isEqualTo(302);
    assertThat(marked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/fynd?regel=PLACEHOLDER-LEFT&granskad=1"));
    assertThat(Files.readString(reviews)).contains(fingerprint).contains("Rättad i nästa utskick").contains("Revisor A");
    assertThat(web.get("/fynd?regel=PLACEHOLDER-LEFT&granskad=1").body()).contains("Granskad av Revisor A")
        .contains("markerat som granskat");
    assertThat(web.json("/api/fynd?status=granskad").get("findings")).anySatisfy(f ->
        assertThat(f.get("fingerprint").asText()).isEqualTo(fingerprint));
  }

  @Test
  void aReviewWithoutTheFormsTokenOrFromAnotherSiteIsRefused() throws Exception {
    String html = web.get("/fynd").body();
    String fingerprint = field(html, "fingerprint");
    String token = field(html, "token");
    assertThat(web.post("/fynd/granska", "fingerprint=" + WebClient.enc(fingerprint) + "&token=wrong", null).statusCode()).isEqualTo(403);
    assertThat(web.post("/fynd/granska", "fingerprint=" + WebClient.enc(fingerprint) + "&token=" + token, "cross-site").statusCode())
        .isEqualTo(403);
    assertThat(web.post("/fynd/granska", "fingerprint=nothing&token=" + token, null).statusCode()).isEqualTo(404);
  }

  private static String field(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }
}
