package se.namndkoll.shell;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import se.namndkoll.NamndkollException;

/**
 * The one place where a command's errors reach the user: one line on standard error saying what
 * and where, the exit status of OUTPUT.md, the stack trace to the log file only. A command stopped
 * by Ctrl-C is "stopped", not an error.
 */
public class ShellErrors implements CommandExceptionResolver {

  /** The exit status of a command stopped by Ctrl-C, as shells report a process ended by SIGINT. */
  public static final int STOPPED = 130;

  private static final Logger LOG = LoggerFactory.getLogger(ShellErrors.class);

  private final Console console;
  private volatile int exitStatus;

  public ShellErrors(Console console) {
    this.console = console;
  }

  @Override
  public CommandHandlingResult resolve(Exception e) {
    if (interrupted(e)) {
      Thread.interrupted();
      LOG.debug("command stopped", e);
      return fail("stopped", STOPPED);
    }
    Throwable cause = e;
    while (cause != null && !(cause instanceof NamndkollException) && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof NamndkollException ne) {
      LOG.debug("command failed: {}", ne.getMessage(), ne);
      return fail(ne.getMessage(), ne.exitStatus());
    }
    LOG.error("unexpected failure", e);
    return fail(internal(e), NamndkollException.CANNOT_RUN);
  }

  /** The one line a failure nobody foresaw gets; its stack trace goes to the log file. */
  static String internal(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    return "internal error: " + message + " (details in the log file)";
  }

  /** Whether a failure is the command's thread being interrupted (Ctrl-C), however it was wrapped. */
  public static boolean interrupted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InterruptedException || t instanceof ClosedByInterruptException
          || t instanceof InterruptedIOException) {
        return true;
      }
    }
    return Thread.currentThread().isInterrupted();
  }

  /** The exit status of the last failure, 0 if none since the last call; and forgets it. */
  public int takeExitStatus() {
    int status = exitStatus;
    exitStatus = 0;
    return status;
  }

  private CommandHandlingResult fail(String message, int status) {
    console.error(message);
    exitStatus = status;
    return CommandHandlingResult.of(null, status);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
