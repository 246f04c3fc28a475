package se.namndkoll;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.shell.command.annotation.CommandScan;

/**
 * namndkoll: reads Swedish municipal committee documents, checks them for compliance and writes
 * new ones. Started with no arguments it opens an interactive shell; with a command it runs that
 * command and exits with its status.
 */
@SpringBootApplication
@CommandScan
@ConfigurationPropertiesScan
public class NamndkollApplication {

  public static void main(String[] args) {
    System.exit(SpringApplication.exit(SpringApplication.run(NamndkollApplication.class, args)));
  }
}
