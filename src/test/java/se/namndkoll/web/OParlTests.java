package se.namndkoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The archive in OParl 1.1: followed from the system object down, as an OParl client reads it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OParlTests {

  private static final String SCHEMA = "https://schema.oparl.org/1.1/";

  private WebServer server;
  private WebClient web;

  @BeforeAll
  void start(@TempDir Path dir) {
    server = SampleArchive.serve(SampleArchive.index(dir));
    web = new WebClient(server);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void fromTheSystemToABodyItsOrganizationsAndMeetings() throws Exception {
    JsonNode system = follow(server.url() + "oparl/v1/system");
    assertThat(system.get("type").asText()).isEqualTo(SCHEMA + "System");
    assertThat(system.get("oparlVersion").asText()).isEqualTo(SCHEMA);
    assertThat(system.get("id").asText()).isEqualTo(server.url() + "oparl/v1/system");
    JsonNode body = follow(system.get("body").asText()).get("data").get(0);
    assertThat(body.get("type").asText()).isEqualTo(SCHEMA + "Body");
    assertThat(body.get("name").asText()).isEqualTo("Norrviks kommun");
    assertThat(follow(body.get("id").asText())).isEqualTo(body);

    JsonNode organizations = follow(body.get("organization").asText()).get("data");
    assertThat(organizations).extracting(o -> o.get("name").asText())
        .contains("Individ- och familjeomsorgsnämnden", "Vård- och omsorgsnämnden");
    assertThat(organizations).allSatisfy(o -> assertThat(o.get("type").asText()).isEqualTo(SCHEMA + "Organization"));

    JsonNode meetings = follow(body.get("meeting").asText());
    assertThat(meetings.get("pagination").get("totalElements").asInt()).isGreaterThanOrEqualTo(6);
    JsonNode withProtocol = null;
    for (JsonNode m : meetings.get("data")) {
      assertThat(m.get("type").asText()).isEqualTo(SCHEMA + "Meeting");
      assertThat(m.get("start").asText()).matches("\\d{4}-\\d{2}-\\d{2}T00:00\\+0[12]:00");
      if (m.has("resultsProtocol") && withProtocol == null) {
        withProtocol = m;
      }
    }
    assertThat(withProtocol).isNotNull();
    assertThat(follow(withProtocol.get("id").asText()).get("name")).isEqualTo(withProtocol.get("name"));
    JsonNode item = withProtocol.get("agendaItem").get(0);
    assertThat(item.get("type").asText()).isEqualTo(SCHEMA + "AgendaItem");
    assertThat(item.get("meeting").asText()).isEqualTo(withProtocol.get("id").asText());
    String access = withProtocol.get("resultsProtocol").get("accessUrl").asText();
    assertThat(web.bytes(path(access)).statusCode()).isEqualTo(200);
  }

  @Test
  void thePapersArePagedAndEachHasItsReferenceAndFile() throws Exception {
    JsonNode first = follow(server.url() + "oparl/v1/body/1/papers");
    int total = first.get("pagination").get("totalElements").asInt();
    assertThat(total).isGreaterThan(OParl.PAGE);
    assertThat(first.get("data")).hasSize(OParl.PAGE);
    JsonNode second = follow(first.get("links").get("next").asText());
    assertThat(second.get("data")).hasSize(total - OParl.PAGE);
    assertThat(second.get("links").has("next")).isFalse();
    assertThat(follow(server.url() + "oparl/v1/body/1/meetings?page=60").get("pagination").get("currentPage").asInt())
        .as("an OParl list's page is not capped as the search page's is").isEqualTo(60);
    JsonNode paper = first.get("data").get(0);
    assertThat(paper.get("type").asText()).isEqualTo(SCHEMA + "Paper");
    assertThat(follow(paper.get("id").asText()).get("name")).isEqualTo(paper.get("name"));
    assertThat(follow(paper.get("mainFile").get("id").asText()).get("mimeType").asText()).isNotBlank();
    assertThat(first.get("data")).anySatisfy(p -> assertThat(p.get("reference").asText()).matches(".*\\d{4}-\\d+.*"));
  }

  @Test
  void anUnknownObjectIsA404InJson() throws Exception {
    assertThat(web.get("/oparl/v1/meeting/ingen_2026-01-01").statusCode()).isEqualTo(404);
    assertThat(web.get("/oparl/v1/paper/none-1").body()).contains("\"error\"");
  }

  private JsonNode follow(String url) throws Exception {
    assertThat(url).startsWith(server.url());
    return web.json(path(url));
  }

  private static String path(String url) {
    URI u = URI.create(url);
    return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }
}
