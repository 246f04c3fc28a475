package se.namndkoll.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;

/**
 * What a failed Tika parse means, in one line for the user: encrypted, a zip bomb, or corrupt with
 * a short reason taken from the deepest cause (class names and object ids removed).
 */
final class TikaFailures {

  private static final int MAX_REASON = 120;
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:@[0-9a-f]+)?:?\\s*");

  private TikaFailures() {}

  static String reason(Throwable failure, DocumentType type) {
    if (isEncrypted(failure)) {
      return "encrypted " + type.label() + ", no password given";
    }
    if (isZipBomb(failure)) {
      return "refused: the content inflates far beyond the file (compression ratio over "
          + "Tika's limit), it looks like a zip bomb";
    }
    return "corrupt or unreadable " + type.label() + " (" + shortReason(failure) + ")";
  }

  private static boolean isEncrypted(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException
          || t.getClass().getSimpleName().equals("InvalidPasswordException")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isZipBomb(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return true;
      }
    }
    return false;
  }

  /** The deepest cause's message, cleaned: one line, no class names, at most 120 characters. */
  static String shortReason(Throwable failure) {
    String reason = null;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
      String message = t.getMessage();
      if (message != null && !clean(message).isEmpty()) {
        reason = clean(message);
      }
    }
    if (reason == null) {
      return "no detail given";
    }
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
  }

  private static String clean(String message) {
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return CLASS_NAME.matcher(oneLine).replaceAll("").strip();
  }
}
