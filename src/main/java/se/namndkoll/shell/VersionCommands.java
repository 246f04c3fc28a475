package se.namndkoll.shell;

import se.namndkoll.config.About;
import org.springframework.shell.command.annotation.Command;

/** {@code version}: which namndkoll this is, and on which Java. */
@Command(group = "Built-In Commands")
public class VersionCommands {

  private final Console console;

  public VersionCommands(Console console) {
    this.console = console;
  }

  @Command(command = "version", description = "Show the version of namndkoll and of the Java it runs on.")
  public void version() {
    console.print("namndkoll " + About.version() + " (Java " + Runtime.version().feature() + ")");
  }
}
