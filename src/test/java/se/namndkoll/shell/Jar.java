package se.namndkoll.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar's commands as a script would, and keeps what they printed. */
final class Jar {

  /** What one run printed and how it ended. */
  record Run(int exitStatus, String stdout, String stderr) {
    String all() {
      return stdout + stderr;
    }
  }

  private Jar() {}

  static Path jar() {
    return Path.of(System.getProperty("namndkoll.jar", "target/namndkoll.jar"));
  }

  static Run run(Path workDir, String... args) throws IOException, InterruptedException {
    return runWithEnv(workDir, null, null, args);
  }

  /** Runs with one environment variable set (a null name sets none). */
  static Run runWithEnv(Path workDir, String name, String value, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar().toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().put("NAMNDKOLL_LOG", workDir.resolve("namndkoll-test.log").toString());
    if (name != null) {
      pb.environment().put(name, value);
    }
    Process p = pb.start();
    p.getOutputStream().close();
    var out = p.getInputStream().readAllBytes();
    var err = p.getErrorStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("namndkoll did not finish: " + command);
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }
}
