package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar's command line as people know such tools: options in any order, usage errors on
 * standard error with status 2 and a near name, {@code --help} and {@code --version}, {@code check
 * --fail-on} for CI jobs, {@code parse -}, and an interactive shell that Ctrl-C does not end and
 * that keeps its history.
 */
class CommandLineEndToEndTests {

  private static final char ESC = 0x1b;

  @TempDir Path dir;

  private final Path corpus = Path.of("corpus").toAbsolutePath();
  private final Path rules = Path.of("rules").toAbsolutePath();

  @Test
  void optionsComeInAnyOrderAndTheIndexFolderFromTheEnvironment() throws Exception {
    Path index = dir.resolve("index");
    Jar.Run between = Jar.run(dir, "ingest", "--index", index.toString(), "--rebuild", corpus.toString());
    assertThat(between.exitStatus()).as(between.all()).isZero();
    assertThat(between.stdout()).contains("Read 11 files");

    Path doc = dir.resolve("docs").resolve("skrivelse.txt");
    Files.createDirectories(doc.getParent());
    Files.writeString(doc, String.join("\n", "Dnr KN 2025-00017", "", "Ny bibliotekslokal", "", "Kulturnämndens beslut",
        "Kulturnämnden beslutar att flytta biblioteket."));
    String envIndex = dir.resolve("env-index").toString();
    Jar.Run ingest = Jar.runWithEnv(dir, "NAMNDKOLL_INDEX", envIndex, "ingest", "--rebuild", doc.getParent().toString());
    assertThat(ingest.exitStatus()).as(ingest.all()).isZero();
    Jar.Run search = Jar.runWithEnv(dir, "NAMNDKOLL_INDEX", envIndex, "search", "--limit", "3", "bibliotek");
    assertThat(search.stdout()).contains("Ny bibliotekslokal");
  }

  @Test
  void aMistypedCommandIsOneLineOnStandardErrorWithANearNameAndStatusTwo() throws Exception {
    Jar.Run run = Jar.run(dir, "chek", corpus.toString());

    assertThat(run.exitStatus()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr().strip().lines()).containsExactly("namndkoll: unknown command 'chek'; did you mean 'check'?");
    assertThat(run.stderr()).doesNotContain(String.valueOf(ESC));
  }

  @Test
  void helpAndVersionWorkOneShot() throws Exception {
    Jar.Run version = Jar.run(dir, "--version");
    assertThat(version.exitStatus()).as(version.all()).isZero();
    assertThat(version.stdout()).startsWith("namndkoll ").doesNotContain("unknown");

    Jar.Run help = Jar.run(dir, "check", "--help");
    assertThat(help.exitStatus()).as(help.all()).isZero();
    assertThat(help.stdout()).contains("--fail-on").contains("[--format VALUE]").doesNotContain(String.valueOf(ESC));
  }

  @Test
  void theLauncherRunsTheCommandsAsTheJarDoes() throws Exception {
    Jar.Run version = Jar.launch(dir, "version");
    assertThat(version.exitStatus()).as(version.all()).isZero();
    assertThat(version.stdout()).startsWith("namndkoll ");
    assertThat(version.stderr()).isEmpty();

    Jar.Run launched = Jar.launch(dir, "check", corpus.toString(), "--format", "json", "--rules", rules.toString());
    Jar.Run plain = Jar.run(dir, "check", corpus.toString(), "--format", "json", "--rules", rules.toString());
    assertThat(launched.exitStatus()).as(launched.all()).isZero();
    assertThat(launched.stdout()).isEqualTo(plain.stdout());
  }

  @Test
  void failOnMakesCheckExitThreeAfterItsReport() throws Exception {
    Jar.Run run = Jar.run(dir, "check", "--fail-on", "error", "--format", "json", corpus.toString(), "--rules",
        rules.toString());

    assertThat(run.exitStatus()).as(run.stderr()).isEqualTo(3);
    assertThat(new ObjectMapper().readTree(run.stdout()).size()).isPositive();
    assertThat(run.stderr().strip().lines()).singleElement().asString().contains("--fail-on error");
  }

  @Test
  void parseReadsStandardInput() throws Exception {
    byte[] pdf = Files.readAllBytes(corpus.resolve("ifn-2026-01-27-kallelse.pdf"));

    Jar.Run run = Jar.runWithInput(dir, pdf, "parse", "-", "--format", "json");

    assertThat(run.exitStatus()).as(run.all()).isZero();
    var doc = new ObjectMapper().readTree(run.stdout());
    assertThat(doc.get("source").asText()).isEqualTo("-");
    assertThat(doc.get("kind").asText()).isEqualTo("kallelse");
  }

  @Test
  void ctrlCStopsTheRunningCommandAndTheShellGoesOnWithItsHistoryKept() throws Exception {
    Path rulesCopy = dir.resolve("regler");
    FileSystemUtils.copyRecursively(rules, rulesCopy); // not compiled before: the check takes seconds
    Path history = dir.resolve("historik");
    ProcessBuilder pb = new ProcessBuilder(Jar.java()).directory(dir.toFile());
    pb.environment().put("NAMNDKOLL_LOG", dir.resolve("namndkoll-test.log").toString());
    pb.environment().put("NAMNDKOLL_HISTORY", history.toString());
    Process shell = pb.start();
    StringBuilder out = new StringBuilder();
    CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> collect(shell.getInputStream(), out));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(shell.getErrorStream()));
    try (OutputStream in = shell.getOutputStream()) {
      waitFor(out, "namndkoll>", 1);
      line(in, "check " + corpus + " --rules " + rulesCopy);
      Thread.sleep(1500);
      new ProcessBuilder("kill", "-INT", Long.toString(shell.pid())).start().waitFor();
      waitFor(out, "namndkoll>", 2);
      line(in, "version");
      waitFor(out, "namndkoll>", 3);
      line(in, "exit");
    }
    assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
    reading.join();
    String stderr = new String(err.join(), StandardCharsets.UTF_8);

    assertThat(shell.exitValue()).as(stderr).isZero();
    assertThat(out.toString()).contains("namndkoll 0.");
    // stopped while it ran; on a very fast machine the check was over and Ctrl-C met the prompt
    assertThat(stderr).containsAnyOf("namndkoll: stopped", "ends the shell").doesNotContain("internal error");
    assertThat(Files.readString(history)).contains("check " + corpus).contains("version");
  }

  private static void line(OutputStream in, String line) throws IOException {
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** Waits until the shell has shown its prompt this many times. */
  private static void waitFor(StringBuilder out, String prompt, int times) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < end) {
      synchronized (out) {
        if (out.toString().split(prompt, -1).length - 1 >= times) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the shell did not show its prompt " + times + " times: " + out);
  }

  private static void collect(InputStream in, StringBuilder out) {
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      char[] buffer = new char[1024];
      for (int n; (n = r.read(buffer)) > 0; ) {
        synchronized (out) {
          out.append(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
