package se.namndkoll.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.RuleEngine;

/**
 * RULES.md, the rules reference reports link to, is what the rule files say of themselves: it is
 * generated from {@code rules/} and must not drift from it. Run with
 * {@code -Dnamndkoll.golden.update=true} to write it anew.
 */
class RulesReferenceTests {

  private static final Path RULES = Path.of("rules");
  private static final Path REFERENCE = Path.of("RULES.md");

  @Test
  void rulesMdIsWhatTheRuleFilesSay() throws Exception {
    String generated = RuleReports.reference(RuleEngine.compile(RULES).rules(), RULES);
    if (Boolean.getBoolean("namndkoll.golden.update")) {
      Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
        .as("RULES.md is generated from rules/: run this test with -Dnamndkoll.golden.update=true")
        .isEqualTo(generated);
  }

  @Test
  void hasASectionPerRuleIdWithItsNameAndDescription() throws Exception {
    String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);

    assertThat(reference).contains("\n## BKA-MISSING\n", "\n## PERSONNUMMER-EXPOSED\n", "(#bka-missing)")
        .contains("**Barnkonsekvensanalys saknas**")
        .contains("- En skrivelse med beslut saknar barnkonsekvensanalys fast ärendet rör barn")
        .contains("- Fil: `rules/bka-missing.drl`");
    assertThat(reference).as("no personnummer in clear, not even an example's").doesNotContain("19850312-2486");
    assertThat(reference.split("\n## ", -1)).hasSize(1 + 21);
  }
}
