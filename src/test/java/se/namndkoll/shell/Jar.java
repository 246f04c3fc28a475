package se.namndkoll.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

  /** The command line that starts the packaged jar with these arguments. */
  static List<String> java(String... args) {
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar().toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return command;
  }

  static Run run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(workDir, null, null, new byte[0], args);
  }

  /** Runs the command through the launcher the README's commands call, {@code bin/namndkoll}. */
  static Run launch(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of("bin", "namndkoll").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return start(workDir, command, null, null, new byte[0]);
  }

  /** Runs with one environment variable set (a null name sets none). */
  static Run runWithEnv(Path workDir, String name, String value, String... args) throws IOException, InterruptedException {
    return run(workDir, name, value, new byte[0], args);
  }

  /** Runs with these bytes on standard input. */
  static Run runWithInput(Path workDir, byte[] input, String... args) throws IOException, InterruptedException {
    return run(workDir, null, null, input, args);
  }

  private static Run run(Path workDir, String name, String value, byte[] input, String... args)
      throws IOException, InterruptedException {
    return start(workDir, java(args), name, value, input);
  }

  private static Run start(Path workDir, List<String> command, String name, String value, byte[] input)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().put("NAMNDKOLL_LOG", workDir.resolve("namndkoll-test.log").toString());
    if (name != null) {
      pb.environment().put(name, value);
    }
    Process p = pb.start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    try (var in = p.getOutputStream()) {
      in.write(input);
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("namndkoll did not finish: " + command);
    }
    return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first line a long-running command ({@code cluster start}, {@code serve}) prints once it is
   * up; what it prints after is read and dropped, so that it never blocks on a full pipe.
   */
  static String firstLine(Process process) throws Exception {
    java.io.BufferedReader out = new java.io.BufferedReader(
        new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        return null;
      }
    }).get(120, TimeUnit.SECONDS);
    CompletableFuture.runAsync(() -> {
      try {
        out.transferTo(java.io.Writer.nullWriter());
      } catch (IOException e) {
        // the command has stopped
      }
    });
    return line;
  }
}
