package se.namndkoll;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration;
import org.springframework.boot.autoconfigure.http.client.reactive.ClientHttpConnectorAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.shell.command.annotation.CommandScan;
import se.namndkoll.index.analysis.SwedishAnalyzers;
import se.namndkoll.ingest.extract.DocumentExtractor;

/**
 * namndkoll: reads Swedish municipal committee documents, checks them for compliance and writes
 * new ones. Started with no arguments it opens an interactive shell; with a command it runs that
 * command and exits with its status.
 */
@SpringBootConfiguration
// the web libraries of `serve` are on the class path: what Spring Boot would configure for them is
// left out of the shell's context (serve makes its own), which would otherwise start slower
@EnableAutoConfiguration(exclude = {JacksonAutoConfiguration.class, ThymeleafAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    HttpClientAutoConfiguration.class, ClientHttpConnectorAutoConfiguration.class, RestClientAutoConfiguration.class,
    RestTemplateAutoConfiguration.class})
// the web pages (se.namndkoll.web) are a context of their own, which only `serve` starts
@ComponentScan(excludeFilters = {
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.REGEX, pattern = "se\\.namndkoll\\.web\\..*")})
@CommandScan
@ConfigurationPropertiesScan
public class NamndkollApplication {

  /** Commands that read documents: for them, extraction starts warming up with the program. */
  private static final Set<String> READING_COMMANDS = Set.of("parse", "check", "ingest", "assemble");

  public static void main(String[] args) {
    // $NAMNDKOLL_LOG names the log file. Given as a property, not resolved from the environment by
    // application.properties, where (with the bean definitions worked out at build time) the
    // resolution is logged before logging is set up, and Logback says so on standard error.
    String log = System.getenv("NAMNDKOLL_LOG");
    if (log != null && !log.isBlank() && System.getProperty("logging.file.name") == null) {
      System.setProperty("logging.file.name", log);
    }
    SpringApplication app = new SpringApplication(NamndkollApplication.class);
    if (args.length > 0 && READING_COMMANDS.contains(args[0])) {
      // once logging is set up (its first calls would otherwise be reported on standard error),
      // and while the application context is built
      app.addListeners((ApplicationListener<ApplicationPreparedEvent>) event -> DocumentExtractor.warmUp());
    }
    if (args.length > 0 && args[0].equals("ingest")) {
      app.addListeners((ApplicationListener<ApplicationPreparedEvent>) event -> SwedishAnalyzers.warmUp());
    }
    System.exit(SpringApplication.exit(app.run(args)));
  }
}
