package se.namndkoll.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.ingest.extract.ExtractedText;
import se.namndkoll.ingest.extract.RawLine;
import se.namndkoll.ingest.normalise.Normaliser;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.Line;
import se.namndkoll.model.Personnummer;
import se.namndkoll.testing.SecretFixtures;

/**
 * Which ärenden the reader takes as secret: by a mark in the title or on the agenda, by what the
 * ärende's own text says, the whole document when it says so of what it does not name; never by
 * the word alone. And the personnummer it reads, masked.
 */
class SekretessReadingTests {

  private static Document parse(String name, String text) {
    List<RawLine> lines = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      lines.add(RawLine.of(l, 0));
    }
    return new Segmenter().segment(name, "text/plain", 0, new Normaliser().normalise(new ExtractedText("text/plain", 0, lines)));
  }

  private static Arende arende(Document d, String serial) {
    return d.arenden().stream().filter(a -> a.dnr() != null && a.dnr().full().contains(serial)).findFirst().orElseThrow();
  }

  private static AgendaItem item(Document d, int no) {
    return d.agenda().stream().filter(i -> i.no() == no).findFirst().orElseThrow();
  }

  private final Document protocol = parse("protokoll.txt", SecretFixtures.PROTOCOL);
  private final Document kallelse = parse("kallelse.txt", SecretFixtures.KALLELSE);

  @Test
  void aMarkAtTheEndOfATitleMakesItsArendeSecretAndIsTakenOff() {
    Arende marked = arende(protocol, "2026-00041");
    assertThat(marked.sekretess()).isTrue();
    assertThat(marked.title()).isEqualTo("Ansökan om försörjningsstöd för Tova Lindqvist 19850312-2486");

    Arende comma = arende(protocol, "2026-00042");
    assertThat(comma.sekretess()).isTrue();
    assertThat(comma.title()).isEqualTo("Delegationsbeslut inom individ- och familjeomsorgen");
    assertThat(protocol.sekretess().statements()).as("marked, nothing assumed").isEmpty();
  }

  @Test
  void aTitleThatMerelyUsesTheWordIsPublicAndWhole() {
    Arende paragraph = arende(protocol, "2026-00044");
    assertThat(paragraph.sekretess()).isFalse();
    assertThat(paragraph.title()).isEqualTo(SecretFixtures.PUBLIC_TITLE);
    assertThat(paragraph.sections()).isNotEmpty();

    assertThat(item(kallelse, 4).sekretess()).isFalse();
    assertThat(item(kallelse, 4).title()).isEqualTo("Utbildning för nämnden i offentlighet och sekretess");
    assertThat(arende(kallelse, "2026-00051").sekretess()).isFalse();
  }

  @Test
  void theAgendaMarksAnItemByItsTitleOrByALineUnderIt() {
    assertThat(item(kallelse, 2).sekretess()).isTrue();
    assertThat(item(kallelse, 2).title()).isEqualTo("Förlängd placering för 19850312-2486");
    assertThat(item(kallelse, 3).sekretess()).as("'Sekretess enligt 26 kap. 1 § OSL' under the item").isTrue();
    assertThat(item(kallelse, 3).title()).isEqualTo("Ansökan om kontaktfamilj");
    assertThat(item(kallelse, 3).dnr().full()).isEqualTo("ON 2026-00053 3.7.2.0");
  }

  @Test
  void anArendeWhoseOwnTextSaysItIsSecretIsSecretThoughNothingMarksIt() {
    Arende said = arende(kallelse, "2026-00052");
    assertThat(item(kallelse, 5).sekretess()).isFalse();
    assertThat(said.sekretess()).isTrue();
    assertThat(said.title()).isEqualTo("Yttrande över tillsynen av boendet Ekbacken");

    assertThat(kallelse.sekretess().whole()).as("the kallelse's word on closed doors names no secret").isFalse();
    assertThat(kallelse.sekretess().statements()).singleElement().satisfies(at -> {
      Line line = kallelse.lines().stream().filter(l -> l.lineNo() == at.lineStart()).findFirst().orElseThrow();
      assertThat(line.text()).startsWith("Uppgifterna i ärendet omfattas av sekretess");
    });
  }

  @Test
  void aStatementThatNamesNoArendeMakesTheWholeDocumentSecret() {
    Document secret = parse("iu.txt", SecretFixtures.SECRET_PROTOCOL);

    assertThat(secret.arenden()).hasSize(3).allSatisfy(a -> assertThat(a.sekretess()).isTrue());
    assertThat(secret.sekretess().whole()).isTrue();
    assertThat(secret.sekretess().statements()).hasSize(1);
  }

  @Test
  void personnummerAreReadMaskedEachWithItsLineAndOrganisationsnummerAreNot() {
    assertThat(protocol.personnummer()).extracting(Personnummer::masked).containsExactly(
        "19850312-XXXX", "701063-XXXX", "19850312-XXXX", "19790521-XXXX", "480229-XXXX");
    Personnummer first = protocol.personnummer().get(0);
    Line titleLine = protocol.lines().stream().filter(l -> l.lineNo() == first.location().lineStart()).findFirst().orElseThrow();
    assertThat(titleLine.text()).startsWith("Ansökan om försörjningsstöd");
  }
}
