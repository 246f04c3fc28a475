package se.namndkoll.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.util.FileSystemUtils;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;

/** {@code parse -}: a document piped in, of any type the reader knows by its content. */
final class StandardInput {

  /** The name the document goes by in what is printed. */
  static final String NAME = "-";

  private StandardInput() {}

  static Document read(DocumentReader reader) {
    return read(reader, System.in);
  }

  static Document read(DocumentReader reader, InputStream in) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("namndkoll-stdin");
      Path file = dir.resolve("standard-input");
      long size = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      if (size == 0) {
        throw NamndkollException.badUsage("standard input is empty: pipe a document into 'parse -'");
      }
      return reader.read(file, NAME);
    } catch (IOException e) {
      throw new NamndkollException("cannot read standard input: " + e.getMessage(), e);
    } finally {
      if (dir != null) {
        try {
          FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
  }
}
