package se.namndkoll.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** What the build wrote about the program: its version, and its home page if it has one. */
public final class About {

  private static final Properties PROPERTIES = load();

  private About() {}

  /** The version of this build ("unknown" when run from classes the build did not filter). */
  public static String version() {
    String v = value("version");
    return v == null ? "unknown" : v;
  }

  /** The project's published home, or null when the build names none. */
  public static String home() {
    return value("home");
  }

  private static String value(String key) {
    String s = PROPERTIES.getProperty(key);
    return s == null || s.isBlank() || s.startsWith("@") ? null : s.strip();
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = About.class.getResourceAsStream("/namndkoll/about.properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
