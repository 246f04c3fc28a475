package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;

/**
 * Rules compiled once and kept: a second load reads the kept packages and finds exactly what the
 * compiled rules find; a changed rule file is compiled again, never served stale; a broken cache
 * file is passed by.
 */
class CompiledRulesTests {

  private static List<Document> corpus;

  @TempDir Path dir;

  @BeforeAll
  static void readCorpus() {
    DocumentReader reader = DocumentReader.standard();
    corpus = new ArrayList<>();
    for (Path f : ArchiveFiles.under(List.of(Path.of("corpus")))) {
      corpus.add(reader.read(f));
    }
  }

  @Test
  void theKeptRulesFindWhatTheCompiledOnesFind() throws IOException {
    Path rules = copyOfRules();
    CompiledRules cache = new CompiledRules(dir.resolve("cache"));
    List<Finding> compiled = new RulesCompliance(rules, CompiledRules.none()).check(corpus, List.of());

    new RulesCompliance(rules, cache).load();
    assertThat(keptFiles()).hasSize(1);
    List<Finding> kept = new RulesCompliance(rules, cache).check(corpus, List.of());

    assertThat(kept).isNotEmpty().containsExactlyElementsOf(compiled);
  }

  @Test
  void aChangedRuleFileIsCompiledAgain() throws IOException {
    Path rules = copyOfRules();
    CompiledRules cache = new CompiledRules(dir.resolve("cache"));
    assertThat(new RulesCompliance(rules, cache).check(corpus, List.of())).extracting(Finding::rule).contains("BKA-MISSING");

    Path bka = rules.resolve("bka-missing.drl");
    Files.writeString(bka, Files.readString(bka, StandardCharsets.UTF_8).replace("@id(\"BKA-MISSING\")",
        "@id(\"BKA-SAKNAS\")"), StandardCharsets.UTF_8);

    List<Finding> after = new RulesCompliance(rules, cache).check(corpus, List.of());
    assertThat(after).extracting(Finding::rule).contains("BKA-SAKNAS").doesNotContain("BKA-MISSING");
    assertThat(keptFiles()).hasSize(2);
  }

  @Test
  void aBrokenKeptFileIsPassedBy() throws IOException {
    Path rules = copyOfRules();
    CompiledRules cache = new CompiledRules(dir.resolve("cache"));
    new RulesCompliance(rules, cache).load();
    for (Path kept : keptFiles()) {
      Files.write(kept, new byte[] {1, 2, 3});
    }

    List<Finding> findings = new RulesCompliance(rules, cache).check(corpus, List.of());

    assertThat(findings).extracting(Finding::rule).contains("BKA-MISSING");
  }

  private Path copyOfRules() throws IOException {
    Path rules = dir.resolve("rules");
    FileSystemUtils.copyRecursively(Path.of("rules"), rules);
    return rules;
  }

  private List<Path> keptFiles() throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
      return s.filter(p -> p.toString().endsWith(".bin")).toList();
    }
  }
}
