package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChecksTests {

  @Test
  void aNameThatIsAHeadingOrAStandingAgendaTitleIsAProblem() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("kommun", "Exempelby kommun");
    values.put("forvaltning", "Information från förvaltningen");
    values.put("namnd", "Beslutsunderlag");
    values.put("handlaggare", Map.of("namn", "Ordförande", "telefon", "0123-45 67 89"));
    values.put("ordforande", "Anna Andersson");

    assertThat(FieldChecks.problems(FieldValues.of(values))).containsExactly(
        "forvaltning: \u201dInformation från förvaltningen\u201d är rubriken på en stående punkt på dagordningen, inte ett namn",
        "handlaggare.namn: \u201dOrdförande\u201d är en roll, inte ett namn",
        "namnd: \u201dBeslutsunderlag\u201d är en rubrik, inte ett namn");
  }

  @Test
  void aTextThatStartsWithItsOwnHeadingIsAProblem() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("beslut", "Kultur- och fritidsnämndens beslut\nNämnden godkänner rapporten.");
    values.put("arendet", "Ärendet i sin helhet\nFörvaltningen har sett över avtalet.");
    values.put("sammanfattning", "Bakgrund\nAvtalet löper ut i juni.");

    assertThat(FieldChecks.problems(FieldValues.of(values))).containsExactly(
        "arendet: texten börjar med rubriken \u201dÄrendet i sin helhet\u201d, som mallen redan skriver",
        "beslut: texten börjar med rubriken \u201dKultur- och fritidsnämndens beslut\u201d, som mallen redan skriver");
  }

  @Test
  void realNamesAndTextsPass() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("kommun", "Exempelby kommun");
    values.put("forvaltning", "Kultur- och fritidsförvaltningen");
    values.put("namnd", "Kultur- och fritidsnämnden");
    values.put("handlaggare", Map.of("namn", "Karin Berg"));
    values.put("justerare", "Sven Svensson");
    values.put("beslut", "Nämnden godkänner rapporten och lägger den till handlingarna.");
    values.put("barnkonsekvensanalys", "Beslutet påverkar barn som besöker biblioteken.");

    assertThat(FieldChecks.problems(FieldValues.of(values))).isEmpty();
  }
}
