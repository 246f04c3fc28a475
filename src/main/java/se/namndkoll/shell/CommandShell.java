package se.namndkoll.shell;

import java.util.List;
import org.jline.terminal.Terminal;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.exit.ExitCodeMappings;

/**
 * The shell, with one more way in: run one command line and get what it returned, as the one-shot
 * runner needs, instead of a loop whose exit status outlives the run (it would leak into the next
 * command of a test that runs many in one process).
 */
public class CommandShell extends Shell {

  public CommandShell(ResultHandlerService results, CommandCatalog catalog, Terminal terminal, ShellContext context,
      ExitCodeMappings exitCodeMappings) {
    super(results, catalog, terminal, context, exitCodeMappings);
  }

  /** Runs the words as one command: its result, the failure the shell found, or null. */
  public Object execute(List<String> words) {
    return evaluate(OneShotRunner.words(words));
  }
}
