package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.rules.policy.Policy;
import se.namndkoll.rules.policy.PolicyFile;

/** The rules packed into the program are the project's rules folder, and its policy the defaults of every other. */
class BundledRulesTests {

  private static final Path RULES = Path.of("rules");

  @Test
  void thePackedRulesAreTheRulesFolder() throws Exception {
    List<String> expected;
    try (Stream<Path> files = Files.walk(RULES)) {
      expected = files.filter(Files::isRegularFile).map(p -> RULES.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".drl") || n.endsWith(".yaml")).sorted().toList();
    }
    Path packed = BundledRules.folder();

    assertThat(BundledRules.names(getClass().getClassLoader())).containsExactlyElementsOf(expected);
    for (String name : expected) {
      assertThat(packed.resolve(name)).as(name).hasSameBinaryContentAs(RULES.resolve(name));
    }
    assertThat(RulesCompliance.bundled().catalogue()).extracting(r -> r.id())
        .containsExactlyElementsOf(new RulesCompliance(RULES).catalogue().stream().map(r -> r.id()).toList());
  }

  @Test
  void aPolicyFileNeedsToSayOnlyWhatItChanges(@TempDir Path dir) throws Exception {
    Policy project = PolicyFile.in(RULES);

    Policy none = PolicyFile.in(dir);
    Files.writeString(dir.resolve(PolicyFile.NAME), "placeholders:\n  - 'FYLL I'\nchildren:\n  min-mentions: 2\n");
    Policy some = PolicyFile.in(dir);

    assertThat(none.placeholders().sources()).isEqualTo(project.placeholders().sources());
    assertThat(none.childWords().sources()).isEqualTo(project.childWords().sources());
    assertThat(none.bkaByNamnd()).as("the project's nämnder are no default of another kommun").isEmpty();
    assertThat(some.placeholders().sources()).containsExactly("FYLL I");
    assertThat(some.childMentions()).isEqualTo(2);
    assertThat(some.childWords().sources()).isEqualTo(project.childWords().sources());
  }

  @Test
  void aDraftIsJudgedByTheDraftSectionRules() {
    Policy project = PolicyFile.in(RULES);

    assertThat(project.sectionRule("skrivelse", "expedieras")).isEqualTo("practice");
    assertThat(project.forDrafts().sectionRule("skrivelse", "expedieras")).isEqualTo("required");
    assertThat(project.forDrafts().sectionRule("skrivelse", "samverkan")).isEqualTo("practice");
  }
}
