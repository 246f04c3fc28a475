package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks on a file before anything reads its content: there, a file, readable, in size. */
final class FileChecks {

  /** Bytes read from the start of a file to look at (empty? a zip?). */
  static final int HEAD_BYTES = 8 * 1024;

  private FileChecks() {}

  /** Checks the file and returns its size. */
  static long check(Path file, long maxBytes) {
    if (Files.isDirectory(file)) {
      throw new ExtractionFailure("is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new ExtractionFailure(FileProblems.missing(file, "no such file"));
    }
    if (!Files.isRegularFile(file)) {
      throw new ExtractionFailure("not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new ExtractionFailure("cannot read the file: permission denied");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size > maxBytes) {
      throw new ExtractionFailure(
          "too large: " + Sizes.bytes(size) + ", the limit is " + Sizes.bytes(maxBytes));
    }
    if (size == 0) {
      throw new ExtractionFailure("empty file");
    }
    return size;
  }

  /** The first bytes of a file; refuses a file that is nothing but white space. */
  static byte[] head(Path file, long size) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size <= head.length && isBlank(head)) {
      throw new ExtractionFailure("empty file");
    }
    return head;
  }

  /** Only white space, perhaps after a UTF-8 byte order mark. */
  static boolean isBlank(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
        return false;
      }
    }
    return true;
  }
}
