package se.namndkoll.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import se.namndkoll.NamndkollException;
import se.namndkoll.YamlSettings;

/**
 * The kommun's own name and colours on the pages, from a small settings file ({@code
 * templates/web.yaml}): {@code name}, and under {@code colours} the {@code primary} colour (the
 * header, links and buttons) and the {@code text} colour, each {@code #rrggbb}. Colours that would
 * not meet WCAG 2.1 AA's contrast on white (4.5:1) are refused, since every page must meet it.
 */
public record Site(String name, String primary, String text) {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  public static final Site DEFAULT = new Site("namndkoll", "#1d4f7c", "#1a1a1a");

  /** The settings of the file; the defaults when it is not there and not required. */
  public static Site load(Path file, boolean required) {
    if (file == null || !Files.isRegularFile(file)) {
      if (required) {
        throw new NamndkollException(file + ": no such settings file");
      }
      return DEFAULT;
    }
    String where = file.toString();
    Map<String, Object> settings = YamlSettings.read(file);
    String name = settings.get("name") == null ? DEFAULT.name() : String.valueOf(settings.get("name")).strip();
    Object colours = settings.getOrDefault("colours", Map.of());
    if (!(colours instanceof Map<?, ?> c)) {
      throw new NamndkollException(where + ": colours: must be a mapping (primary, text)");
    }
    return new Site(name, colour(where, "primary", c.get("primary"), DEFAULT.primary()),
        colour(where, "text", c.get("text"), DEFAULT.text()));
  }

  private static String colour(String where, String key, Object value, String fallback) {
    if (value == null) {
      return fallback;
    }
    String v = String.valueOf(value).strip();
    if (!COLOUR.matcher(v).matches()) {
      throw new NamndkollException(where + ": colours: " + key + ": '" + v + "' is not a colour (#rrggbb)");
    }
    double contrast = contrastOnWhite(v);
    if (contrast < 4.5) {
      throw new NamndkollException(where + ": colours: " + key + ": " + v + " has a contrast of "
          + String.format(java.util.Locale.ROOT, "%.1f", contrast) + ":1 on white; WCAG 2.1 AA asks for 4.5:1");
    }
    return v.toLowerCase(java.util.Locale.ROOT);
  }

  /** WCAG 2.1's contrast ratio of the colour against white. */
  static double contrastOnWhite(String hex) {
    double l = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
    return 1.05 / (l + 0.05);
  }

  private static double channel(String hex, int at) {
    double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
