package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalEditorTests {

  @TempDir Path dir;

  private final List<String> said = new ArrayList<>();
  private final List<String> terminal = new ArrayList<>();

  @Test
  void theEditorGetsTheTextSoFarAndItsChangesComeBack() throws IOException {
    Path editor = script("editor", "#!/bin/sh\ncat \"$1\" > \"" + dir.resolve("seen.txt") + "\"\nprintf 'Ny text.\\n' >> \"$1\"\n");

    String text = new ExternalEditor(Map.of("EDITOR", editor.toString()), said::add)
        .edit("Första raden.\n", () -> terminal.add("pause"), () -> terminal.add("resume"));

    assertThat(text).isEqualTo("Första raden.\nNy text.\n");
    assertThat(Files.readString(dir.resolve("seen.txt"))).isEqualTo("Första raden.\n");
    assertThat(terminal).containsExactly("pause", "resume");
    assertThat(said).isEmpty();
  }

  @Test
  void visualComesBeforeEditorAndItsOptionsAreKept() throws IOException {
    Path visual = script("visual", "#!/bin/sh\nprintf '%s' \"$1\" > \"$2\"\n");

    String text = new ExternalEditor(Map.of("VISUAL", visual + " --wait", "EDITOR", "/no/such/editor"), said::add)
        .edit("", () -> { }, () -> { });

    assertThat(text).isEqualTo("--wait");
  }

  @Test
  void withoutAnEditorOrWhenItFailsTheTextIsWrittenInTheShell() throws IOException {
    assertThat(new ExternalEditor(Map.of(), said::add).edit("x", () -> { }, () -> { })).isNull();
    Path failing = script("failing", "#!/bin/sh\nexit 3\n");
    assertThat(new ExternalEditor(Map.of("EDITOR", failing.toString()), said::add).edit("x", () -> { }, () -> { }))
        .isNull();
    assertThat(new ExternalEditor(Map.of("EDITOR", dir.resolve("missing").toString()), said::add)
        .edit("x", () -> { }, () -> { })).isNull();

    assertThat(said).hasSize(3);
    assertThat(said.get(0)).startsWith("Ingen editor är vald: sätt $EDITOR");
    assertThat(said.get(1)).endsWith("slutade med status 3; texten skrivs här i stället.");
    assertThat(said.get(2)).contains("kunde inte öppnas");
  }

  private Path script(String name, String body) throws IOException {
    assumeTrue(Files.exists(Path.of("/bin/sh")), "needs /bin/sh");
    Path p = dir.resolve(name);
    Files.writeString(p, body);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
    return p;
  }
}
