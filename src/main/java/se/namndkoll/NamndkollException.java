package se.namndkoll;

/**
 * A problem the user can cause or mend: a missing file, an unreadable PDF, a bad rule file, bad
 * template data. Its message is one line that says what and where; the shell prints it without a
 * stack trace and exits with {@link #exitStatus()}.
 */
public class NamndkollException extends RuntimeException {

  /** The command could not run (OUTPUT.md: exit status 1). */
  public static final int CANNOT_RUN = 1;

  /** check --fail-on found a finding of the severity it was told to fail on (exit status 3). */
  public static final int FINDINGS_FOUND = 3;

  /** The command was used wrongly (OUTPUT.md: exit status 2). */
  public static final int BAD_USAGE = 2;

  private final int exitStatus;

  public NamndkollException(String message) {
    this(message, CANNOT_RUN, null);
  }

  public NamndkollException(String message, Throwable cause) {
    this(message, CANNOT_RUN, cause);
  }

  public NamndkollException(String message, int exitStatus, Throwable cause) {
    super(message, cause);
    this.exitStatus = exitStatus;
  }

  public static NamndkollException badUsage(String message) {
    return new NamndkollException(message, BAD_USAGE, null);
  }

  public int exitStatus() {
    return exitStatus;
  }
}
