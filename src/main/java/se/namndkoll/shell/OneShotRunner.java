package se.namndkoll.shell;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.shell.Input;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.NonInteractiveShellRunner;
import se.namndkoll.NamndkollException;

/**
 * Runs the one command given on the program's command line, as a script calls it, and keeps its
 * exit status for the process: 0 when it ran, 1 when it could not run, 2 for bad usage, 3 when
 * {@code check --fail-on} found what it was told to fail on, 130 when stopped by Ctrl-C.
 */
@Order(NonInteractiveShellRunner.PRECEDENCE)
public class OneShotRunner implements ShellRunner, ExitCodeGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(OneShotRunner.class);

  private final CommandShell shell;
  private final ShellContext context;
  private final CommandSyntax syntax;
  private final ShellErrors errors;
  private final ResultHandlerService results;
  private final Console console;
  private volatile int exitStatus;

  public OneShotRunner(CommandShell shell, ShellContext context, CommandSyntax syntax, ShellErrors errors,
      ResultHandlerService results, Console console) {
    this.shell = shell;
    this.context = context;
    this.syntax = syntax;
    this.errors = errors;
    this.results = results;
    this.console = console;
  }

  @Override
  public boolean run(String[] args) {
    if (args.length == 0) {
      return false;
    }
    exitStatus = execute(List.of(args));
    return true;
  }

  /** Runs one command line and says how it ended. */
  public int execute(List<String> args) {
    CommandSyntax.Line line = syntax.read(args);
    if (line instanceof CommandSyntax.Usage usage) {
      console.error(usage.message() + (usage.command() == null ? "" : " (namndkoll help " + usage.command() + ")"));
      return NamndkollException.BAD_USAGE;
    }
    List<String> words = ((CommandSyntax.Run) line).words();
    context.setInteractionMode(InteractionMode.NONINTERACTIVE);
    errors.takeExitStatus();
    Object result;
    try {
      result = shell.execute(words);
      results.handle(result);
    } catch (RuntimeException e) {
      LOG.error("unexpected failure", e);
      console.error(ShellErrors.internal(e));
      return NamndkollException.CANNOT_RUN;
    }
    if (result instanceof CommandParserExceptionsException) {
      return NamndkollException.BAD_USAGE; // its messages are printed by ShellResults
    }
    if (result instanceof Throwable t) {
      return ShellErrors.interrupted(t) ? ShellErrors.STOPPED : NamndkollException.CANNOT_RUN;
    }
    return errors.takeExitStatus();
  }

  @Override
  public int getExitCode() {
    return exitStatus;
  }

  /** An input of words already split: each word stays one, spaces and quotes in it and all. */
  static Input words(List<String> words) {
    return new Input() {
      @Override
      public String rawText() {
        return String.join(" ", words);
      }

      @Override
      public List<String> words() {
        return words;
      }
    };
  }
}
