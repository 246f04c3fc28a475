package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractionTests {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="sv">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <title>Sammanträde med nämnden</title>
        <style>h2 { color: navy; }</style>
      </head>
      <body>
        <nav><a href="/">Startsida</a> | <a href="/politik">Politik och nämnder</a></nav>
        <header>Individ- och familjeomsorgsnämnden</header>
        <main>
          <h2>Ärendet i sin helhet</h2>
          <p>Förvaltningen redovisar
             utfallet för   första tertialet.</p>
          <table>
            <tr><th>Tkr</th><th>Budget</th><th>Utfall</th></tr>
            <tr><td>Summa intäkter</td><td>1 200</td><td>1 300</td></tr>
          </table>
          <h2>Beslutsunderlag</h2>
          <ol><li>Tertialrapport 1</li><li>Protokollsutdrag från utskottet</li></ol>
          <p>Ordförande<br>Märta Åkesson</p>
          <script>document.title = "inte text";</script>
        </main>
      </body>
      </html>
      """;

  @TempDir Path dir;

  @Test
  void readsHeadingsTablesAndParagraphsFromAWindows1252Page() throws IOException {
    Path file = dir.resolve("sammantrade.html");
    Files.write(file, PAGE.getBytes(WINDOWS_1252));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.mediaType()).isEqualTo("text/html");
    assertThat(text.pageCount()).isZero();
    assertThat(text.lines())
        .extracting(RawLine::text, RawLine::heading)
        .containsExactly(
            tuple("Individ- och familjeomsorgsnämnden", false),
            tuple("Ärendet i sin helhet", true),
            tuple("", false),
            tuple("Förvaltningen redovisar utfallet för första tertialet.", false),
            tuple("", false),
            tuple("Tkr\tBudget\tUtfall", false),
            tuple("Summa intäkter\t1 200\t1 300", false),
            tuple("", false),
            tuple("Beslutsunderlag", true),
            tuple("", false),
            tuple("1. Tertialrapport 1", false),
            tuple("2. Protokollsutdrag från utskottet", false),
            tuple("", false),
            tuple("Ordförande", false),
            tuple("Märta Åkesson", false));
    assertThat(text.lines()).allMatch(line -> line.page() == 0);
  }

  @Test
  void fallsBackToWindows1252WhenAPageWithoutCharsetIsNotUtf8() throws IOException {
    Path file = dir.resolve("utan-teckenkodning.html");
    String page = "<html><body><p>Beslutet expedieras till förvaltningschefen.</p></body></html>";
    Files.write(file, page.getBytes(WINDOWS_1252));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines())
        .extracting(RawLine::text)
        .containsExactly("Beslutet expedieras till förvaltningschefen.");
  }

  @Test
  void readsAUtf8PageWithoutCharsetAsUtf8() throws IOException {
    Path file = dir.resolve("utf8.html");
    String page = "<html><body><h1>Närvarande ledamöter</h1><p>Åsa Ödman (S)</p></body></html>";
    Files.write(file, page.getBytes(StandardCharsets.UTF_8));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines())
        .extracting(RawLine::text, RawLine::heading)
        .containsExactly(
            tuple("Närvarande ledamöter", true), tuple("", false), tuple("Åsa Ödman (S)", false));
  }

  @Test
  void keepsLineBreaksInPreformattedText() throws IOException {
    Path file = dir.resolve("pre.html");
    String page = "<html><body><pre>Dnr 2025-00042\n  3.7.2.0</pre></body></html>";
    Files.write(file, page.getBytes(StandardCharsets.UTF_8));

    ExtractedText text = EXTRACTOR.extract(file);

    assertThat(text.lines())
        .extracting(RawLine::text)
        .containsExactly("Dnr 2025-00042", "  3.7.2.0");
  }
}
