package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} says, in one line, when it cannot start. */
class ServeCommandTests {

  @TempDir Path dir;

  @Test
  void withoutAnIndexItSaysHowToMakeOne() {
    Path none = dir.resolve("inget-index");
    Jar.Run run = Commands.run(dir, "serve", "--index", none.toString(), "--port", "0", "--public");
    assertThat(run.exitStatus()).isEqualTo(1);
    assertThat(run.stderr().strip()).isEqualTo("namndkoll: " + none + ": no index here; fill one with 'ingest PATH' first");
  }

  @Test
  void aPortOutOfRangeIsBadUsage() {
    Jar.Run run = Commands.run(dir, "serve", "--port", "70000");
    assertThat(run.exitStatus()).isEqualTo(2);
    assertThat(run.stderr()).contains("--port must be between 0 and 65535, not 70000").doesNotContain("\n\tat ");
  }

  @Test
  void aSiteFileWithAColourTooPaleIsRefusedWithItsContrast() throws Exception {
    Path site = Files.writeString(dir.resolve("web.yaml"), "name: Ljusby kommun\ncolours:\n  primary: '#99ccff'\n");
    Jar.Run run = Commands.run(dir, "serve", "--site", site.toString(), "--port", "0", "--public");
    assertThat(run.exitStatus()).isEqualTo(1);
    assertThat(run.stderr().strip()).startsWith("namndkoll: " + site + ": colours: primary: #99ccff has a contrast of ")
        .endsWith("on white; WCAG 2.1 AA asks for 4.5:1").doesNotContain("\n");
  }

  @Test
  void aSiteFileThatIsNotThereIsSaid() {
    Path site = dir.resolve("saknas.yaml");
    Jar.Run run = Commands.run(dir, "serve", "--site", site.toString(), "--port", "0", "--public");
    assertThat(run.exitStatus()).isEqualTo(1);
    assertThat(run.stderr().strip()).isEqualTo("namndkoll: " + site + ": no such settings file");
  }
}
