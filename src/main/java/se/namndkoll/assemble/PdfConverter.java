package se.namndkoll.assemble;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Converts a written document to PDF with LibreOffice, when it is installed. */
public final class PdfConverter {

  /** What came of a conversion. */
  public sealed interface Result {
    /** The PDF was written. */
    record Written(Path pdf) implements Result {}

    /** LibreOffice is not on the PATH. */
    record NotInstalled() implements Result {}

    /** LibreOffice ran but wrote no PDF. */
    record Failed(String reason) implements Result {}
  }

  private PdfConverter() {}

  /** The soffice program on the PATH, if any. */
  public static Optional<Path> soffice() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice", "soffice.exe")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  public static Result convert(Path docx) {
    Optional<Path> soffice = soffice();
    if (soffice.isEmpty()) {
      return new Result.NotInstalled();
    }
    Path dir = docx.toAbsolutePath().getParent();
    String name = docx.getFileName().toString();
    Path pdf = docx.resolveSibling(name.replaceFirst("(?i)\\.docx$", "") + ".pdf");
    Path profile = null;
    try {
      // a profile of its own, so that a LibreOffice the user has open does not take the job
      profile = Files.createTempDirectory("namndkoll-lo-");
      Process p = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + profile.toUri(),
          "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toAbsolutePath().toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result.Failed("LibreOffice did not finish within 180 s");
      }
      return Files.isRegularFile(pdf) ? new Result.Written(pdf)
          : new Result.Failed("LibreOffice exited with status " + p.exitValue() + " and wrote no PDF");
    } catch (IOException e) {
      return new Result.Failed(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result.Failed("interrupted");
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a profile left in the temporary folder is harmless
    }
  }
}
