package se.namndkoll.ingest.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.namndkoll.YamlSettings;
import se.namndkoll.text.Phrases;

/**
 * What the parser takes for template text rather than content: the {@code placeholders} and the
 * {@code template-text} of {@code policy.yaml}, where the rules read them too. Read from the rules
 * folder's policy, else from the one packed into the program.
 */
final class TemplateText {

  private static final String POLICY = "policy.yaml";
  private static final String RESOURCE = "/namndkoll/rules/" + POLICY;
  private static final String[] SETTINGS = {"placeholders", "template-text"};
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private TemplateText() {}

  /** The patterns of the rules folder's policy, each setting it lacks taken from the program's. */
  static Phrases in(Path rulesFolder) {
    Path own = rulesFolder == null ? null : rulesFolder.resolve(POLICY);
    Map<String, Object> root = own != null && Files.isRegularFile(own) ? YamlSettings.read(own) : Map.of();
    Map<String, Object> defaults = YamlSettings.parse(RESOURCE, resource());
    List<String> patterns = new ArrayList<>();
    for (String setting : SETTINGS) {
      boolean here = root.get(setting) != null;
      patterns.addAll(YamlSettings.patterns(here ? own.toString() : RESOURCE, here ? root.get(setting)
          : defaults.get(setting), setting, FLAGS));
    }
    return Phrases.anyOf(patterns);
  }

  private static String resource() {
    try (InputStream in = TemplateText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is part of the program");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
