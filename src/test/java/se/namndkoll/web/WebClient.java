package se.namndkoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.namndkoll.serve.Site;

/** Reads a test's server as a browser would, without following redirects. */
public final class WebClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public WebClient(WebServer server) {
    this.base = server.url();
  }

  /** The answer to a GET of the path ("/..."); a page must come whole. */
  public HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
      assertThat(r.body().strip()).as("a whole page").endsWith("</html>");
    }
    return r;
  }

  public HttpResponse<byte[]> bytes(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A form posted as a browser posts it, from the site it names (Sec-Fetch-Site), or none. */
  public HttpResponse<String> post(String path, String form, String fetchSite) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
    if (fetchSite != null) {
      b.header("Sec-Fetch-Site", fetchSite);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON of a GET that must answer 200. */
  public JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
