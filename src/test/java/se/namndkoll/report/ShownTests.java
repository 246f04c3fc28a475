package se.namndkoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.NamndkollException;
import se.namndkoll.index.IngestService;
import se.namndkoll.index.IngestSummary;
import se.namndkoll.shell.Console;
import se.namndkoll.shell.ShellErrors;

/** A control character in a file name never splits a printed line. */
class ShownTests {

  @Test
  void aNameWithAControlCharacterIsQuotedAndEscapedAnyOtherIsAsItIs() {
    assertThat(Shown.name("arkiv/protokoll 2026.pdf")).isEqualTo("arkiv/protokoll 2026.pdf");
    assertThat(Shown.name("arkiv/tr\nasig.pdf")).isEqualTo("\"arkiv/tr\\nasig.pdf\"");
    assertThat(Shown.name("a\tb\r\u001b[31m\"c\\.pdf")).isEqualTo("\"a\\tb\\r\\x1b[31m\\\"c\\\\.pdf\"");
    assertThat(Shown.name("rad\u2028skiljare.pdf")).isEqualTo("\"rad\\u2028skiljare.pdf\"");
    assertThat(Shown.line("x.pdf: no such file")).isEqualTo("x.pdf: no such file");
    assertThat(Shown.line("a\nb.pdf: no such file")).isEqualTo("a\\nb.pdf: no such file");
  }

  @Test
  void eachFailureOfAnIngestIsOneLine() {
    IngestSummary s = new IngestSummary(1, 0, List.of(new IngestService.Failed("arkiv/tr\nasig.pdf", "corrupt or unreadable PDF"),
        new IngestService.Failed("arkiv/ok.pdf", "empty file")), 3, 4, Duration.ofSeconds(1));

    List<String> lines = ArchiveReports.ingestTable(s).lines().toList();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).isEqualTo("  failed: \"arkiv/tr\\nasig.pdf\": corrupt or unreadable PDF");
    assertThat(lines.get(2)).isEqualTo("  failed: arkiv/ok.pdf: empty file");
  }

  @Test
  void anErrorAboutANameWithANewlineIsOneLine() {
    StringWriter err = new StringWriter();
    new ShellErrors(new Console(new PrintWriter(new StringWriter()), new PrintWriter(err), false)).resolve(new NamndkollException("arkiv/tr\nasig.pdf: no such file"));
    assertThat(err.toString().lines()).containsExactly("namndkoll: arkiv/tr\\nasig.pdf: no such file");
  }
}
