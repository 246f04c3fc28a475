package se.namndkoll.ingest.extract;

import java.util.Locale;

/** File sizes and counts in words a user reads: "95.4 MiB", "64 MiB", "1,200 bytes". */
final class Sizes {

  private static final long KIB = 1024;
  private static final long MIB = KIB * 1024;
  private static final long GIB = MIB * 1024;

  private Sizes() {}

  static String bytes(long bytes) {
    if (bytes >= GIB) {
      return unit(bytes, GIB, "GiB");
    }
    if (bytes >= MIB) {
      return unit(bytes, MIB, "MiB");
    }
    if (bytes >= KIB) {
      return unit(bytes, KIB, "KiB");
    }
    return count(bytes) + (bytes == 1 ? " byte" : " bytes");
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String unit(long bytes, long unit, String name) {
    if (bytes % unit == 0) {
      return (bytes / unit) + " " + name;
    }
    return String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
  }
}
