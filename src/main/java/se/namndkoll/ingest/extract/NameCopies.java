package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files whose names the libraries cannot open. A name that is not valid UTF-8 (written by an old
 * program in another encoding) reaches Java with its odd bytes as U+FFFD; the path found by walking
 * the folder still opens the file, but a library that takes the name as text ({@code
 * Path.toFile()}, as PDFBox and Tika do) opens another name, which does not exist. Such a file is
 * read from a copy with a plain name, and the parse says so.
 */
final class NameCopies {

  static final String NOTE = "the file's name is not valid UTF-8 (shown with \uFFFD); it was read from a copy";

  private NameCopies() {}

  /** A copy of the file under a plain name, or null when its own name opens it. */
  static Path copyIfNameIsLost(Path file) {
    if (Files.exists(file.toFile().toPath())) {
      return null;
    }
    try {
      Path copy = Files.createTempFile("namndkoll-", suffix(file));
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path copy) {
    if (copy == null) {
      return;
    }
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      // a copy left in the temporary folder is harmless
    }
  }

  private static String suffix(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot);
    return ext.matches("\\.[A-Za-z0-9]{1,8}") ? ext : ".bin";
  }
}
