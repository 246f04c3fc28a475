package se.namndkoll.shell;

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

  @Override
  public CommandHandlingResult resolve(Exception e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof NamndkollException) && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof NamndkollException ne) {
      LOG.debug("command failed: {}", ne.getMessage(), ne);
      return CommandHandlingResult.of("namndkoll: " + ne.getMessage() + "\n", ne.exitStatus());
    }
    LOG.error("unexpected failure", e);
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return CommandHandlingResult.of(
        "namndkoll: internal error: " + firstLine(message) + " (details in the log file)\n", NamndkollException.CANNOT_RUN);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
