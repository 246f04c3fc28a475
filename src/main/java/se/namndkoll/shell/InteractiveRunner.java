package se.namndkoll.shell;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.core.annotation.Order;
import org.springframework.shell.ExitRequest;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.InteractiveShellRunner;
import org.springframework.shell.jline.PromptProvider;

/**
 * The interactive shell, started without a command: each line is read as a one-shot command line
 * is ({@link CommandSyntax}), a usage error is one line and a new prompt, Ctrl-C stops the running
 * command or clears the line and never ends the shell; {@code exit} or Ctrl-D does.
 */
@Order(InteractiveShellRunner.PRECEDENCE)
public class InteractiveRunner implements ShellRunner {

  private final LineReader reader;
  private final PromptProvider prompt;
  private final Shell shell;
  private final ShellContext context;
  private final CommandSyntax syntax;
  private final Console console;

  public InteractiveRunner(LineReader reader, PromptProvider prompt, Shell shell, ShellContext context,
      CommandSyntax syntax, Console console) {
    this.reader = reader;
    this.prompt = prompt;
    this.shell = shell;
    this.context = context;
    this.syntax = syntax;
    this.console = console;
  }

  @Override
  public boolean run(String[] args) throws Exception {
    if (args.length > 0) {
      return false;
    }
    context.setInteractionMode(InteractionMode.INTERACTIVE);
    shell.run(new Lines());
    return true;
  }

  /** The lines typed at the prompt, each read into words the shell runs. */
  private final class Lines implements InputProvider {

    private boolean toldHowToEnd;

    @Override
    public Input readInput() {
      while (true) {
        try {
          reader.readLine(prompt.getPrompt().toAnsi(reader.getTerminal()));
        } catch (UserInterruptException e) {
          if (e.getPartialLine().isEmpty() && !toldHowToEnd) {
            console.error("exit (or Ctrl-D) ends the shell");
            toldHowToEnd = true;
          }
          continue;
        } catch (EndOfFileException e) {
          throw new ExitRequest(0);
        }
        CommandSyntax.Line line = syntax.read(reader.getParsedLine().words());
        if (line instanceof CommandSyntax.Usage usage) {
          console.error(usage.message() + (usage.command() == null ? "" : " (help " + usage.command() + ")"));
          continue;
        }
        return OneShotRunner.words(((CommandSyntax.Run) line).words());
      }
    }
  }
}
