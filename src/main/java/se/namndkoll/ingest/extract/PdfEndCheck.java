package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses a PDF cut short. PDFBox's lenient parser rebuilds what it can of a truncated file and
 * returns the pages it found, silently; a compliance check on half a kallelse would then report
 * missing sections that are only missing from the download. A complete PDF ends with {@code %%EOF}
 * (readers accept it within the last 1024 bytes); trailing white space and NUL padding are skipped
 * first.
 */
final class PdfEndCheck {

  private static final int TAIL = 1024;
  private static final int PADDING_READ = 64 * 1024;
  private static final byte[] END_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  private PdfEndCheck() {}

  static void check(Path file) {
    byte[] tail = readTail(file);
    int end = tail.length;
    while (end > 0 && isPadding(tail[end - 1])) {
      end--;
    }
    int start = Math.max(0, end - TAIL);
    if (indexOf(tail, start, end) < 0) {
      throw new ExtractionFailure(
          "corrupt or unreadable PDF (truncated: no %%EOF end marker in the last "
              + TAIL
              + " bytes)");
    }
  }

  private static boolean isPadding(byte b) {
    return b == 0 || b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f';
  }

  private static int indexOf(byte[] bytes, int from, int to) {
    outer:
    for (int i = from; i <= to - END_MARKER.length; i++) {
      for (int j = 0; j < END_MARKER.length; j++) {
        if (bytes[i + j] != END_MARKER[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] readTail(Path file) {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      int length = (int) Math.min(size, PADDING_READ);
      ByteBuffer buffer = ByteBuffer.allocate(length);
      channel.position(size - length);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // fill
      }
      return buffer.array();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
