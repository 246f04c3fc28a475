package se.namndkoll.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndkoll.config.About;
import se.namndkoll.config.CacheFolder;

/**
 * The compiled rule packages of a rules folder, kept on disk so that the next run loads them
 * instead of compiling the .drl files again (compiling costs seconds, loading a fraction of that).
 * They are kept under a key that is the hash of every rule file's name and content, of this
 * program's version and of the Drools it runs on: a changed, added or removed rule file, or
 * another build, gives another key and so a compilation, never stale rules. A cache that cannot be
 * read or written is passed by (the rules are compiled as without it), never an error.
 */
final class CompiledRules {

  private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);

  private final Path folder;

  /** A cache in this folder; null keeps nothing. */
  CompiledRules(Path folder) {
    this.folder = folder;
  }

  /** The cache in {@code $NAMNDKOLL_CACHE/rules}, by default {@code .namndkoll/cache/rules}. */
  static CompiledRules standard() {
    return new CompiledRules(CacheFolder.root().resolve("rules"));
  }

  /** Keeps nothing: every load compiles. */
  static CompiledRules none() {
    return new CompiledRules(null);
  }

  /** The key of these rule files (by name, in order) and contents. */
  static String key(Map<String, byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, "namndkoll " + About.version());
      update(sha, "drools " + droolsVersion());
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        update(sha, f.getKey());
        sha.update(f.getValue());
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** The packages kept under the key, or nothing when there are none or they cannot be read. */
  Optional<Collection<KiePackage>> read(String key) {
    if (folder == null) {
      return Optional.empty();
    }
    Path file = folder.resolve(key + ".bin");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file);
        ObjectInputStream objects = new DroolsObjectInputStream(in, CompiledRules.class.getClassLoader())) {
      @SuppressWarnings("unchecked")
      List<KiePackage> packages = (List<KiePackage>) objects.readObject();
      return Optional.of(packages);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      LOG.info("compiled rules {} cannot be read, compiling instead: {}", file, e.toString());
      return Optional.empty();
    }
  }

  /** Keeps the packages under the key, for the next run; a failure only costs that run's time. */
  void write(String key, Collection<KiePackage> packages) {
    if (folder == null) {
      return;
    }
    Path file = folder.resolve(key + ".bin");
    Path tmp = folder.resolve(key + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.createDirectories(folder);
      try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
        objects.writeObject(new ArrayList<>(packages));
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      LOG.info("compiled rules not kept in {}: {}", folder, e.toString());
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing more to do
      }
    }
  }

  /** A rule base of packages read from the cache. */
  static KieBase base(Collection<KiePackage> packages) {
    var base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(packages);
    return base;
  }

  private static String droolsVersion() {
    Package p = KieContainer.class.getPackage();
    return p == null || p.getImplementationVersion() == null ? "?" : p.getImplementationVersion();
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
