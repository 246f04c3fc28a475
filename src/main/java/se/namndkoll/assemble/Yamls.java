package se.namndkoll.assemble;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import se.namndkoll.NamndkollException;

/**
 * Data files in YAML: read as maps, lists and text (a date stays the text written, never a
 * timestamp), an error naming the file and line; written back in block style for the wizard.
 */
public final class Yamls {

  private Yamls() {}

  /** Reads a data file whose top level is a map. */
  public static Map<String, Object> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NamndkollException(file + ": no such file");
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot read: " + e.getMessage(), e);
    }
    return parse(file.toString(), text);
  }

  static Map<String, Object> parse(String name, String text) {
    Object root;
    try (Reader r = new StringReader(text)) {
      root = yaml().load(r);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where = mark == null ? "" : ":" + (mark.getLine() + 1);
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      throw new NamndkollException(name + where + ": bad YAML: " + oneLine(problem));
    } catch (YAMLException | IOException e) {
      throw new NamndkollException(name + ": bad YAML: " + oneLine(e.getMessage()));
    }
    if (root == null) {
      return new LinkedHashMap<>();
    }
    if (!(root instanceof Map<?, ?> m)) {
      throw new NamndkollException(name + ":1: bad YAML: the file must be a map of fields (name: value)");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  /** The data as YAML, block style, keys in the order given. */
  public static String write(Map<String, ?> data) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setWidth(100);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    return new Yaml(new Representer(options), options).dump(data);
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
        options, new TextResolver());
  }

  private static String oneLine(String s) {
    return s == null ? "unreadable" : s.replaceAll("\\s+", " ").strip();
  }

  /** Booleans, whole numbers and nulls as YAML 1.1 reads them; dates and decimals stay text. */
  private static final class TextResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
