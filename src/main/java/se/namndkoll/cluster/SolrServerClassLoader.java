package se.namndkoll.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * Solr's server libraries over the program's own: the libraries come from their jars, everything
 * else from the program's class loader, except the program's classes that build on Solr's server
 * (the local cluster, and the index package with the query parser Solr loads by name). Those are
 * defined here again from the program's class files, so that they see the server's classes; the
 * whole index package comes along, as the query parser uses its package-private query building.
 */
final class SolrServerClassLoader extends URLClassLoader {

  private static final String CLUSTER = "se.namndkoll.cluster.LocalSolrCluster";
  private static final String INDEX = "se.namndkoll.index.";

  static {
    registerAsParallelCapable();
  }

  SolrServerClassLoader(URL[] libraries, ClassLoader program) {
    super("solr-server", libraries, program);
  }

  /** Whether this class is defined here from the program's class file rather than taken from the program. */
  static boolean definedHere(String name) {
    return name.equals(CLUSTER) || name.startsWith(CLUSTER + "$")
        || name.startsWith(INDEX) && name.indexOf('.', INDEX.length()) < 0;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!definedHere(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = classFile(name);
        loaded = defineClass(name, bytes, 0, bytes.length);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private byte[] classFile(String name) throws ClassNotFoundException {
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}
