package se.namndkoll.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.annotation.Option;

/**
 * Reads a command line the way people expect of a command-line tool, before the shell's own parser
 * sees it: options in any order, the words without an option name (paths, a query) before, between
 * or after them, flags that never take the next word as their value, {@code --name=value},
 * {@code --} before words that start with a dash, {@code --help} and {@code --version} anywhere.
 * What it cannot run is a usage error with a near name to try ("did you mean …").
 *
 * <p>An option that takes several values takes one per occurrence ({@code --rule A --rule B}, or
 * {@code --rule A,B} where the command splits them), so that it never swallows the paths after it;
 * only the positional option, when named, takes the words up to the next option.
 *
 * <p>The line it gives on names every option, with the command's positional words last, so the
 * shell's parser binds each word to its option without guessing.
 */
public final class CommandSyntax {

  /** What a line is: words for the shell's parser, or a usage error. */
  public sealed interface Line permits Run, Usage {}

  /** The words to run, in the order the shell's parser reads them. */
  public record Run(List<String> words) implements Line {}

  /** Why the line cannot run, in one line, and the command it was meant for (null if unknown). */
  public record Usage(String message, String command) implements Line {}

  private static final String OWN_PACKAGE = "se.namndkoll.";

  private final CommandCatalog catalog;

  public CommandSyntax(CommandCatalog catalog) {
    this.catalog = catalog;
  }

  /** Reads the words of one command line. */
  public Line read(List<String> given) {
    List<String> words = given.stream().filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      return new Run(List.of());
    }
    String first = words.get(0);
    if (first.equals("--help") || first.equals("-h")) {
      return new Run(List.of("help"));
    }
    if (first.equals("--version") || first.equals("-V")) {
      return new Run(List.of("version"));
    }
    Map<String, CommandRegistration> registrations = catalog.getRegistrations();
    Optional<String> command = longestCommand(words, registrations);
    if (command.isEmpty()) {
      return unknownCommand(words, registrations);
    }
    CommandRegistration registration = registrations.get(command.get());
    List<String> commandWords = List.of(command.get().split(" "));
    List<String> rest = words.subList(commandWords.size(), words.size());
    if (rest.stream().takeWhile(w -> !w.equals("--")).anyMatch(w -> w.equals("--help") || w.equals("-h"))) {
      List<String> help = new ArrayList<>(List.of("help"));
      help.addAll(commandWords);
      return new Run(help);
    }
    if (!isOwn(registration)) {
      List<String> run = new ArrayList<>(commandWords);
      run.addAll(rest);
      return new Run(run);
    }
    return readOptions(command.get(), commandWords, registration, rest);
  }

  private Line readOptions(String command, List<String> commandWords, CommandRegistration registration,
      List<String> rest) {
    Map<String, CommandOption> byName = new LinkedHashMap<>();
    for (CommandOption o : registration.getOptions()) {
      for (String n : o.getLongNames()) {
        byName.put("--" + n, o);
      }
      for (Character c : o.getShortNames()) {
        byName.put("-" + c, o);
      }
    }
    Optional<CommandOption> positional = positional(registration);
    Map<CommandOption, List<String>> values = new LinkedHashMap<>();
    List<String> loose = new ArrayList<>();
    boolean onlyWords = false;
    for (int i = 0; i < rest.size(); i++) {
      String word = rest.get(i);
      if (onlyWords || !looksLikeOption(word)) {
        loose.add(word);
        continue;
      }
      if (word.equals("--")) {
        onlyWords = true;
        continue;
      }
      int eq = word.indexOf('=');
      String name = eq > 0 ? word.substring(0, eq) : word;
      CommandOption option = byName.containsKey(name) ? byName.get(name) : byName.get(name.toLowerCase(Locale.ROOT));
      if (option == null) {
        return new Usage("unknown option '" + name + "' for '" + command + "'"
            + NearNames.suggestion(name, new TreeSet<>(byName.keySet().stream().filter(k -> k.startsWith("--")).toList())),
            command);
      }
      String shown = "--" + option.getLongNames()[0];
      List<String> taken = values.computeIfAbsent(option, o -> new ArrayList<>());
      if (isFlag(option)) {
        if (eq > 0) {
          String v = word.substring(eq + 1).toLowerCase(Locale.ROOT);
          if (!v.equals("true") && !v.equals("false")) {
            return new Usage(shown + " is a switch: give it alone, without a value", command);
          }
          if (v.equals("false")) {
            values.remove(option);
          }
        }
        continue;
      }
      if (eq > 0) {
        taken.add(word.substring(eq + 1));
      } else if (takesMany(option) && positional.filter(p -> p == option).isPresent()) {
        // the positional option named: it takes the words up to the next option ("--paths a b")
        int before = taken.size();
        while (i + 1 < rest.size() && !looksLikeOption(rest.get(i + 1))) {
          taken.add(rest.get(++i));
        }
        if (taken.size() == before && option.getArityMin() > 0) {
          return new Usage(shown + " needs a value", command);
        }
      } else if (i + 1 < rest.size() && !rest.get(i + 1).equals("--")) {
        taken.add(rest.get(++i));
      } else {
        return new Usage(shown + " needs a value", command);
      }
      if (!takesMany(option) && taken.size() > 1) {
        return new Usage(shown + " takes one value, given " + taken.size() + " times", command);
      }
    }
    if (!loose.isEmpty()) {
      if (positional.isEmpty()) {
        return new Usage("'" + command + "' takes options only, not '" + loose.get(0) + "'", command);
      }
      CommandOption p = positional.get();
      List<String> taken = values.computeIfAbsent(p, o -> new ArrayList<>());
      taken.addAll(loose);
      if (!takesMany(p) && taken.size() > 1) {
        return new Usage("'" + command + "' takes one argument, given " + taken.size() + ": "
            + String.join(" ", taken), command);
      }
    }
    if (positional.isPresent() && positional.get().isRequired() && values.getOrDefault(positional.get(), List.of()).isEmpty()) {
      return new Usage("'" + command + "' needs " + describe(positional.get()), command);
    }
    List<String> run = new ArrayList<>(commandWords);
    values.forEach((option, vs) -> {
      if (positional.isPresent() && option == positional.get()) {
        return;
      }
      run.add("--" + option.getLongNames()[0]);
      run.addAll(vs);
    });
    positional.filter(values::containsKey).ifPresent(p -> {
      run.add("--" + p.getLongNames()[0]);
      run.addAll(values.get(p));
    });
    return new Run(run);
  }

  /** Every command name, for completion and messages. */
  public List<String> commands() {
    return catalog.getRegistrations().entrySet().stream().filter(e -> !e.getValue().isHidden()).map(Map.Entry::getKey)
        .sorted().toList();
  }

  /** The option of a command that takes the words given without an option name, if it has one. */
  static Optional<CommandOption> positional(CommandRegistration registration) {
    if (registration.getTarget() == null || registration.getTarget().getMethod() == null) {
      return Optional.empty();
    }
    Method method = registration.getTarget().getMethod();
    for (Parameter parameter : method.getParameters()) {
      Option option = parameter.getAnnotation(Option.class);
      if (parameter.isAnnotationPresent(Positional.class) && option != null && option.longNames().length > 0) {
        String name = option.longNames()[0];
        return registration.getOptions().stream().filter(o -> List.of(o.getLongNames()).contains(name)).findFirst();
      }
    }
    return Optional.empty();
  }

  /** Whether an option is a switch, present or absent, that never takes a value. */
  static boolean isFlag(CommandOption option) {
    Class<?> type = option.getType() == null ? null : option.getType().resolve();
    return type == boolean.class || type == Boolean.class;
  }

  static boolean takesMany(CommandOption option) {
    Class<?> type = option.getType() == null ? null : option.getType().resolve();
    return (type != null && (type.isArray() || Collection.class.isAssignableFrom(type)))
        || option.getArityMax() > 1;
  }

  private static boolean looksLikeOption(String word) {
    // "-" alone is a value (standard input); "-5" is a number
    return word.startsWith("-") && word.length() > 1 && !Character.isDigit(word.charAt(1));
  }

  private static String describe(CommandOption option) {
    String d = option.getDescription();
    return d == null || d.isBlank() ? "--" + option.getLongNames()[0] : d;
  }

  private static boolean isOwn(CommandRegistration registration) {
    return registration.getTarget() != null && registration.getTarget().getBean() != null
        && registration.getTarget().getBean().getClass().getName().startsWith(OWN_PACKAGE);
  }

  private static Optional<String> longestCommand(List<String> words, Map<String, CommandRegistration> registrations) {
    String best = null;
    for (String key : registrations.keySet()) {
      String[] parts = key.split(" ");
      if (parts.length > words.size()) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < parts.length && match; i++) {
        match = parts[i].equalsIgnoreCase(words.get(i));
      }
      if (match && (best == null || parts.length > best.split(" ").length)) {
        best = key;
      }
    }
    return Optional.ofNullable(best);
  }

  private Usage unknownCommand(List<String> words, Map<String, CommandRegistration> registrations) {
    String first = words.get(0);
    List<String> subcommands = registrations.keySet().stream().filter(k -> k.startsWith(first.toLowerCase(Locale.ROOT) + " "))
        .sorted().toList();
    if (!subcommands.isEmpty()) {
      if (words.size() == 1) {
        return new Usage("'" + first + "' needs one of: "
            + String.join(", ", subcommands.stream().map(s -> s.substring(first.length() + 1)).toList()), null);
      }
      String typed = first + " " + words.get(1);
      return new Usage("unknown command '" + typed + "'" + NearNames.suggestion(typed, subcommands), null);
    }
    if (first.startsWith("-")) {
      return new Usage("a command comes first, before '" + first + "'; see 'namndkoll help'", null);
    }
    return new Usage("unknown command '" + first + "'" + NearNames.suggestion(first, commands()), null);
  }
}
