package se.namndkoll.cluster;

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
import java.util.stream.Stream;
import se.namndkoll.NamndkollException;
import se.namndkoll.config.CacheFolder;

/**
 * Starts the local cluster with Solr's server, which only {@code cluster start} needs. The server's
 * libraries are not on the program's class path (every other command would open their jars at
 * start): the build puts them in the jar's {@value #FOLDER}/ folder with their list, and they are
 * unpacked once into {@code $NAMNDKOLL_CACHE/solr-server} and loaded by a class loader of their
 * own. Where the server is on the class path already (the tests), it is used from there.
 */
public final class SolrServerLibraries {

  static final String FOLDER = "solr-server";
  private static final String LIST = FOLDER + "/libraries.txt";
  private static final String SERVER_CLASS = "org/apache/solr/core/CoreContainer.class";
  private static final String CLUSTER_CLASS = "se.namndkoll.cluster.LocalSolrCluster";

  private SolrServerLibraries() {}

  /** Starts ZooKeeper and the nodes (see {@code LocalSolrCluster.start}). */
  public static RunningCluster startCluster(int nodes, Path dir, int port) {
    ClassLoader loader = serverLoader(CacheFolder.root().resolve(FOLDER));
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    // the nodes' threads, made while they start, load through this loader as Solr expects
    thread.setContextClassLoader(loader);
    try {
      Class<?> cluster = Class.forName(CLUSTER_CLASS, true, loader);
      return (RunningCluster) cluster.getMethod("start", int.class, Path.class, int.class).invoke(null, nodes, dir, port);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new NamndkollException("the cluster did not start (" + e.getCause() + ")", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the local cluster is part of the program", e);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** The program's own class loader where it has Solr's server, else one over the unpacked libraries. */
  static ClassLoader serverLoader(Path cache) {
    ClassLoader program = SolrServerLibraries.class.getClassLoader();
    if (program.getResource(SERVER_CLASS) != null) {
      return program;
    }
    List<URL> urls = new ArrayList<>();
    for (Path jar : unpacked(program, cache)) {
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException("a file's address is a URL", e);
      }
    }
    return new SolrServerClassLoader(urls.toArray(URL[]::new), program);
  }

  /**
   * The libraries unpacked into the cache, in a folder named by their list's digest: a folder is
   * complete once it has that name (it is filled under another and moved), so a start that finds
   * it unpacks nothing, and two starts at once do not read each other's half-written files.
   */
  static List<Path> unpacked(ClassLoader program, Path cache) {
    List<String> entries = libraries(program);
    Path folder = cache.resolve(digest(entries));
    if (!Files.isDirectory(folder)) {
      Path work = null;
      try {
        Files.createDirectories(cache);
        work = Files.createTempDirectory(cache, "unpacking-");
        for (String entry : entries) {
          try (InputStream in = program.getResourceAsStream(entry)) {
            if (in == null) {
              throw new NamndkollException("this namndkoll's jar lacks " + entry + " of Solr's server; build it again (mvn package)");
            }
            Files.copy(in, work.resolve(fileName(entry)));
          }
        }
        move(work, folder);
      } catch (IOException | UncheckedIOException e) {
        throw new NamndkollException(cache.toAbsolutePath().normalize() + ": cannot unpack Solr's server there ("
            + e.getMessage() + "); set NAMNDKOLL_CACHE to a folder that can be written", e);
      } finally {
        delete(work);
      }
    }
    return entries.stream().map(entry -> folder.resolve(fileName(entry))).toList();
  }

  private static List<String> libraries(ClassLoader program) {
    try (InputStream in = program.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new NamndkollException("this namndkoll was built without Solr's server (no " + LIST
            + " in its jar); build it with mvn package to run cluster start");
      }
      String list = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return Arrays.stream(list.split(",")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    } catch (IOException e) {
      throw new NamndkollException("cannot read " + LIST + " in this namndkoll's jar (" + e.getMessage() + ")", e);
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
