package se.namndkoll.report.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of outputs people read, under {@code src/test/resources/report/}, named
 * {@code <Test>-<method>.<ext>}. Run with {@code -Dnamndkoll.golden.update=true} to write them
 * anew from the output, then read the difference before committing it.
 */
final class Golden {

  private Golden() {}

  static void assertMatches(String actual, Class<?> test, String method, String extension) {
    String name = test.getSimpleName() + "-" + method + "." + extension;
    if (Boolean.getBoolean("namndkoll.golden.update")) {
      try {
        Path file = Path.of("src", "test", "resources", "report", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = Golden.class.getResourceAsStream("/report/" + name)) {
      assertThat(in).as("golden file report/%s", name).isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual).as("output against report/%s", name).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
