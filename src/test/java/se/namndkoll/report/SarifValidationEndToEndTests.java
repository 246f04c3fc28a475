package se.namndkoll.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF report of the packaged jar validated by the SARIF SDK's own validator (the OASIS 2.1.0
 * schema and its rules), where CI has installed it: {@code .ci/run} installs
 * {@code @microsoft/sarif-multitool} from the npm registry and names it in
 * {@code NAMNDKOLL_SARIF_MULTITOOL}. Without it the test is skipped.
 */
class SarifValidationEndToEndTests {

  @TempDir Path dir;

  @Test
  void theSarifOfTheCorpusIsValidSarif() throws Exception {
    String tool = System.getenv("NAMNDKOLL_SARIF_MULTITOOL");
    assumeTrue(tool != null && Files.isExecutable(Path.of(tool)),
        "the SARIF multitool is not installed (NAMNDKOLL_SARIF_MULTITOOL); .ci/run installs it");
    Path sarif = dir.resolve("fynd.sarif");
    Path jar = Path.of(System.getProperty("namndkoll.jar", "target/namndkoll.jar")).toAbsolutePath();
    int checked = run(List.of("java", "-jar", jar.toString(), "check", Path.of("corpus").toAbsolutePath().toString(),
        "--rules", Path.of("rules").toAbsolutePath().toString(), "--format", "sarif", "--out", sarif.toString()));
    assertThat(checked).isZero();

    Path validation = dir.resolve("validering.sarif");
    int validated = run(List.of(tool, "validate", sarif.toString(), "--output", validation.toString(), "--log",
        "ForceOverwrite"));

    assertThat(validated).isZero();
    List<String> errors = new ArrayList<>();
    for (JsonNode result : new ObjectMapper().readTree(validation.toFile()).path("runs").path(0).path("results")) {
      if (result.path("level").asText("warning").equals("error")) {
        errors.add(result.path("ruleId").asText() + ": " + result.path("message").path("text").asText());
      }
    }
    assertThat(errors).isEmpty();
  }

  private int run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("utdata.txt").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    return p.exitValue();
  }
}
