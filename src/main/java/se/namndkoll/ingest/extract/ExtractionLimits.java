package se.namndkoll.ingest.extract;

import java.time.Duration;

/**
 * What one extraction may cost before it is refused.
 *
 * @param maxFileBytes a larger file is refused by its size, before a byte is read
 * @param maxCharacters extraction stops once the text grows past this many characters
 * @param timeout extraction of one file stops after this long
 * @param maxCompressionRatio a zip container (DOCX, ODT, XLSX...) whose content inflates more than
 *     this many times its compressed size is refused as a zip bomb
 */
public record ExtractionLimits(
    long maxFileBytes, long maxCharacters, Duration timeout, int maxCompressionRatio) {

  /** 64 MiB: far above any committee PDF seen (a 600-page kallelse is about 20 MiB). */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** 10 million characters: about 3,000 pages of dense text. */
  public static final long DEFAULT_MAX_CHARACTERS = 10_000_000L;

  /** 60 seconds: a 200-page PDF takes about a second. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** 100:1, the ratio Apache POI and Tika also use. */
  public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;

  public ExtractionLimits {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
    if (maxCharacters <= 0) {
      throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxCompressionRatio < 2) {
      throw new IllegalArgumentException(
          "maxCompressionRatio must be at least 2: " + maxCompressionRatio);
    }
  }

  public static ExtractionLimits defaults() {
    return new ExtractionLimits(
        DEFAULT_MAX_FILE_BYTES,
        DEFAULT_MAX_CHARACTERS,
        DEFAULT_TIMEOUT,
        DEFAULT_MAX_COMPRESSION_RATIO);
  }

  public ExtractionLimits withMaxCharacters(long characters) {
    return new ExtractionLimits(maxFileBytes, characters, timeout, maxCompressionRatio);
  }
}
