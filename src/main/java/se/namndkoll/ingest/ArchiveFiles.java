package se.namndkoll.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import se.namndkoll.NamndkollException;

/**
 * The documents under the paths a user names: files as given, folders walked in name order.
 * Documents are the types namndkoll reads; hidden files and an archive's own notes (README,
 * LICENSE, NOTICE, CHANGELOG) are not documents of it.
 */
public final class ArchiveFiles {

  private static final Set<String> EXTENSIONS =
      Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "xhtml", "txt", "md");
  private static final Set<String> NOTES = Set.of("readme", "license", "licence", "notice", "changelog");

  private ArchiveFiles() {}

  /** The files to read; a path that does not exist is a usage error naming it. */
  public static List<Path> under(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new NamndkollException(p + ": no such file or folder");
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p, FileVisitOption.FOLLOW_LINKS)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !hidden(p, f))
              .filter(ArchiveFiles::isDocument)
              .sorted()
              .forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
          throw new NamndkollException(p + ": cannot read the folder (" + e.getMessage() + ")", e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** True for a file of a type namndkoll reads that is not an archive's own note. */
  public static boolean isDocument(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return false;
    }
    return EXTENSIONS.contains(name.substring(dot + 1)) && !NOTES.contains(name.substring(0, dot));
  }

  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
