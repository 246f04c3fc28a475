package se.namndkoll.ingest.extract;

import java.nio.file.Path;
import se.namndkoll.NamndkollException;

/**
 * A file whose text cannot be extracted. Its message is the file and the reason
 * ({@code "corpus/x.pdf: encrypted PDF, no password given"}); {@link #reason()} is the reason alone,
 * for those that name the file themselves.
 */
public final class UnreadableFileException extends NamndkollException {

  private final transient Path file;
  private final String reason;

  public UnreadableFileException(Path file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  /** Why the file cannot be read, without its name. */
  public String reason() {
    return reason;
  }
}
