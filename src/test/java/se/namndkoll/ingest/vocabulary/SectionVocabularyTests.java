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
    return v.entries().stream().filter(e -> e.headings().matches(heading)).map(SectionVocabulary.Entry::kind)
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

  @Test
  void theSecrecyWordsMarkAMarkerNotTheWord() {
    SekretessWords w = SectionVocabulary.load(dir).sekretess();

    assertThat(w.marked("Ansökan om vård enligt LVU (sekretess)")).isTrue();
    assertThat(w.marked("Delegationsbeslut inom individ- och familjeomsorgen, sekretess")).isTrue();
    assertThat(w.marked("Sekretess: Ansökan om kontaktfamilj")).isTrue();
    assertThat(w.marked("Utbildning i offentlighet och sekretess")).isFalse();
    assertThat(w.marked("Riktlinje för sekretess och tystnadsplikt")).isFalse();
    assertThat(w.withoutMarks("Ansökan om vård enligt LVU (sekretess)")).isEqualTo("Ansökan om vård enligt LVU");
    assertThat(w.isCell("Sekretessärende.")).isTrue();
    assertThat(w.isCell("offentlighet och sekretess")).as("a title's second line").isFalse();
    assertThat(w.statement("Uppgifterna i ärendet omfattas av sekretess enligt 26 kap. 1 § OSL.")).isTrue();
    assertThat(w.statement("Handlingen är sekretessbelagd.")).isTrue();
    assertThat(w.statement("Rapport om att personal lämnat ut sekretessbelagd information.")).isFalse();
    assertThat(w.statement("Dörrarna stängs när nämnden behandlar ärenden som omfattas av sekretess enligt OSL.")).isFalse();
  }

  @Test
  void aSectionsFileWithoutSecrecyWordsKeepsTheProgramsOwn() throws IOException {
    Files.writeString(dir.resolve("sections.yaml"), """
        headings:
          - section: expedieras
            words: ['sändes till']
        """);
    assertThat(SectionVocabulary.load(dir).sekretess().marked("Ansökan om vård (sekretess)")).isTrue();

    Files.writeString(dir.resolve("sections.yaml"), """
        secrecy:
          marks: ['\\(hemligt\\)']
        """);
    SekretessWords own = SectionVocabulary.load(dir).sekretess();
    assertThat(own.marked("Ansökan om vård (hemligt)")).isTrue();
    assertThat(own.marked("Ansökan om vård (sekretess)")).isFalse();
  }

  @Test
  void aSecrecyPatternThatDoesNotCompileIsNamed() throws IOException {
    Files.writeString(dir.resolve("sections.yaml"), "secrecy:\n  statements: ['enligt (OSL']\n");
    assertThatThrownBy(() -> SectionVocabulary.load(dir)).isInstanceOf(NamndkollException.class)
        .hasMessageContaining("sections.yaml").hasMessageContaining("secrecy.statements: 'enligt (OSL' is not a valid pattern");
  }

  @Test
  void templateTextIsThePolicysPlaceholdersAndTemplateText() throws IOException {
    SectionVocabulary own = SectionVocabulary.load(dir);
    assertThat(own.templateText().find("Datum: ÅÅÅÅ-MM-DD")).as("a placeholder of policy.yaml").isTrue();
    assertThat(own.templateText().find("[Organisation/Person]")).as("template text of policy.yaml").isTrue();
    assertThat(own.templateText().find("Kultur- och fritidsnämnden")).isFalse();

    Files.writeString(dir.resolve("policy.yaml"), "placeholders:\n  - 'FYLL I'\n");
    SectionVocabulary kommun = SectionVocabulary.load(dir);
    assertThat(kommun.templateText().find("Mottagare: FYLL I")).isTrue();
    assertThat(kommun.templateText().find("Datum: ÅÅÅÅ-MM-DD")).as("the kommun's placeholders replace the list").isFalse();
    assertThat(kommun.templateText().find("[Organisation/Person]")).as("template-text kept from the program").isTrue();
  }
}
