package se.namndkoll.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import se.namndkoll.NamndkollException;

/**
 * The copy of the project's rules folder packed into the program ({@code .drl} files,
 * {@code policy.yaml}, {@code sections.yaml}, the kommun profiles): the rules a draft is checked by
 * where no rules folder is at hand. Written out once to a temporary folder, so that it is read
 * exactly as a rules folder on disk is.
 */
public final class BundledRules {

  private static final String FOLDER = "namndkoll/rules/";

  private static volatile Path written;

  private BundledRules() {}

  /** A folder holding the packed rules, written the first time it is asked for. */
  public static Path folder() {
    Path f = written;
    if (f == null) {
      synchronized (BundledRules.class) {
        if (written == null) {
          written = writeOut();
        }
        f = written;
      }
    }
    return f;
  }

  private static Path writeOut() {
    ClassLoader loader = BundledRules.class.getClassLoader();
    try {
      Path dir = Files.createTempDirectory("namndkoll-rules");
      dir.toFile().deleteOnExit();
      for (String name : names(loader)) {
        Path to = dir.resolve(name);
        Files.createDirectories(to.getParent());
        to.getParent().toFile().deleteOnExit();
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
          Files.copy(in, to);
        }
        to.toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write out the rules packed into the program", e);
    }
  }

  /** The files of the packed folder, relative to it ("dnr.drl", "kommuner/x.yaml"). */
  static List<String> names(ClassLoader loader) throws IOException {
    URL url = loader.getResource(FOLDER);
    if (url == null) {
      throw new NamndkollException("the program holds no rules (" + FOLDER + " is missing from it)");
    }
    if ("file".equals(url.getProtocol())) {
      try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
        Path root = Path.of(url.toURI());
        return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
            .sorted().toList();
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    URLConnection connection = url.openConnection();
    if (!(connection instanceof JarURLConnection jarConnection)) {
      throw new IOException("cannot list " + url);
    }
    jarConnection.setUseCaches(false);
    String prefix = jarConnection.getEntryName() == null ? FOLDER : jarConnection.getEntryName();
    List<String> out = new ArrayList<>();
    try (JarFile jar = jarConnection.getJarFile()) {
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        JarEntry e = entries.nextElement();
        if (!e.isDirectory() && e.getName().startsWith(prefix)) {
          out.add(e.getName().substring(prefix.length()));
        }
      }
    }
    return out.stream().sorted().toList();
  }
}
