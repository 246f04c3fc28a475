package se.namndkoll.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.completion.CompletionResolver;

/**
 * Completes the words a command takes without an option name ({@code check corp<Tab>}) as its
 * positional option's values are completed, so that file names complete where the README writes
 * them, not only after {@code --paths}.
 */
public class PositionalCompletion implements CompletionResolver {

  @Override
  public List<CompletionProposal> apply(CompletionContext context) {
    CommandRegistration registration = context.getCommandRegistration();
    if (registration == null) {
      return List.of();
    }
    Optional<CommandOption> positional = CommandSyntax.positional(registration);
    if (positional.isEmpty() || positional.get().getCompletion() == null) {
      return List.of();
    }
    String current = context.currentWordUpToCursor();
    if (current != null && current.startsWith("-")) {
      return List.of();
    }
    if (context.getWordIndex() > 0 && takesValue(registration, context.getWords().get(context.getWordIndex() - 1))) {
      return List.of(); // the value of the option before it, which the shell completes
    }
    CompletionContext here = context;
    if (current == null) {
      List<String> words = new ArrayList<>(context.getWords());
      while (words.size() <= context.getWordIndex()) {
        words.add("");
      }
      here = new CompletionContext(words, context.getWordIndex(), 0, registration, null);
    }
    return positional.get().getCompletion().apply(here.commandOption(positional.get()));
  }

  private static boolean takesValue(CommandRegistration registration, String word) {
    if (!word.startsWith("--")) {
      return false;
    }
    String name = word.substring(2);
    return registration.getOptions().stream()
        .filter(o -> List.of(o.getLongNames()).contains(name))
        .anyMatch(o -> !CommandSyntax.isFlag(o));
  }
}
