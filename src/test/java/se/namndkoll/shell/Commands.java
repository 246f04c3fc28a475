package se.namndkoll.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.shell.ShellApplicationRunner;
import se.namndkoll.NamndkollApplication;

/**
 * Runs the program's commands in the test's own process, as a script would call them one-shot: the
 * same command-line reading, the same beans, the same exit statuses as the jar, with standard
 * output and error kept for the test. The application starts once for all tests, so that a command
 * costs what the command costs, not a JVM's start.
 *
 * <p>Paths are given absolute: the process's working folder is the project's, not the test's.
 */
final class Commands {

  private static ConfigurableApplicationContext context;
  private static CapturedConsole console;

  private Commands() {}

  /** Runs one command line; {@code workDir} is where a jar run would have started (unused here). */
  static synchronized Jar.Run run(Path workDir, String... args) {
    OneShotRunner runner = context().getBean(OneShotRunner.class);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    console.capture(new PrintWriter(out, true), new PrintWriter(err, true));
    try {
      int status = runner.execute(List.of(args));
      return new Jar.Run(status, out.toString(), err.toString());
    } finally {
      console.capture(null, null);
    }
  }

  /** A bean of the running application (the shell, for completion). */
  static synchronized <T> T bean(Class<T> type) {
    return context().getBean(type);
  }

  private static ConfigurableApplicationContext context() {
    if (context == null) {
      context = new SpringApplicationBuilder(NamndkollApplication.class, InProcess.class)
          .web(WebApplicationType.NONE)
          .properties("spring.main.allow-bean-definition-overriding=true")
          .run();
      console = context.getBean(CapturedConsole.class);
    }
    return context;
  }

  /** The beans a test run replaces: its own console, and no shell that waits for input. */
  @Configuration(proxyBeanMethods = false)
  static class InProcess {

    @Bean
    @Primary
    CapturedConsole console() {
      return new CapturedConsole();
    }

    @Bean
    ShellApplicationRunner noShell() {
      return args -> {};
    }
  }

  /** A console whose output the test reads. */
  static final class CapturedConsole extends Console {

    private volatile PrintWriter out;
    private volatile PrintWriter err;

    CapturedConsole() {
      super(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
    }

    void capture(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    protected PrintWriter out() {
      return out == null ? super.out() : out;
    }

    @Override
    protected PrintWriter err() {
      return err == null ? super.err() : err;
    }
  }
}
