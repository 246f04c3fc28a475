package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Finding;
import se.namndkoll.rules.policy.Policy;
import se.namndkoll.rules.policy.PolicyFile;

/** The rules folder as a revisor edits it: a broken rule, a bad policy, a rule switched off, a rule added. */
class RuleFilesTests {

  @TempDir
  Path dir;

  private Path copyOfRules() throws IOException {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules);
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      for (Path f : s.toList()) {
        Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    return rules;
  }

  @Test
  void aBrokenRuleFileNamesTheFileAndLine() throws IOException {
    Path rules = copyOfRules();
    Path file = rules.resolve("expediering-missing.drl");
    Files.writeString(file, Files.readString(file).replace("recipients == 0,", "recipients == ,"));

    assertThatThrownBy(() -> RuleEngine.compile(rules))
        .isInstanceOf(NamndkollException.class)
        .hasMessageStartingWith("the rules do not compile:")
        .hasMessageContaining(file.toString() + ":");
  }

  @Test
  void aRuleWithoutSeverityIsRefused() throws IOException {
    Path rules = copyOfRules();
    Path file = rules.resolve("signature-missing.drl");
    Files.writeString(file, Files.readString(file).replace("@severity(\"warning\")", ""));

    assertThatThrownBy(() -> RuleEngine.compile(rules)).isInstanceOf(NamndkollException.class)
        .hasMessageContaining("A skrivelse is signed by no one").hasMessageContaining("@severity");
  }

  @Test
  void aFolderWithoutRulesIsAnError() {
    assertThatThrownBy(() -> RuleEngine.compile(dir)).hasMessageContaining("no rule files");
    assertThatThrownBy(() -> RuleEngine.compile(dir.resolve("saknas"))).hasMessageContaining("no such rules folder");
  }

  @Test
  void aBadPolicyValueNamesTheSetting() throws IOException {
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, "bka:\n  namnder:\n    Socialnämnden: ibland\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PolicyFile.read(policy)).hasMessage(policy + ": bka.namnder.Socialnämnden: 'ibland' is not one of required, when-children, off");
  }

  @Test
  void brokenYamlGivesTheLine() throws IOException {
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, "budget:\n  rounding-tkr: 1\n  measures: [åtgärd\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PolicyFile.read(policy)).hasMessageStartingWith(policy + ":").hasMessageContaining("not valid YAML");
  }

  @Test
  void aPatternThatDoesNotCompileIsNamed() throws IOException {
    Path policy = dir.resolve("policy.yaml");
    Files.writeString(policy, "placeholders:\n  - '[Bilaga'\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PolicyFile.read(policy)).hasMessageContaining("placeholders: '[Bilaga' is not a valid pattern");
  }

  @Test
  void theShippedPolicyReadsAndAsksForBkaWhereChildrenAreConcerned() {
    Policy p = PolicyFile.in(Path.of("rules"));

    assertThat(p.bkaDefault()).isEqualTo("when-children");
    assertThat(p.bkaPolicy("Förskolenämnden", null)).isEqualTo("required");
    assertThat(p.childMentions("Uppföljning av familjehemsplaceringar av barn och unga")).isGreaterThanOrEqualTo(2);
    assertThat(p.childMentions("Barnkonsekvensanalys enligt barnkonventionen")).isZero();
    assertThat(p.reasoned("Ej aktuellt.")).isFalse();
    assertThat(p.reasoned("Beslutet påverkar barn som anhöriga. Förvaltningen bedömer att barnets bästa enligt artikel 3 tillgodoses eftersom stödet till familjen finns kvar.")).isTrue();
  }

  @Test
  void aRuleSwitchedOffInThePolicyReportsNothing() throws IOException {
    Path rules = copyOfRules();
    Path policy = rules.resolve("policy.yaml");
    Files.writeString(policy, Files.readString(policy).replace("disabled: []", "disabled: [budget-deficit]"));

    RulesCompliance compliance = new RulesCompliance(rules).load();
    List<Finding> findings = compliance.check(List.of(Fixtures.kallelse()), List.of());

    assertThat(findings).extracting(Finding::rule).doesNotContain("BUDGET-DEFICIT");
    assertThat(compliance.catalogue()).extracting(r -> r.id()).doesNotContain("BUDGET-DEFICIT");
  }

  @Test
  void aRuleAddedAsAFileRunsWithoutRebuilding() throws IOException {
    Path rules = copyOfRules();
    Files.writeString(rules.resolve("handlaggare-missing.drl"), """
        package se.namndkoll.rules
        import se.namndkoll.rules.facts.Skrivelse;
        global se.namndkoll.rules.Findings findings;

        rule "A skrivelse about budget"
            @id("LOCAL-BUDGET-TITLE") @severity("info")
        when
            $s : Skrivelse( title matches ".*[Bb]udget.*" )
        then
            findings.report(kcontext, $s, "Budgetärende.");
        end
        """, StandardCharsets.UTF_8);

    List<Finding> findings = new RulesCompliance(rules).check(List.of(Fixtures.kallelse()), List.of());

    assertThat(findings).filteredOn(f -> f.rule().equals("LOCAL-BUDGET-TITLE")).extracting(Finding::dnr)
        .containsExactly("2025-00033");
  }
}
