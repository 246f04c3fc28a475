package se.namndkoll.ingest.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a text file to a string: a byte order mark decides first (UTF-8, UTF-16 LE or BE) and is
 * dropped; without one, the share of valid UTF-8 decides. The bytes above ASCII are looked at as
 * sequences: where most of them form valid UTF-8 characters the file is UTF-8, and a byte that does
 * not fit (a stray byte of another program, a character cut by a copy) becomes U+FFFD and is
 * counted, so the reader can say so; where most do not, the file is Windows-1252 (what Swedish text
 * from older Windows programs is in; every byte decodes). One bad byte thus no longer turns a UTF-8
 * file into mojibake.
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final char REPLACEMENT = '\uFFFD';

  private TextDecoding() {}

  /**
   * The text of the bytes and how it was read.
   *
   * @param text the decoded text
   * @param charset the character set it was read in
   * @param replaced bytes (or byte sequences) that were not valid UTF-8 and became U+FFFD
   * @param firstReplacedLine the line (from 1) of the first replacement, 0 with none
   */
  record Decoded(String text, Charset charset, int replaced, int firstReplacedLine) {

    /** A note for the reader of the parse, or null when nothing was replaced. */
    String note() {
      if (replaced == 0) {
        return null;
      }
      return replaced + (replaced == 1 ? " byte that is" : " bytes that are")
          + " not valid UTF-8 replaced by \uFFFD (first on line " + firstReplacedLine + ")";
    }
  }

  /** Decodes the bytes by their byte order mark, else by the share of valid UTF-8 in them. */
  static Decoded read(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(bytes, 3);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, 0, 0);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, 0, 0);
    }
    if (mostlyUtf8(bytes)) {
      return utf8(bytes, 0);
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, 0, 0);
  }

  /** Whether the bytes are valid UTF-8 (an empty array is). */
  static boolean isUtf8(byte[] bytes) {
    return shares(bytes).invalid() == 0;
  }

  /**
   * Whether UTF-8 is the better reading: no byte above ASCII at all, or at least as many valid
   * UTF-8 sequences as bytes that fit none. Text in Windows-1252 has almost no valid sequence
   * (a Swedish letter is one byte followed by ASCII), text in UTF-8 almost no invalid one.
   */
  static boolean mostlyUtf8(byte[] bytes) {
    Shares s = shares(bytes);
    return s.invalid() == 0 || s.valid() >= s.invalid();
  }

  /** Valid multi-byte UTF-8 sequences, and bytes above ASCII that belong to none. */
  private record Shares(int valid, int invalid) {}

  private static Shares shares(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        valid++;
        i += length;
      } else {
        invalid++;
        i++;
      }
    }
    return new Shares(valid, invalid);
  }

  /**
   * The length of the valid UTF-8 sequence starting at {@code i} (2 to 4), or 0 where none starts
   * there: no overlong forms, no surrogates, nothing above U+10FFFF.
   */
  private static int sequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int length;
    int min;
    int max = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (b == 0xE0) {
      length = 3;
      min = 0xA0;
    } else if (b == 0xED) {
      length = 3;
      min = 0x80;
      max = 0x9F;
    } else if (b >= 0xE1 && b <= 0xEF) {
      length = 3;
      min = 0x80;
    } else if (b == 0xF0) {
      length = 4;
      min = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      length = 4;
      min = 0x80;
    } else if (b == 0xF4) {
      length = 4;
      min = 0x80;
      max = 0x8F;
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < min || second > max) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int c = bytes[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  /** UTF-8 from {@code offset}, each byte that fits no sequence replaced by U+FFFD and counted. */
  private static Decoded utf8(byte[] bytes, int offset) {
    StringBuilder out = new StringBuilder(bytes.length);
    int replaced = 0;
    int firstLine = 0;
    int line = 1;
    int i = offset;
    int plainFrom = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b == '\n') {
          line++;
        }
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        i += length;
        continue;
      }
      out.append(new String(bytes, plainFrom, i - plainFrom, StandardCharsets.UTF_8)).append(REPLACEMENT);
      replaced++;
      if (firstLine == 0) {
        firstLine = line;
      }
      i++;
      plainFrom = i;
    }
    out.append(new String(bytes, plainFrom, bytes.length - plainFrom, StandardCharsets.UTF_8));
    return new Decoded(out.toString(), StandardCharsets.UTF_8, replaced, firstLine);
  }

  /** Whether the bytes begin with a byte order mark. */
  static boolean hasBom(byte[] bytes) {
    return startsWith(bytes, 0xEF, 0xBB, 0xBF)
        || startsWith(bytes, 0xFF, 0xFE)
        || startsWith(bytes, 0xFE, 0xFF);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
