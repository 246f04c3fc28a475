package se.namndkoll.libraries;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Predicate;

/**
 * Libraries beside the program's class path, over the program's own: the libraries come from their
 * jars, everything else from the program's class loader, except the program's classes that build on
 * those libraries. Those are defined here again from the program's class files, so that they see the
 * libraries' classes.
 */
final class BesideClassLoader extends URLClassLoader {

  private final Predicate<String> definedHere;

  static {
    registerAsParallelCapable();
  }

  /**
   * @param definedHere which of the program's classes (by name) build on the libraries
   */
  BesideClassLoader(String name, URL[] libraries, ClassLoader program, Predicate<String> definedHere) {
    super(name, libraries, program);
    this.definedHere = definedHere;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!definedHere.test(name)) {
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
