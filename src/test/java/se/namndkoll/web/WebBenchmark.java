package se.namndkoll.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.namndkoll.index.ArchiveBenchmark;
import se.namndkoll.index.SearchService;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebSettings;

/**
 * The web search page's benchmark, not a test: the archive scaled to 100 000 ärenden (as {@link
 * ArchiveBenchmark} scales it), served by {@code serve}'s server, and the time from request to the
 * whole page read by a client on the same machine (an upper bound of the server's time) for the
 * query mix of the archive's benchmark, with and without a nämnd and year filter, and their second
 * pages. Run it with {@code mvn -Pbench verify}, or:
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" se.namndkoll.web.WebBenchmark [ärenden]
 * </pre>
 */
public final class WebBenchmark {

  private WebBenchmark() {}

  public static void main(String[] args) throws Exception {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path work = Files.createTempDirectory("namndkoll-web-bench");
    Path index = ArchiveBenchmark.scaledIndex(work, target);
    try (WebServer server = WebServer.start(WebSettings.archiveOnly("127.0.0.1", 0, () -> SearchService.open(index),
        Site.DEFAULT))) {
      HttpClient http = HttpClient.newHttpClient();
      List<String> pages = new ArrayList<>();
      for (String q : ArchiveBenchmark.QUERIES) {
        String query = "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        pages.add(query);
        pages.add(query + "&namnd=VON&from=2026&to=2030");
        pages.add(query + "&page=2");
      }
      for (int warm = 0; warm < 3; warm++) {
        for (String page : pages) {
          get(http, server.url() + page);
        }
      }
      List<Long> micros = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        for (String page : pages) {
          long t = System.nanoTime();
          get(http, server.url() + page);
          micros.add((System.nanoTime() - t) / 1000);
        }
      }
      long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "search page: %d requests (%d pages, 10 rounds): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          sorted.length, pages.size(), sorted[sorted.length / 2] / 1000.0,
          sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }
  }

  private static void get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200 || !r.body().strip().endsWith("</html>")) {
      throw new IllegalStateException(url + ": " + r.statusCode());
    }
  }
}
