package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.namndkoll.ingest.DocumentReader;

/** An utdrag's fields taken from where the protocol states them, never from an agenda title or a heading. */
class ArchiveLookupTests {

  private static final ArchiveLookup ARCHIVE = ArchiveLookup.of(List.of(
      DocumentReader.standard().read(Path.of("corpus/ifn-2026-03-10-protokoll.docx"))));

  @Test
  void theForvaltningIsNeverAnAgendaTitle() {
    Map<String, Object> values = ARCHIVE.utdrag("IFN 2026-00021", LocalDate.of(2026, 3, 10));

    assertThat(values.get("forvaltning")).as(values.toString()).isNotEqualTo("Information från förvaltningen");
    if (values.containsKey("forvaltning")) {
      assertThat((String) values.get("forvaltning")).doesNotContain(" från ").endsWith("förvaltningen");
    }
  }

  @Test
  void theBeslutStartsWithTheDecisionNotItsHeading() {
    Map<String, Object> values = ARCHIVE.utdrag("IFN 2026-00021", LocalDate.of(2026, 3, 10));

    String beslut = (String) values.get("beslut");
    assertThat(beslut).isNotBlank();
    assertThat(beslut.lines().findFirst().orElseThrow()).doesNotEndWith("nämndens beslut")
        .doesNotEndWith("beslut:").isNotEqualTo("Beslut");
  }
}
