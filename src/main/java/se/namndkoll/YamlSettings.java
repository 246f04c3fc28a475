package se.namndkoll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The settings files a kommun writes beside its rules ({@code policy.yaml}, {@code sections.yaml},
 * {@code kommuner/*.yaml}) read one way: safe YAML, a mapping at the top, and every problem one line
 * naming the file, the line or the setting, and what is wrong.
 */
public final class YamlSettings {

  private YamlSettings() {}

  /** The settings of a file. */
  public static Map<String, Object> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot read: " + e.getMessage(), e);
    }
    return parse(file.toString(), text);
  }

  /** The settings of a text, named as its file for the messages. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parse(String name, String text) {
    Object loaded;
    try {
      loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new NamndkollException(name + ":" + line + ": not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new NamndkollException(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (loaded == null) {
      return Map.of();
    }
    if (!(loaded instanceof Map)) {
      throw new NamndkollException(name + ": must be a mapping of settings");
    }
    return (Map<String, Object>) loaded;
  }

  /** A list of texts, or none where the setting is absent. */
  public static List<String> strings(String name, Object node, String setting) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof List<?> l)) {
      throw new NamndkollException(name + ": " + setting + ": must be a list");
    }
    List<String> out = new ArrayList<>();
    l.forEach(o -> out.add(String.valueOf(o)));
    return out;
  }

  /** A list of regular expressions, each of which must compile with the flags. */
  public static List<String> patterns(String name, Object node, String setting, int flags) {
    List<String> out = strings(name, node, setting);
    for (String p : out) {
      try {
        Pattern.compile(p, flags);
      } catch (PatternSyntaxException e) {
        throw new NamndkollException(name + ": " + setting + ": '" + p + "' is not a valid pattern: " + e.getDescription());
      }
    }
    return out;
  }
}
