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
import se.namndkoll.ingest.DocumentReader;
import org.springframework.shell.boot.NonInteractiveShellRunnerCustomizer;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.shell.Console;
import se.namndkoll.shell.OneShotLine;
import se.namndkoll.shell.ShellErrors;

/** Wires the services the commands call. */
@Configuration(proxyBeanMethods = false)
public class NamndkollConfiguration {

  @Bean
  Console console() {
    return Console.stdout();
  }

  @Bean
  ShellErrors shellErrors() {
    return ShellErrors.toStderr();
  }

  /** Completes file names for the options that take a file or folder. */
  @Bean
  CompletionProvider files() {
    FileValueProvider files = new FileValueProvider();
    return files::complete;
  }

  /** A one-shot run passes each argument on whole, quotes in it and all. */
  @Bean
  NonInteractiveShellRunnerCustomizer oneShotArguments() {
    return runner -> runner.setCommandsFromArgs(OneShotLine::of);
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
}
