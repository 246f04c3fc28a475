package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed templates are what {@link TemplateGenerator} writes. After changing the generator,
 * write them again with {@code mvn test -Dtest=TemplatesTests -Dtemplates.regenerate=true}.
 */
class TemplatesTests {

  @ParameterizedTest
  @ValueSource(strings = {"skrivelse", "utdrag", "kallelse"})
  void committedTemplateIsWhatTheGeneratorWrites(String name) throws Exception {
    Path committed = Path.of("templates", name + ".docx");
    byte[] generated = TemplateGenerator.bytes(name);
    if (Boolean.getBoolean("templates.regenerate")) {
      Files.write(committed, generated);
    }
    assertThat(Files.readAllBytes(committed))
        .as("templates/%s.docx differs from the generator: regenerate with -Dtemplates.regenerate=true", name)
        .isEqualTo(generated);
  }
}
