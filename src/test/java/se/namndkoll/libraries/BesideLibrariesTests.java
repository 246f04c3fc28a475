package se.namndkoll.libraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;

/** Libraries beside the class path: unpacked from the program once, and loaded beside the program's classes. */
class BesideLibrariesTests {

  @TempDir Path dir;

  @Test
  void theLibrariesAreUnpackedOnceIntoTheCache() throws IOException {
    ClassLoader program = program("solr-server/one.jar,solr-server/two.jar", "one.jar", "two.jar");
    Path cache = dir.resolve("cache");

    List<Path> first = BesideLibraries.unpacked(program, "solr-server", cache);
    assertThat(first).extracting(p -> p.getFileName().toString()).containsExactly("one.jar", "two.jar");
    assertThat(Files.readString(first.get(1))).isEqualTo("the bytes of two.jar");
    Files.setLastModifiedTime(first.get(0), FileTime.fromMillis(0));

    List<Path> again = BesideLibraries.unpacked(program, "solr-server", cache);
    assertThat(again).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(again.get(0)).toMillis()).as("not unpacked again").isZero();
    try (Stream<Path> folders = Files.list(cache)) {
      assertThat(folders).as("no half-unpacked folder is left").hasSize(1);
    }
  }

  @Test
  void anotherListIsAnotherFolder() throws IOException {
    Path cache = dir.resolve("cache");
    Path one = BesideLibraries.unpacked(program("solr-server/one.jar", "one.jar"), "solr-server", cache).get(0);
    Path two = BesideLibraries.unpacked(program("solr-server/two.jar", "two.jar"), "solr-server", cache).get(0);
    assertThat(one.getParent()).isNotEqualTo(two.getParent());
  }

  @Test
  void aProgramBuiltWithoutTheServerSaysSoInOneLine() throws IOException {
    ClassLoader program = new URLClassLoader(new URL[] {Files.createDirectories(dir.resolve("empty")).toUri().toURL()}, null);
    assertThatThrownBy(() -> BesideLibraries.unpacked(program, "solr-server", dir.resolve("cache")))
        .isInstanceOf(NamndkollException.class).hasMessageContaining("built without the libraries of solr-server/libraries.txt")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aMissingLibraryIsNamed() throws IOException {
    ClassLoader program = program("solr-server/one.jar,solr-server/gone.jar", "one.jar");
    assertThatThrownBy(() -> BesideLibraries.unpacked(program, "solr-server", dir.resolve("cache")))
        .isInstanceOf(NamndkollException.class).hasMessageContaining("solr-server/gone.jar");
    try (Stream<Path> left = Files.list(dir.resolve("cache"))) {
      assertThat(left).as("nothing half-unpacked is kept").isEmpty();
    }
  }

  @Test
  void aCacheThatCannotBeWrittenSaysWhereAndWhatToDo() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("cache"), "a file");
    assertThatThrownBy(() -> BesideLibraries.unpacked(program("solr-server/one.jar", "one.jar"), "solr-server", notAFolder))
        .isInstanceOf(NamndkollException.class).hasMessageContaining(notAFolder.toString())
        .hasMessageContaining("NAMNDKOLL_CACHE");
  }

  @Test
  void librariesOnTheClassPathAreUsedFromThere() {
    assertThat(BesideLibraries.loader("solr-server", "org/apache/solr/core/CoreContainer.class", name -> false,
        dir.resolve("cache"))).isSameAs(BesideLibraries.class.getClassLoader());
    assertThat(dir.resolve("cache")).doesNotExist();
  }

  /** A program's class path with the list and these libraries in its solr-server folder. */
  private ClassLoader program(String list, String... jars) throws IOException {
    Path root = Files.createTempDirectory(dir, "program");
    Path folder = Files.createDirectories(root.resolve("solr-server"));
    Files.writeString(folder.resolve("libraries.txt"), list + "\n", StandardCharsets.UTF_8);
    for (String jar : jars) {
      Files.writeString(folder.resolve(jar), "the bytes of " + jar);
    }
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }
}
