package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a file or folder could not be read, in the words of a one-line reason: "permission denied",
 * "symbolic link loop", "no such file", else the system's own reason.
 */
public final class FileProblems {

  private FileProblems() {}

  /** The reason a file could not be read. */
  public static String file(IOException e) {
    String what = what(e);
    return what.equals("no such file") ? what : "cannot read the file: " + what;
  }

  /**
   * What to say of a path that does not exist: where its name holds U+FFFD, the name given had bytes
   * that are not UTF-8, which Java cannot pass on from the command line.
   */
  public static String missing(Path path, String what) {
    return what + (path.toString().indexOf('\uFFFD') >= 0
        ? " (its name holds bytes that are not UTF-8, which do not reach the program intact; name the folder it is in"
            + " instead)"
        : "");
  }

  /** The reason a folder could not be walked; it and what is under it are skipped. */
  public static String folder(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop: skipped (the link leads back to a folder above it)";
    }
    String what = what(e);
    return (what.equals("symbolic link loop") ? what : "cannot read the folder: " + what)
        + "; skipped with everything under it";
  }

  /** The problem itself: permission denied, a link loop, a missing file, or the system's words. */
  public static String what(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("permission denied")) {
      return "permission denied";
    }
    if (lower.contains("too many levels of symbolic links")) {
      return "symbolic link loop";
    }
    return reason.replaceAll("\\s+", " ").strip();
  }
}
