package se.namndkoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.index.ShownArende;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Location;
import se.namndkoll.model.Section;
import se.namndkoll.model.SectionKind;

/** What an ärende's page shows of it. */
class ArendePageTests {

  private static final Arende OPEN = new Arende(Dnr.parse("SON 2026-00031").orElseThrow(), Arende.DnrSource.DOCUMENT,
      "Tillsyn av boende", ArendeKind.SKRIVELSE, false, false, "Sociala omsorgsnämnden", 4, "§ 12", null, null,
      List.of(new Section(SectionKind.BESLUT, "Beslut", "Nämnden beslutar att godkänna tillsynen.", new Location(3, 3, 40, 41))),
      List.of(), List.of(), null, List.of(), List.of(), new Location(3, 4, 38, 60));

  @Test
  void anOpenArendeShowsItsSectionsAndItsSourceAtItsPage() {
    ArendePage page = ArendePage.of(shown(OPEN), List.of());
    assertThat(page.sections()).hasSize(1);
    assertThat(page.sourceUrl()).isEqualTo("/kalla/a1b2c3d4#page=3");
    assertThat(page.sourceName()).isEqualTo("son-2026-04-01-protokoll.pdf");
    assertThat(page.meetingUrl()).isEqualTo("/sammantrade?namnd=Sociala%20omsorgsn%C3%A4mnden&datum=2026-04-01");
  }

  @Test
  void aSekretessArendeShowsOnlyItsTitleAndDnr() {
    ArendePage page = ArendePage.of(shown(OPEN.asSecret()), List.of());
    assertThat(page.sekretess()).isTrue();
    assertThat(page.sections()).isEmpty();
    assertThat(page.title()).isEqualTo("Tillsyn av boende");
    assertThat(page.dnr()).isEqualTo("SON 2026-00031");
  }

  private static ShownArende shown(Arende a) {
    return new ShownArende("a1b2c3d4-2", "Sociala omsorgsnämnden", "2026-04-01",
        "/arkiv/son/son-2026-04-01-protokoll.pdf", a, a.title(), "");
  }
}
