package se.namndkoll.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.extract.FileProblems;

/**
 * The documents under the paths a user names: files as given, folders walked in name order, links
 * followed. Documents are the types namndkoll reads; hidden files and folders and an archive's own
 * notes (README, LICENSE, NOTICE, CHANGELOG) are not documents of it.
 *
 * <p>Nothing under a path stops the walk: a folder that cannot be read, a symbolic link that leads
 * back to a folder above it or nowhere, a pipe or device named like a document are each skipped
 * with their reason, and the walk goes on.
 */
public final class ArchiveFiles {

  private static final Set<String> EXTENSIONS =
      Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm", "xhtml", "txt", "md");
  private static final Set<String> NOTES = Set.of("readme", "license", "licence", "notice", "changelog");

  private ArchiveFiles() {}

  /** A file or folder left out of the walk, and why (one line). */
  public record Skipped(Path path, String reason) {}

  /**
   * What a walk found.
   *
   * @param files the documents, in name order
   * @param skipped what could not be walked or is no file to read, in name order
   */
  public record Listing(List<Path> files, List<Skipped> skipped) {
    public Listing {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  /** The files to read; what cannot be walked is left out (see {@link #list}). */
  public static List<Path> under(List<Path> paths) {
    return list(paths).files();
  }

  /** The files to read and what was skipped; a path that does not exist is an error naming it. */
  public static Listing list(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new NamndkollException(p + ": " + FileProblems.missing(p, "no such file or folder"));
      }
      if (Files.isDirectory(p)) {
        walk(p, files, skipped);
      } else {
        files.add(p);
      }
    }
    skipped.sort(Comparator.comparing(Skipped::path));
    return new Listing(files, skipped);
  }

  private static void walk(Path root, List<Path> files, List<Skipped> skipped) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (hidden(root, dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (hidden(root, file)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isRegularFile()) {
            if (isDocument(file)) {
              found.add(file);
            }
          } else if (attrs.isSymbolicLink()) {
            // a link the walk could not follow: it leads nowhere, or round in a loop
            if (isDocument(file) || !hasExtension(file)) {
              skipped.add(new Skipped(file, unfollowable(file)));
            }
          } else if (!attrs.isDirectory() && isDocument(file)) {
            skipped.add(new Skipped(file, "not a regular file (a pipe, socket or device); skipped"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!hidden(root, file)) {
            boolean folder = e instanceof FileSystemLoopException || Files.isDirectory(file);
            skipped.add(new Skipped(file, folder || !isDocument(file) ? FileProblems.folder(e) : FileProblems.file(e)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            skipped.add(new Skipped(dir, FileProblems.folder(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // the visitor goes on past every failure; this is the root itself failing to open
      skipped.add(new Skipped(root, FileProblems.folder(e)));
    }
    found.sort(null);
    files.addAll(found);
  }

  private static String unfollowable(Path link) {
    try {
      link.toRealPath();
      return "a symbolic link that cannot be followed; skipped";
    } catch (NoSuchFileException e) {
      return "a symbolic link to nothing (its target does not exist); skipped";
    } catch (IOException e) {
      String what = FileProblems.what(e);
      return (what.equals("symbolic link loop") ? what : "a symbolic link that cannot be followed (" + what + ")")
          + "; skipped";
    }
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

  private static boolean hasExtension(Path file) {
    return file.getFileName().toString().lastIndexOf('.') > 0;
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
