package se.namndkoll;

import java.util.List;
import org.springframework.shell.CompletionProposal;
import se.namndkoll.rules.RulesCompliance;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.shell.standard.FileValueProvider;
import org.springframework.context.annotation.Configuration;
import se.namndkoll.index.IngestService;
import se.namndkoll.index.SolrCollections;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.shell.Console;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.context.ShellContext;
import org.jline.terminal.Terminal;
import org.springframework.shell.config.ShellConversionServiceSupplier;
import org.springframework.shell.exit.ExitCodeMappings;
import se.namndkoll.shell.CommandShell;
import se.namndkoll.shell.CommandSyntax;
import se.namndkoll.shell.InteractiveRunner;
import se.namndkoll.shell.OneShotRunner;
import se.namndkoll.shell.PositionalCompletion;
import se.namndkoll.shell.ShellResults;
import se.namndkoll.shell.ShellErrors;

/** Wires the services the commands call. */
@Configuration(proxyBeanMethods = false)
public class NamndkollConfiguration {

  @Bean
  Console console() {
    return Console.standard();
  }

  @Bean
  ShellErrors shellErrors(Console console) {
    return new ShellErrors(console);
  }

  @Bean
  CommandSyntax commandSyntax(CommandCatalog catalog) {
    return new CommandSyntax(catalog);
  }

  /** A command given on the program's command line: run it and exit with its status. */
  @Bean
  OneShotRunner oneShotRunner(CommandShell shell, ShellContext context, CommandSyntax syntax, ShellErrors errors,
      ResultHandlerService results, Console console) {
    return new OneShotRunner(shell, context, syntax, errors, results, console);
  }

  /** The shell, able to run one command line and say how it ended. */
  @Bean
  @Primary
  CommandShell commandShell(ResultHandlerService results, CommandCatalog catalog, Terminal terminal,
      ShellConversionServiceSupplier conversions, ShellContext context, ExitCodeMappings exitCodeMappings) {
    CommandShell shell = new CommandShell(results, catalog, terminal, context, exitCodeMappings);
    shell.setConversionService(conversions.get());
    return shell;
  }

  /** No command given: the interactive shell. */
  @Bean
  InteractiveRunner interactiveRunner(LineReader reader, PromptProvider prompt, Shell shell, ShellContext context,
      CommandSyntax syntax, Console console) {
    return new InteractiveRunner(reader, prompt, shell, context, syntax, console);
  }

  /** Failures the shell itself finds go to standard error as plain lines; help and the like as before. */
  @Bean
  @Primary
  ResultHandlerService shellResults(@Qualifier("resultHandlerService") ResultHandlerService standard, Console console) {
    return new ShellResults(standard, console);
  }

  @Bean
  PositionalCompletion positionalCompletion() {
    return new PositionalCompletion();
  }

  @Bean
  CompletionProvider tableOrJson() {
    return values("table", "json");
  }

  @Bean
  CompletionProvider findingFormats() {
    return values("table", "json", "csv", "xlsx", "html", "sarif", "pdf");
  }

  @Bean
  CompletionProvider templateKinds() {
    return values("skrivelse", "tjansteskrivelse", "utdrag", "kallelse");
  }

  @Bean
  CompletionProvider severities() {
    return values("info", "warning", "error");
  }

  private static CompletionProvider values(String... values) {
    List<CompletionProposal> proposals = java.util.Arrays.stream(values).map(CompletionProposal::new).toList();
    return context -> proposals;
  }

  /** Completes file names for the options that take a file or folder. */
  @Bean
  CompletionProvider files() {
    FileValueProvider files = new FileValueProvider();
    return files::complete;
  }

  @Bean
  PromptProvider prompt() {
    return () -> new AttributedString("namndkoll> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
  }

  @Bean
  DocumentReader documentReader() {
    return DocumentReader.standard();
  }

  /** The rules of the rules folder, compiled the first time a command needs them. */
  @Bean
  RulesCompliance rulesCompliance(NamndkollProperties properties) {
    return new RulesCompliance(properties.rules());
  }

  /** Completes rule ids from the rules folder's catalogue. */
  @Bean
  CompletionProvider ruleIds(RulesCompliance rules) {
    return context -> {
      try {
        return rules.catalogue().stream().map(r -> new CompletionProposal(r.id())).toList();
      } catch (RuntimeException e) {
        return List.of();
      }
    };
  }

  @Bean
  IngestService ingestService(DocumentReader reader) {
    return new IngestService(reader);
  }

  @Bean
  SolrCollections solrCollections() {
    return new SolrCollections();
  }
}
