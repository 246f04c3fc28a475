package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;

/**
 * A kommun's profile changes how its documents are judged where its documents cannot show it, and
 * only its documents: picked by the kommun's name in the letterhead, or for a whole sweep.
 */
class KommunProfilesTests {

  @TempDir Path dir;

  private static final String DECIDED = "Beslut\nKulturnämnden fastställer de nya öppettiderna.\n\nÄrendet\nFörvaltningen har sett över öppettiderna.\n\n";
  private static final String SENT = "Protokollsutdrag skickas till\nKultur- och fritidsförvaltningen\nBiblioteken\n";

  /** A protocol of the kommun named in its letterhead, the third paragraph sent to no one. */
  private static Document protocol(String kommun) {
    StringBuilder sb = new StringBuilder(kommun + "\nSAMMANTRÄDESPROTOKOLL\nKulturnämnden\nSammanträdesdatum 2025-09-10\n\n");
    String[] bodies = {DECIDED + SENT, DECIDED + SENT, DECIDED, DECIDED + SENT};
    for (int k = 0; k < bodies.length; k++) {
      sb.append("§ ").append(31 + k).append("   KN 2025/").append(131 + k).append("\n\n")
          .append("Öppettider för bibliotek nummer ").append(k + 1).append("\n\n").append(bodies[k]).append("\n\n");
    }
    return Fixtures.parse(kommun.toLowerCase().replace(' ', '-') + ".txt", sb.toString());
  }

  private Path rulesWith(String profile) throws IOException {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules.resolve("kommuner"));
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    Files.writeString(rules.resolve("kommuner/utdragsby.yaml"), profile);
    return rules;
  }

  private static final String UTDRAG_ONLY = """
      kommun: Utdragsby kommun
      names:
        - 'utdragsby kommun'
      section-rules:
        protokollsparagraf:
          expedieras: off
      """;

  private static List<Finding> expediering(RulesCompliance rules, Document... docs) {
    return rules.check(List.of(docs), List.of()).stream().filter(f -> f.rule().equals("EXPEDIERING-MISSING")).toList();
  }

  @Test
  void aProfileSwitchesARuleOffForItsKommunsDocumentsOnly() throws IOException {
    RulesCompliance rules = new RulesCompliance(rulesWith(UTDRAG_ONLY)).load();

    assertThat(expediering(rules, protocol("Utdragsby kommun"))).isEmpty();
    assertThat(expediering(rules, protocol("Listeby kommun"))).singleElement()
        .satisfies(f -> assertThat(f.dnr()).isEqualTo("2025-133"));
  }

  @Test
  void aSweepCanBeJudgedByOneKommunsProfile() throws IOException {
    RulesCompliance rules = new RulesCompliance(rulesWith(UTDRAG_ONLY)).load();

    assertThat(expediering(rules.forKommun("Utdragsby"), protocol("Listeby kommun"))).isEmpty();
    assertThatThrownBy(() -> rules.forKommun("Okändby")).isInstanceOf(NamndkollException.class)
        .hasMessageContaining("no kommun profile 'Okändby'").hasMessageContaining("Utdragsby kommun");
  }

  /** A document whose letterhead carries no name in text is known by the registers of its Dnr. */
  @Test
  void aDocumentIsKnownByTheRegistersOfItsArenden() throws IOException {
    RulesCompliance rules = new RulesCompliance(rulesWith(UTDRAG_ONLY + "registers:\n  - KN\n")).load();

    assertThat(expediering(rules, protocol("Namnlös"))).isEmpty();
  }

  @Test
  void aProfileThatCannotBeRightNamesItsFileAndSetting() throws IOException {
    Path rules = rulesWith("kommun: Utdragsby kommun\nsection-rules:\n  protokollsparagraf:\n    expedieras: ibland\n");

    assertThatThrownBy(() -> new RulesCompliance(rules).load()).isInstanceOf(NamndkollException.class)
        .hasMessageContaining("utdragsby.yaml").hasMessageContaining("section-rules.protokollsparagraf.expedieras");
  }
}
