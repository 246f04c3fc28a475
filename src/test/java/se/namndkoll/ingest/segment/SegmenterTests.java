package se.namndkoll.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.ingest.extract.ExtractedText;
import se.namndkoll.ingest.extract.RawLine;
import se.namndkoll.ingest.normalise.Normaliser;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.Document;
import se.namndkoll.model.DocumentKind;
import se.namndkoll.model.MoneyTable;
import se.namndkoll.model.SectionKind;

/** Documents in shapes other kommuner use, written for these tests. */
class SegmenterTests {

  static Document parse(String text) {
    List<RawLine> raw = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      raw.add(RawLine.of(l, 0));
    }
    ExtractedText extracted = new ExtractedText("text/plain", 0, raw);
    return new Segmenter().segment("test.txt", "text/plain", 0, new Normaliser().normalise(extracted));
  }

  static List<String> sections(Arende a) {
    return a.sections().stream().map(s -> s.kind().id()).distinct().toList();
  }

  @Test
  void aNumberedListRunsOnPastNinetyNineToTheRecipientsAndSignatures() {
    StringBuilder underlag = new StringBuilder();
    for (int i = 1; i <= 150; i++) {
      underlag.append(i).append(". Bilaga ").append(i).append(" till tjänsteskrivelsen\n");
    }
    Document d = parse("Dnr KN 2025-00017\n\nNy bibliotekslokal\n\nKulturnämndens beslut\n"
        + "Kulturnämnden beslutar att hyra en lokal.\n\nBeslutsunderlag\n" + underlag
        + "\nBeslutet expedieras till\n1. Kommunstyrelsen\n2. Fastighetsavdelningen\n\nEva Ek\nOrdförande\n");

    Arende a = d.arenden().get(0);
    assertThat(a.beslutsunderlag()).hasSize(150).endsWith("Bilaga 150 till tjänsteskrivelsen");
    assertThat(a.expedierasTill()).containsExactly("Kommunstyrelsen", "Fastighetsavdelningen");
    assertThat(a.signatories()).hasSize(1);
  }

  @Test
  void aScannedHeaderReadAcrossItsColumnsGivesDateAndHandlaggareEvenWithALabelMisread() {
    Document d = parse("NÄMNDSKRIVELSE\nNorrvik kommun\tSida 1(2)\n\nHandläggare\tDatum\n\nElin Magnusson\t2026-01-09\n\n"
        + "Telefen\tInstans\n0612-88 21 37\tSocialnämnden\nDnr\n\nSN 2026-00187\n\nIntern kontrollplan 2026\n\n"
        + "Socialnämndens beslut\nSocialnämnden beslutar att anta planen.\n");

    Arende a = d.arenden().get(0);
    assertThat(a.title()).isEqualTo("Intern kontrollplan 2026");
    assertThat(a.dnr().full()).isEqualTo("SN 2026-00187");
    assertThat(a.date()).hasToString("2026-01-09");
    assertThat(a.handlaggare()).isEqualTo("Elin Magnusson");
  }

  @Test
  void readsATjansteskrivelseWithProposalHeadingsAndAttachmentsList() {
    Document d = parse("""
        Tjänsteskrivelse
        Datum: 2025-09-12
        Diarienummer: BUN 2025/412
        Handläggare: Karin Lund, utredare

        Skolskjuts för elever i anpassad grundskola läsåret 2026/2027

        Förslag till beslut
        Barn- och utbildningsnämnden godkänner förvaltningens förslag om skolskjuts.

        Sammanfattning
        Förvaltningen har sett över hur eleverna tar sig till skolan och föreslår
        nya riktlinjer.

        Bakgrund
        Eleverna har i dag långa restider. Föräldrar har framfört synpunkter.

        Förvaltningens bedömning
        Kortare restider ger eleverna mer ork under skoldagen.

        Barnperspektiv
        Elevernas synpunkter har inhämtats genom klassråd, i enlighet med artikel 12
        i barnkonventionen. Förslaget bedöms vara till barnens bästa enligt artikel 3.

        Bilagor:
        1. Riktlinjer för skolskjuts, 2025-08-30
        2. Kartläggning av resvägar

        Beslutet skickas till:
        Kommunstyrelsen
        Skolskjutssamordnaren

        Lena Holm
        Förvaltningschef
        """);
    assertThat(d.arenden()).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Skolskjuts för elever i anpassad grundskola läsåret 2026/2027");
      assertThat(a.dnr().normalised()).isEqualTo("2025-412");
      assertThat(a.dnr().prefix()).isEqualTo("BUN");
      assertThat(a.handlaggare()).isEqualTo("Karin Lund");
      assertThat(a.date()).isEqualTo(LocalDate.of(2025, 9, 12));
      assertThat(sections(a)).containsExactly("beslut", "sammanfattning", "arendet", "other", "barnkonsekvensanalys",
          "beslutsunderlag", "expedieras", "signatures");
      assertThat(a.beslutsunderlag()).containsExactly("Riktlinjer för skolskjuts, 2025-08-30", "Kartläggning av resvägar");
      assertThat(a.expedierasTill()).containsExactly("Kommunstyrelsen", "Skolskjutssamordnaren");
      assertThat(a.signatories()).extracting(Object::toString).containsExactly("Lena Holm (Förvaltningschef)");
      assertThat(a.kind()).isEqualTo(ArendeKind.SKRIVELSE);
    });
    assertThat(d.kind()).isEqualTo(DocumentKind.SKRIVELSE);
  }

  @Test
  void readsAProtocolWithNumberedUpperCaseHeadingsAndTwoParagraphs() {
    Document d = parse("""
        PROTOKOLL
        Vård- och omsorgsnämnden
        Sammanträdesdatum 2025-11-04
        Plats och tid: Stadshuset, sal B, kl. 13.00-15.30

        § 45  Dnr VON 2025/88
        Digital nyckelhantering i hemtjänsten

        1. BESLUT
        Vård- och omsorgsnämnden beslutar att införa digitala lås i hemtjänsten.

        2. ÄRENDET I SIN HELHET
        Förvaltningen har prövat digitala lås under våren med gott resultat.

        3. BARNKONSEKVENSANALYS
        Beslutet berör inte barn; hemtjänsten ges till vuxna och äldre.

        4. BESLUTSUNDERLAG
        1. Tjänsteskrivelse 2025-10-14

        5. EXPEDIERING
        1. Hemtjänstens enhetschefer

        Justerandes signatur    Utdragsbestyrkande

        § 46  Dnr VON 2025/91
        Avgifter inom äldreomsorgen 2026

        1. BESLUT
        Vård- och omsorgsnämnden föreslår kommunfullmäktige att anta nya avgifter.

        2. ÄRENDET I SIN HELHET
        Avgifterna räknas upp med prisbasbeloppet.

        3. BESLUTSUNDERLAG
        1. Tjänsteskrivelse 2025-10-20

        4. EXPEDIERING
        1. Kommunfullmäktige
        """);
    assertThat(d.kind()).isEqualTo(DocumentKind.PROTOKOLL);
    assertThat(d.meeting()).hasValueSatisfying(m -> {
      assertThat(m.namnd()).isEqualTo("Vård- och omsorgsnämnden");
      assertThat(m.date()).isEqualTo(LocalDate.of(2025, 11, 4));
    });
    assertThat(d.arenden()).hasSize(2);
    Arende first = d.arenden().get(0);
    assertThat(first.paragraph()).isEqualTo("§ 45");
    assertThat(first.dnr().normalised()).isEqualTo("2025-88");
    assertThat(first.title()).isEqualTo("Digital nyckelhantering i hemtjänsten");
    assertThat(first.kind()).isEqualTo(ArendeKind.PROTOKOLLSPARAGRAF);
    assertThat(sections(first)).containsExactly("beslut", "arendet", "barnkonsekvensanalys", "beslutsunderlag", "expedieras");
    assertThat(first.expedierasTill()).containsExactly("Hemtjänstens enhetschefer");
    Arende second = d.arenden().get(1);
    assertThat(second.title()).isEqualTo("Avgifter inom äldreomsorgen 2026");
    assertThat(sections(second)).containsExactly("beslut", "arendet", "beslutsunderlag", "expedieras");
    assertThat(second.expedierasTill()).containsExactly("Kommunfullmäktige");
  }

  @Test
  void readsAKallelseWithATableAgendaLowerCaseHeadingsAndPageFurniture() {
    Document d = parse("""
        Kallelse
        Tekniska nämnden kallas till sammanträde i Kommunhuset, onsdagen den 14 maj 2025 kl. 09.00.

        Föredragningslista
        Nr\tÄrende\tDiarienummer
        1\tVal av justerare\t
        2\tRevidering av renhållningstaxa\tTN 2025/31
        3\tMedborgarförslag om farthinder (sekretess)\tTN 2025/40
        4\tÖvriga frågor\t

        Sida 1 av 4

        Tjänsteskrivelse
        Diarienummer TN 2025/31

        Revidering av renhållningstaxa

        förslag till beslut
        Tekniska nämnden föreslår kommunfullmäktige att anta reviderad taxa.

        ärendebeskrivning
        Taxan har inte räknats upp sedan 2021.

        barnkonsekvensanalys:
        Förslaget påverkar hushåll med barn genom något högre avgifter; effekten bedöms som liten.

        beslutsunderlag:
        Förslag till taxa 2026

        expedieras till:
        Kommunfullmäktige

        Sida 2 av 4
        """);
    assertThat(d.kind()).isEqualTo(DocumentKind.KALLELSE);
    assertThat(d.meeting()).hasValueSatisfying(m -> {
      assertThat(m.namnd()).isEqualTo("Tekniska nämnden");
      assertThat(m.date()).isEqualTo(LocalDate.of(2025, 5, 14));
      assertThat(m.time()).isEqualTo("09.00");
    });
    assertThat(d.agenda()).hasSize(4);
    assertThat(d.agenda().get(1).dnr().normalised()).isEqualTo("2025-31");
    assertThat(d.agenda().get(2).sekretess()).isTrue();
    assertThat(d.agenda().get(2).title()).isEqualTo("Medborgarförslag om farthinder");
    assertThat(d.agenda().get(0).standing()).isTrue();
    assertThat(d.arenden()).singleElement().satisfies(a -> {
      assertThat(a.agendaNo()).isEqualTo(2);
      assertThat(a.title()).isEqualTo("Revidering av renhållningstaxa");
      assertThat(sections(a)).containsExactly("beslut", "arendet", "barnkonsekvensanalys", "beslutsunderlag", "expedieras");
      assertThat(a.expedierasTill()).containsExactly("Kommunfullmäktige");
    });
  }

  @Test
  void takesTheDnrFromTheAgendaWhenTheSkrivelseHasNone() {
    Document d = parse("""
        Ärendelista
        1. Upprop
        2. Lokalbehov för dagverksamhet
        Dnr 2025-00201 1.1.3.1

        Lokalbehov för dagverksamhet

        Socialnämndens beslut
        Socialnämnden beslutar att hyra lokal på Storgatan 3.

        Ärendet i sin helhet
        Nuvarande lokal är för liten.

        Beslutet expedieras till
        1. Lokalförsörjningen

        Eva Ek
        Ordförande
        """);
    Arende a = d.arenden().get(0);
    assertThat(a.dnr().normalised()).isEqualTo("2025-00201");
    assertThat(a.dnrSource()).isEqualTo(Arende.DnrSource.AGENDA);
    assertThat(a.agendaNo()).isEqualTo(2);
    assertThat(a.namnd()).isEqualTo("Socialnämnden");
  }

  @Test
  void aHeadingWithOnlyAPlaceholderCountsAsAbsent() {
    Document d = parse("""
        Tillfällig lokal

        Kulturnämndens beslut
        Kulturnämnden beslutar att hyra en tillfällig lokal.

        Barnkonsekvensanalys
        "[Klicka och skriv här]"

        Beslutet expedieras till
        1. "[Organisation/Person, e-post/postadress]"
        """);
    Arende a = d.arenden().get(0);
    assertThat(a.has(SectionKind.BARNKONSEKVENSANALYS)).isFalse();
    assertThat(a.has(SectionKind.EXPEDIERAS)).isFalse();
    assertThat(a.expedierasTill()).isEmpty();
  }

  @Test
  void endsTheDecisionDocumentAtItsSignaturesAndKeepsTheReportAsAttachment() {
    Document d = parse("""
        Delårsrapport april 2025

        Socialnämndens beslut
        Socialnämnden godkänner delårsrapporten.

        Beslutsunderlag
        1. Delårsrapport april 2025

        Beslutet expedieras till
        1. Kommunstyrelsen

        Eva Ek
        Ordförande

        Per Al
        Förvaltningschef

        Delårsrapport april 2025 – Socialnämnden

        1 Inledning
        Nämnden prognostiserar ett underskott om 3,5 mkr för helåret.
        """);
    Arende a = d.arenden().get(0);
    assertThat(a.location().lineEnd()).isEqualTo(16);
    assertThat(a.attachments()).singleElement().satisfies(t -> assertThat(t.title()).isEqualTo("Delårsrapport april 2025 – Socialnämnden"));
    assertThat(d.statements()).singleElement().satisfies(s -> {
      assertThat(s.deficit()).isTrue();
      assertThat(s.amountTkr()).isEqualByComparingTo("-3500");
      assertThat(s.dnr()).isNull();
    });
  }

  @Test
  void readsTheEntriesOfADelegationList() {
    Document d = parse("""
        Delegationsbeslut 2025-03-10

        Socialnämndens beslut
        Redovisade delegationsbeslut läggs till handlingarna.

        Delegationsbeslut
        1. Socialt utskott 2025-02-05
        2. Socialt utskott 2025-02-19
        3. Ordförandebeslut 2025-02-26 om tillfälligt boende
        """);
    assertThat(d.arenden().get(0).kind()).isEqualTo(ArendeKind.DELEGATIONSBESLUT);
    assertThat(d.delegation()).extracting(e -> e.decidedBy() + " " + e.date())
        .containsExactly("Socialt utskott 2025-02-05", "Socialt utskott 2025-02-19", "Ordförandebeslut 2025-02-26");
  }

  @Test
  void readsMoneyTablesWithTabsFlattenedFiguresAndOneFigurePerLine() {
    Document d = parse("""
        Ekonomiskt sammandrag (tkr)
        \tBudget 2025\tPrognos 2025\tAvvikelse
        Summa intäkter\t1 200\t1 150\t-50
        Summa kostnader\t-9 800\t-10 100\t-300
        Nettokostnad\t-8 600\t-8 950\t-350

        Resultaträkning (tkr)
        Post Budget 2024 Utfall 2024
        Summa intäkter 133 257 134 429
        Summa kostnader -882 834 -927 765

        Investeringar (tkr)
        Budget 2025
        Utfall 2025
        Lokaler
        1 500
        1 250
        Inventarier
        300
        280
        """);
    List<MoneyTable> tables = d.tables();
    assertThat(tables).hasSize(3);
    assertThat(tables.get(0).columns()).containsExactly("Budget 2025", "Prognos 2025", "Avvikelse");
    assertThat(tables.get(0).rows().get(2).values()).containsExactly(new BigDecimal("-8600"), new BigDecimal("-8950"),
        new BigDecimal("-350"));
    assertThat(tables.get(0).unit()).isEqualTo("tkr");
    assertThat(tables.get(1).rows().get(0).values()).containsExactly(new BigDecimal("133257"), new BigDecimal("134429"));
    assertThat(tables.get(1).columns()).containsExactly("Budget 2024", "Utfall 2024");
    assertThat(tables.get(2).rows()).extracting(MoneyTable.Row::label).containsExactly("Lokaler", "Inventarier");
    assertThat(tables.get(2).rows().get(0).values()).containsExactly(new BigDecimal("1500"), new BigDecimal("1250"));
  }

  /**
   * A PDF's table as the reader gives it: headings set right-aligned close together come in one
   * cell, and a heading broken over lines leaves pieces between the caption and the rows.
   */
  @Test
  void readsATableWhoseHeadingsRunTogetherUnderItsCaption() {
    Document d = parse("""
        Driftredovisning, tkr
        Tkr\tBokslut 2024 Budget 2025 Bokslut 2025 Avvikelse
        Intäkter\t1 200\t1 150\t1 190\t40
        Kostnader\t-9 800\t-10 100\t-10 000\t100

        Verksamhet, tkr
        Netto\tBudget
        Budget-
        avvikelse
        Norra skolan\t-1 100\t-1 000\t-100
        Södra skolan\t-2 100\t-2 000\t-100
        """);
    List<MoneyTable> tables = d.tables();
    assertThat(tables).hasSize(2);
    assertThat(tables.get(0).columns()).containsExactly("Bokslut 2024", "Budget 2025", "Bokslut 2025", "Avvikelse");
    assertThat(tables.get(0).rows().get(1).values()).hasSize(4);
    assertThat(tables.get(1).caption()).isEqualTo("Verksamhet, tkr");
    assertThat(tables.get(1).rows().get(0).values()).containsExactly(new BigDecimal("-1100"), new BigDecimal("-1000"),
        new BigDecimal("-100"));
  }

  /** Protocols that print no § sign: the number before a labelled Dnr, or after a bare one. */
  @Test
  void readsParagraphsNumberedWithoutTheSign() {
    Document after = parse("""
        SAMMANTRÄDESPROTOKOLL
        Kommunstyrelsen
        Sammanträdesdatum 2014-09-09

        KSF/2014:12 233
        Val av justerare
        Kommunstyrelsen beslutar
        att utse Anna Berg att justera protokollet.

        KSF/2014:88 234
        Budgetuppföljning per augusti
        Kommunstyrelsen beslutar
        att godkänna uppföljningen.

        KSF/2014:1 235
        Val till kommunala uppdrag
        Kommunstyrelsen beslutar
        att välja enligt förslaget.
        """);
    assertThat(after.arenden()).extracting(Arende::paragraph, a -> a.dnr().full(), Arende::title).containsExactly(
        tuple("§ 233", "KSF/2014:12", "Val av justerare"),
        tuple("§ 234", "KSF/2014:88", "Budgetuppföljning per augusti"),
        tuple("§ 235", "KSF/2014:1", "Val till kommunala uppdrag"));

    Document before = parse("""
        PROTOKOLL
        Kommunstyrelsens arbetsutskott
        2018-04-10

        27 Dnr KS 2018/124
        Årsredovisning för 2017
        Beslut
        Arbetsutskottet föreslår kommunstyrelsen att godkänna årsredovisningen.

        28 Dnr KS 2018/130 Internkontroll 2018
        Beslut
        Arbetsutskottet beslutar att anta planen.

        29 Dnr KS 2018/131
        Delårsrapport
        Beslut
        Arbetsutskottet beslutar att godkänna rapporten.
        """);
    assertThat(before.arenden()).extracting(Arende::paragraph, a -> a.dnr().key(), Arende::title).containsExactly(
        tuple("§ 27", "2018-124", "Årsredovisning för 2017"),
        tuple("§ 28", "2018-130", "Internkontroll 2018"),
        tuple("§ 29", "2018-131", "Delårsrapport"));
  }

  /** A registry number with its archive code ("Bun/2023:786 616") opens no paragraph: codes do not count up. */
  @Test
  void archiveCodesAfterRegistryNumbersAreNoParagraphNumbers() {
    Document d = parse("""
        Tjänsteskrivelse
        Bun/2023:786 616
        Bun/2023:790 618
        Bun/2023:795 700
        Förslag till beslut
        Barn- och utbildningsnämnden godkänner rapporten.
        """);
    assertThat(d.arenden()).extracting(Arende::paragraph).containsOnlyNulls();
  }

  /** "Handlingar senare" is a note on the item, not part of its title. */
  @Test
  void notesAnAgendaItemWhoseDocumentsComeLater() {
    Document d = parse("""
        KALLELSE
        Kulturnämnden
        2025-05-14

        Ärenden
        1. Val av justerare
        2. Budget 2026 (handlingar senare) Dnr KN 2025/41
        3. Uppföljning av bidrag – handling delas ut på sammanträdet
        4. Ny taxa för kulturskolan Dnr KN 2025/52
        """);
    assertThat(d.agenda()).extracting(AgendaItem::title, AgendaItem::documentsLater).containsExactly(
        tuple("Val av justerare", false),
        tuple("Budget 2026", true),
        tuple("Uppföljning av bidrag", true),
        tuple("Ny taxa för kulturskolan", false));
    assertThat(d.agenda().get(1).dnr().key()).isEqualTo("2025-41");
  }

  /** Rows of an agenda's table whose number cell is empty are items without a number, not lost. */
  @Test
  void readsAgendaRowsWithoutANumber() {
    Document d = parse("""
        KALLELSE
        Nämnden för vård och omsorg
        2025-05-14

        \tÄrende\tBeteckning\tFörslag
        \tVal av justerare\t\tKarin Lund (S)
        1.\tGodkännande av dagordningen\tVO-2025-00012\tNämnden godkänner dagordningen.
        2.\tBudgetuppföljning april\tVO-2025-00031\tNämnden godkänner uppföljningen.
        \tInformation från förvaltningschefen\t\t
        3.\tRevidering av riktlinjer för hemtjänst\tVO-2025-00040\tNämnden antar riktlinjerna.
        """);
    assertThat(d.agenda()).extracting(AgendaItem::no, AgendaItem::title).containsExactly(
        tuple(null, "Val av justerare"),
        tuple(1, "Godkännande av dagordningen"),
        tuple(2, "Budgetuppföljning april"),
        tuple(null, "Information från förvaltningschefen"),
        tuple(3, "Revidering av riktlinjer för hemtjänst"));
    assertThat(d.agenda().get(0).standing()).isTrue();
  }

  @Test
  void aProtocolsTableOfContentsAndBilagorAreNoParagraphs() {
    Document d = parse("""
        SAMMANTRÄDESPROTOKOLL
        Miljönämnden
        Sammanträdesdatum 2025-10-08

        Innehållsförteckning
        § 61 MN 2025/140 ........................................ 2
        Tillsynsplan 2026 ......................................... 2
        § 62 MN 2025/151 ........................................ 3
        Avgifter för prövning 2026 ................................ 3
        § 63 MN 2025/155 ........................................ 4
        Ny taxa för offentlig kontroll ............................ 4

        § 61   MN 2025/140
        Tillsynsplan 2026

        Beslut
        Miljönämnden antar tillsynsplanen för 2026.

        Protokollsutdrag skickas till
        Miljöförvaltningen

        §62 Dnr MN 2025/151
        Avgifter för prövning 2026

        Beslut
        Miljönämnden fastställer avgifterna enligt bilaga.

        Protokollsutdrag skickas till
        Kommunfullmäktige

        § 63 Ärendenummer MN-2025-00155 Ny taxa för offentlig kontroll

        Beslut
        Miljönämnden föreslår kommunfullmäktige att anta taxan.

        Bilaga 1 till protokoll § 63

        Tjänsteskrivelse
        Ny taxa för offentlig kontroll
        Barnkonsekvensanalys
        Taxan berör inte barn direkt eftersom den gäller verksamheter.
        """);

    assertThat(d.arenden()).extracting(Arende::paragraph).containsExactly("§ 61", "§ 62", "§ 63");
    assertThat(d.arenden()).extracting(a -> a.dnr().normalised()).containsExactly("2025-140", "2025-151", "2025-00155");
    assertThat(d.arenden()).extracting(Arende::title)
        .containsExactly("Tillsynsplan 2026", "Avgifter för prövning 2026", "Ny taxa för offentlig kontroll");
    Arende last = d.arenden().get(2);
    assertThat(last.has(SectionKind.BARNKONSEKVENSANALYS)).as("the attached skrivelse's sections are not the paragraph's").isFalse();
    assertThat(last.attachments()).isNotEmpty();
  }

  @Test
  void aHeadingOfTheDocumentsOwnWordsEndsTheSectionBeforeItByHowItLooks() {
    String[] text = {
        "Tjänsteskrivelse", "Diarienummer: KN 2025/77", "", "Nya öppettider för biblioteken", "",
        "Förslag till beslut", "Kulturnämnden fastställer de nya öppettiderna.", "",
        "Beslutet skickas till", "Kultur- och fritidsförvaltningen", "",
        "Tidsplan för genomförandet", "Förvaltningen inför öppettiderna från den 1 september."};
    List<RawLine> raw = new ArrayList<>();
    for (String l : text) {
      raw.add(new RawLine(l, 0, l.startsWith("Tidsplan")));
    }
    Document d = new Segmenter().segment("test.html", "text/html", 0,
        new Normaliser().normalise(new ExtractedText("text/html", 0, raw)));

    Arende a = d.arenden().get(0);
    assertThat(a.expedierasTill()).containsExactly("Kultur- och fritidsförvaltningen");
    assertThat(a.sections()).extracting(s -> s.kind()).contains(SectionKind.OTHER);
  }
}
