package se.namndkoll.ingest.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.SectionKind;

/**
 * The section words come from a file a kommun can read and change: the program's own copy, the
 * rules folder's, and a kommun profile's additions; a file that cannot be right says where.
 */
class SectionVocabularyTests {

  @TempDir Path dir;

  private static Optional<SectionKind> kindOf(SectionVocabulary v, String heading) {
    return v.entries().stream().filter(e -> e.pattern().matcher(heading).matches()).map(SectionVocabulary.Entry::kind)
        .findFirst();
  }

  @Test
  void aFolderWithoutASectionsFileReadsTheProgramsOwnWords() {
    SectionVocabulary v = SectionVocabulary.load(dir);

    assertThat(kindOf(v, "Barnperspektiv")).contains(SectionKind.BARNKONSEKVENSANALYS);
    assertThat(kindOf(v, "Protokollsutdrag skickas till")).contains(SectionKind.EXPEDIERAS);
    assertThat(v.proposals().matcher("Förslag till beslut").matches()).isTrue();
  }

  @Test
  void aKommunProfilesWordsAreAddedAndTriedFirst() throws IOException {
    Files.createDirectories(dir.resolve("kommuner"));
    Files.writeString(dir.resolve("kommuner/exempelby.yaml"), """
        kommun: Exempelby kommun
        sections:
          - section: barnkonsekvensanalys
            words: ['barnrättsprövning']
        """);
    SectionVocabulary v = SectionVocabulary.load(dir);

    assertThat(kindOf(v, "Barnrättsprövning")).contains(SectionKind.BARNKONSEKVENSANALYS);
    assertThat(v.entries().get(0).kind()).isEqualTo(SectionKind.BARNKONSEKVENSANALYS);
    assertThat(kindOf(v, "Beslutsunderlag")).contains(SectionKind.BESLUTSUNDERLAG);
  }

  @Test
  void theRulesFoldersOwnFileReplacesTheProgramsWords() throws IOException {
    Files.writeString(dir.resolve("sections.yaml"), """
        headings:
          - section: expedieras
            words: ['sändes till']
        """);
    SectionVocabulary v = SectionVocabulary.load(dir);

    assertThat(kindOf(v, "Sändes till")).contains(SectionKind.EXPEDIERAS);
    assertThat(kindOf(v, "Barnperspektiv")).isEmpty();
  }

  @Test
  void aFileThatCannotBeRightNamesTheFileAndTheEntry() throws IOException {
    Files.writeString(dir.resolve("sections.yaml"), "headings:\n  - section: barnsidan\n    words: ['x']\n");
    assertThatThrownBy(() -> SectionVocabulary.load(dir)).isInstanceOf(NamndkollException.class)
        .hasMessageContaining("sections.yaml").hasMessageContaining("headings[0].section: 'barnsidan' is no section");

    Files.writeString(dir.resolve("sections.yaml"), "headings:\n  - section: samverkan\n    words: ['mbl(']\n");
    assertThatThrownBy(() -> SectionVocabulary.load(dir)).isInstanceOf(NamndkollException.class)
        .hasMessageContaining("headings[0].words: 'mbl(' is not a valid pattern");

    Files.writeString(dir.resolve("sections.yaml"), "headings: [\n");
    assertThatThrownBy(() -> SectionVocabulary.load(dir)).isInstanceOf(NamndkollException.class)
        .hasMessageStartingWith(dir.resolve("sections.yaml") + ":").hasMessageContaining("not valid YAML");
  }
}
