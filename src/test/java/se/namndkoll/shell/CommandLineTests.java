package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.Shell;

/**
 * The command line, in-process: words without an option name anywhere, flags that take no value,
 * repeated options, usage errors with a near name and status 2, {@code --fail-on}, search without
 * a hit, completion of positional words and of option values, and the permissions of written files.
 */
class CommandLineTests {

  @TempDir Path dir;

  private final Path corpus = Path.of("corpus").toAbsolutePath();
  private final Path rules = Path.of("rules").toAbsolutePath();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void pathsStandBeforeBetweenOrAfterTheOptions() throws Exception {
    Path index = dir.resolve("index");
    Jar.Run after = Commands.run(dir, "ingest", "--rebuild", corpus.toString(), "--index", index.toString());
    assertThat(after.exitStatus()).as(after.all()).isZero();

    Path doc = corpus.resolve("von-2026-02-18-kallelse.docx");
    for (List<String> line : List.of(
        List.of("check", doc.toString(), "--format", "json", "--rules", rules.toString()),
        List.of("check", "--format", "json", doc.toString(), "--rules", rules.toString()),
        List.of("check", "--format", "json", "--rules", rules.toString(), doc.toString()),
        List.of("check", "--format=json", "--rules=" + rules, "--", doc.toString()))) {
      Jar.Run run = Commands.run(dir, line.toArray(String[]::new));
      assertThat(run.exitStatus()).as(line + run.all()).isZero();
      assertThat(json.readTree(run.stdout()).isArray()).as(line.toString()).isTrue();
    }
    Jar.Run search = Commands.run(dir, "search", "--index", index.toString(), "placering", "--format", "json", "barn");
    assertThat(search.exitStatus()).as(search.all()).isZero();
    assertThat(json.readTree(search.stdout()).get("total").asInt()).isPositive();
  }

  @Test
  void aRepeatedOptionTakesOneValueEachTimeAndLeavesThePathsAlone() throws Exception {
    Jar.Run run = Commands.run(dir, "check", "--rule", "BKA-MISSING", "--rule", "PLACEHOLDER-LEFT", corpus.toString(),
        "--format", "json", "--rules", rules.toString());

    assertThat(run.exitStatus()).as(run.all()).isZero();
    assertThat(json.readTree(run.stdout()).findValuesAsText("rule")).containsOnly("BKA-MISSING", "PLACEHOLDER-LEFT");
  }

  @Test
  void usageErrorsNameWhatIsWrongWithANearNameAndExitTwo() {
    assertUsage(Commands.run(dir, "check", "--formt", "json", corpus.toString()),
        "unknown option '--formt' for 'check'; did you mean '--format'?");
    assertUsage(Commands.run(dir, "rules", "lst"), "unknown command 'rules lst'; did you mean 'rules list'?");
    assertUsage(Commands.run(dir, "serach", "budget"), "unknown command 'serach'; did you mean 'search'?");
    assertUsage(Commands.run(dir, "assemble"), "'assemble' needs one of: kallelse, skrivelse, utdrag");
    assertUsage(Commands.run(dir, "parse"), "'parse' needs the document");
    assertUsage(Commands.run(dir, "parse", "a.pdf", "b.pdf"), "'parse' takes one argument, given 2: a.pdf b.pdf");
    assertUsage(Commands.run(dir, "check", corpus.toString(), "--format"), "--format needs a value");
    assertUsage(Commands.run(dir, "stats", "extra"), "'stats' takes options only, not 'extra'");
    assertUsage(Commands.run(dir, "ingest", "--rebuild=ja", corpus.toString()), "--rebuild is a switch");
    assertUsage(Commands.run(dir, "check", corpus.toString(), "--fail-on", "ofta"), "--fail-on takes info, warning or error");
  }

  @Test
  void failOnExitsThreeOnlyWhenAFindingIsThatGrave() {
    Path clean = corpus.resolve("ifn-su-2026-01-15-protokoll.html");
    Jar.Run none = Commands.run(dir, "check", clean.toString(), "--rule", "BUDGET-TABLE-MISMATCH", "--fail-on", "warning",
        "--rules", rules.toString());
    assertThat(none.exitStatus()).as(none.all()).isZero();

    Jar.Run found = Commands.run(dir, "check", corpus.toString(), "--fail-on", "warning", "--rules", rules.toString());
    assertThat(found.exitStatus()).as(found.stderr()).isEqualTo(3);
    assertThat(found.stdout()).contains("BKA-MISSING");

    Jar.Run ran = Commands.run(dir, "check", corpus.toString(), "--rules", rules.toString());
    assertThat(ran.exitStatus()).as(ran.stderr()).isZero();
  }

  @Test
  void aSearchWithoutHitsSaysSoAndExitsZero() throws Exception {
    Path index = dir.resolve("index");
    assertThat(Commands.run(dir, "ingest", corpus.toString(), "--index", index.toString()).exitStatus()).isZero();

    Jar.Run run = Commands.run(dir, "search", "zyxwvutsrq", "--index", index.toString());

    assertThat(run.exitStatus()).isZero();
    assertThat(run.stdout()).startsWith("0 hits");
    assertThat(run.stderr()).isEmpty();
  }

  @Test
  void versionPrintsTheVersion() {
    Jar.Run run = Commands.run(dir, "version");
    assertThat(run.exitStatus()).isZero();
    assertThat(run.stdout()).startsWith("namndkoll ");
  }

  @Test
  void fileNamesCompleteWithoutTheOptionNameAndFormatsAfterFormat() {
    Shell shell = Commands.bean(Shell.class);

    List<String> paths = values(shell.complete(new CompletionContext(List.of("check", "corp"), 1, 4, null, null)));
    assertThat(paths).contains("corpus/");

    List<String> formats = values(shell.complete(new CompletionContext(List.of("check", "--format", ""), 2, 0, null, null)));
    assertThat(formats).contains("json", "html", "sarif");

    List<String> afterIndex = values(shell.complete(new CompletionContext(List.of("search", "--index", "x"), 2, 1, null, null)));
    assertThat(afterIndex).doesNotContain("corpus/");
  }

  @Test
  void writtenFilesGetTheUsersUsualPermissions() throws Exception {
    Path plain = Files.createFile(dir.resolve("vanlig.txt"));
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);

    Path report = dir.resolve("rapport.html");
    Jar.Run check = Commands.run(dir, "check", corpus.toString(), "--format", "html", "--out", report.toString(),
        "--rules", rules.toString());
    assertThat(check.exitStatus()).as(check.all()).isZero();
    assertThat(Files.getPosixFilePermissions(report)).isEqualTo(usual);

    Path first = dir.resolve("forsta.json");
    Commands.run(dir, "check", corpus.toString(), "--format", "json", "--out", first.toString(), "--rules", rules.toString());
    String fingerprint = json.readTree(first.toFile()).get(0).get("fingerprint").asText();
    Path reviews = dir.resolve("granskat.yaml");
    Jar.Run review = Commands.run(dir, "review", fingerprint, "--comment", "Sett.", "--paths", corpus.toString(),
        "--reviews", reviews.toString(), "--rules", rules.toString());
    assertThat(review.exitStatus()).as(review.all()).isZero();
    assertThat(Files.getPosixFilePermissions(reviews)).isEqualTo(usual);
  }

  private static List<String> values(List<CompletionProposal> proposals) {
    return proposals.stream().map(CompletionProposal::value).toList();
  }

  private static void assertUsage(Jar.Run run, String message) {
    assertThat(run.exitStatus()).as(run.all()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr().lines()).singleElement().asString().startsWith("namndkoll: ").contains(message);
  }
}
