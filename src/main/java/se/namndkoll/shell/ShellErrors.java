package se.namndkoll.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import se.namndkoll.NamndkollException;

/**
 * The one place where errors reach the user: one line saying what and where, the exit status of
 * OUTPUT.md, the stack trace to the log file only.
 */
public class ShellErrors implements CommandExceptionResolver {

  private static final Logger LOG = LoggerFactory.getLogger(ShellErrors.class);

  private final PrintWriter err;

  public ShellErrors(PrintWriter err) {
    this.err = err;
  }

  public static ShellErrors toStderr() {
    return new ShellErrors(
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
  }

  @Override
  public CommandHandlingResult resolve(Exception e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof NamndkollException) && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof NamndkollException ne) {
      LOG.debug("command failed: {}", ne.getMessage(), ne);
      return fail(ne.getMessage(), ne.exitStatus());
    }
    LOG.error("unexpected failure", e);
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return fail("internal error: " + firstLine(message) + " (details in the log file)", NamndkollException.CANNOT_RUN);
  }

  /**
   * The message goes to standard error, so that standard output stays clean for scripts; a control
   * character in it (a newline in a file name) is escaped, so that it stays one line.
   */
  private CommandHandlingResult fail(String message, int exitStatus) {
    err.println("namndkoll: " + se.namndkoll.report.Shown.line(message));
    err.flush();
    return CommandHandlingResult.of(null, exitStatus);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
