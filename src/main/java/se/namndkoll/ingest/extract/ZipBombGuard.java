package se.namndkoll.ingest.extract;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Refuses a zip container (DOCX, XLSX, PPTX, ODT...) whose content inflates far beyond its size,
 * before any parser opens it.
 *
 * <p>It inflates the entries as a stream into a small buffer, counting the bytes read from the file
 * and the bytes inflated, and stops as soon as the inflated bytes pass {@code ratio} times the
 * bytes read (after a grace of 1 MiB, below which no ratio means anything), or 1 GiB in all. A bomb
 * is thus found after inflating about a megabyte, in milliseconds and in constant memory; declared
 * entry sizes, which a crafted file can fake, are not trusted. A legitimate document costs one
 * extra pass of inflation, a few milliseconds per megabyte.
 *
 * <p>A file that is not a well-formed zip passes: the parser reports it as corrupt. POI's {@code
 * ZipSecureFile} and Tika's {@code SecureContentHandler} stay in place behind this guard.
 */
final class ZipBombGuard {

  private static final long GRACE_BYTES = 1024L * 1024;
  private static final long MAX_INFLATED_BYTES = 1024L * 1024 * 1024;

  /**
   * How entry names without the zip's UTF-8 flag are read: the zip format's own default, in which
   * every byte is a character, so that a name written by an old Windows program (Windows-1252, code
   * page 850) is no reason to refuse the file.
   */
  private static final Charset ENTRY_NAMES = Charset.forName("IBM437");

  private final int maxRatio;

  ZipBombGuard(int maxRatio) {
    this.maxRatio = maxRatio;
  }

  /** Whether the first bytes of a file are those of a zip archive. */
  static boolean isZip(byte[] head) {
    return head.length >= 4
        && head[0] == 'P'
        && head[1] == 'K'
        && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
  }

  void check(Path file) {
    byte[] buffer = new byte[64 * 1024];
    long inflated = 0;
    try (CountingInputStream raw =
            new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        ZipInputStream zip = new ZipInputStream(raw, ENTRY_NAMES)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          inflated += n;
          if (inflated > GRACE_BYTES && inflated > (long) maxRatio * raw.count()) {
            throw refused(
                entry,
                "inflates to more than "
                    + maxRatio
                    + " times its compressed size (compression ratio limit "
                    + maxRatio
                    + ":1)");
          }
          if (inflated > MAX_INFLATED_BYTES) {
            throw refused(
                entry, "inflates the content to more than " + Sizes.bytes(MAX_INFLATED_BYTES));
          }
          if (Thread.currentThread().isInterrupted()) {
            throw new ExtractionFailure("stopped: the extraction was interrupted");
          }
        }
      }
    } catch (ZipException | EOFException | IllegalArgumentException e) {
      // Not a well-formed zip (or one this stream reader cannot follow, such as an entry flagged
      // UTF-8 whose name is not): the parser will say so.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExtractionFailure refused(ZipEntry entry, String what) {
    return new ExtractionFailure(
        "refused: zip entry \"" + entry.getName() + "\" " + what + ", it looks like a zip bomb");
  }

  /** Counts the bytes the zip reader takes from the file. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
