package se.namndkoll.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandParser.CommandParserException;

/**
 * What the shell does with a command's result: the commands print their own output, so what is
 * left are failures the shell itself found (an option value it cannot convert, a missing option),
 * which go to standard error as plain lines, and the results of the built-in commands ({@code help}),
 * which the shell's own handlers print.
 */
public class ShellResults implements ResultHandlerService {

  private static final Logger LOG = LoggerFactory.getLogger(ShellResults.class);

  private final ResultHandlerService standard;
  private final Console console;

  public ShellResults(ResultHandlerService standard, Console console) {
    this.standard = standard;
    this.console = console;
  }

  @Override
  public void handle(Object result) {
    handle(result, result == null ? null : TypeDescriptor.forObject(result));
  }

  @Override
  public void handle(Object result, TypeDescriptor resultType) {
    if (result == null) {
      return;
    }
    if (result instanceof CommandParserExceptionsException e) {
      for (CommandParserException p : e.getParserExceptions()) {
        console.error(p.getMessage());
      }
      return;
    }
    if (result instanceof Throwable t) {
      if (ShellErrors.interrupted(t)) {
        Thread.interrupted();
        console.error("stopped");
      } else {
        LOG.error("unexpected failure", t);
        console.error(ShellErrors.internal(t));
      }
      return;
    }
    standard.handle(result, resultType);
  }
}
