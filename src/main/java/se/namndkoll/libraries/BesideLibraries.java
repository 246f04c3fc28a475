package se.namndkoll.libraries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.namndkoll.NamndkollException;
import se.namndkoll.config.CacheFolder;

/**
 * Libraries the program carries beside its class path, for the one command that needs them: Solr's
 * server for {@code cluster start}, the web server for {@code serve}. On the class path they would
 * cost every other command its start (each jar there is opened at start, and frameworks look into
 * each). The build puts each set in a folder of the jar with its list ({@code FOLDER/libraries.txt});
 * the first use unpacks it into {@code $NAMNDKOLL_CACHE/FOLDER} and loads it with a class loader of
 * its own. Where the libraries are on the class path already (the tests), they are used from there.
 */
public final class BesideLibraries {

  private BesideLibraries() {}

  /**
   * The class loader of a set of libraries: the program's own where it has them (its marker class),
   * else one over the unpacked libraries that defines again the program's classes building on them.
   *
   * @param folder the set's folder in the jar ("solr-server")
   * @param marker a class of the set, as a resource name ("org/apache/solr/core/CoreContainer.class")
   * @param definedHere which of the program's classes build on the set
   */
  public static ClassLoader loader(String folder, String marker, Predicate<String> definedHere) {
    return loader(folder, marker, definedHere, CacheFolder.root().resolve(folder));
  }

  static ClassLoader loader(String folder, String marker, Predicate<String> definedHere, Path cache) {
    ClassLoader program = BesideLibraries.class.getClassLoader();
    if (program.getResource(marker) != null) {
      return program;
    }
    List<URL> urls = new ArrayList<>();
    for (Path jar : unpacked(program, folder, cache)) {
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException("a file's address is a URL", e);
      }
    }
    return new BesideClassLoader(folder, urls.toArray(URL[]::new), program, definedHere);
  }

  /**
   * Runs a static method of a class the loader defines, with the loader as the thread's context class
   * loader (the libraries' threads, made meanwhile, inherit it); its failure is rethrown as it is.
   */
  public static Object call(ClassLoader loader, String className, String method, Class<?>[] types, Object... args) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return Class.forName(className, true, loader).getMethod(method, types).invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new NamndkollException(className + " failed (" + e.getCause() + ")", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(className + " is part of the program", e);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * The libraries unpacked into the cache, in a folder named by their list's digest: a folder is
   * complete once it has that name (it is filled under another and moved), so a start that finds
   * it unpacks nothing, and two starts at once do not read each other's half-written files.
   */
  static List<Path> unpacked(ClassLoader program, String folder, Path cache) {
    String list = folder + "/libraries.txt";
    List<String> entries = libraries(program, list);
    Path unpacked = cache.resolve(digest(entries));
    if (!Files.isDirectory(unpacked)) {
      Path work = null;
      try {
        Files.createDirectories(cache);
        work = Files.createTempDirectory(cache, "unpacking-");
        for (String entry : entries) {
          try (InputStream in = program.getResourceAsStream(entry)) {
            if (in == null) {
              throw new NamndkollException("this namndkoll's jar lacks " + entry + "; build it again (mvn package)");
            }
            Files.copy(in, work.resolve(fileName(entry)));
          }
        }
        move(work, unpacked);
      } catch (IOException | UncheckedIOException e) {
        throw new NamndkollException(cache.toAbsolutePath().normalize() + ": cannot unpack " + folder + " there ("
            + e.getMessage() + "); set NAMNDKOLL_CACHE to a folder that can be written", e);
      } finally {
        delete(work);
      }
    }
    return entries.stream().map(entry -> unpacked.resolve(fileName(entry))).toList();
  }

  private static List<String> libraries(ClassLoader program, String list) {
    try (InputStream in = program.getResourceAsStream(list)) {
      if (in == null) {
        throw new NamndkollException("this namndkoll was built without the libraries of " + list
            + " in its jar; build it with mvn package");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return Arrays.stream(text.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    } catch (IOException e) {
      throw new NamndkollException("cannot read " + list + " in this namndkoll's jar (" + e.getMessage() + ")", e);
    }
  }

  private static String fileName(String entry) {
    return entry.substring(entry.lastIndexOf('/') + 1);
  }

  private static String digest(List<String> entries) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.join("\n", entries).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static void move(Path work, Path folder) throws IOException {
    try {
      Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
      // another start unpacked them first: theirs are used
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(work, folder);
    }
  }

  private static void delete(Path work) {
    if (work == null || !Files.exists(work)) {
      return;
    }
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a half-unpacked folder left in the cache is only space; it is never read
    }
  }
}
