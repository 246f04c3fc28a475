package se.namndkoll.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Documents of Ekby kommun's Omsorgsnämnden, made up for the tests of secrecy and personnummer: a
 * protocol of its utskott with a secret paragraph whose title line holds a personnummer, a secret
 * delegation list with personnummer, a public anmälan list with personnummer and
 * organisationsnummer, and a public paragraph whose title merely uses the word; a kallelse whose
 * agenda marks one item and whose skrivelse says only in its text that it is secret; and a protocol
 * that says on its first page that its content is secret without naming a paragraph.
 */
public final class SecretFixtures {

  /** A personnummer that stands only in what is secret. */
  public static final String SECRET_PNR = "19850312-2486";
  /** A samordningsnummer that stands only in what is secret. */
  public static final String SECRET_SAMORDNINGSNUMMER = "701063-2391";
  /** Personnummer that stand in public text, twelve and ten digits. */
  public static final String PUBLIC_PNR = "19790521-1236";
  public static final String PUBLIC_PNR_SHORT = "480229-4118";
  /** Organisationsnummer, which stay as they are: a "month" above 12, and 16 before a number. */
  public static final List<String> ORGANISATIONSNUMMER = List.of("556677-8899", "16720405-1234");

  /** Every personnummer of the fixtures, in clear, and their last four digits. */
  public static final List<String> ALL_PNR = List.of(SECRET_PNR, SECRET_SAMORDNINGSNUMMER, PUBLIC_PNR, PUBLIC_PNR_SHORT);
  public static final List<String> LAST_FOUR = List.of("2486", "2391", "1236", "4118");

  /** Words that stand only in the content of secret ärenden. */
  public static final List<String> SECRET_WORDS = List.of("hyresskulden", "Bostadsbolaget", "kontaktperson för",
      "stödfamilj för", "nattbemanningen", "Olle Strand", "Lindängen", "Vilma");

  /** The title of a public paragraph that only uses the word. */
  public static final String PUBLIC_TITLE = "Utbildning för förtroendevalda i offentlighet och sekretess";

  public static final String PROTOCOL = """
      Protokoll
      Socialt utskott, Omsorgsnämnden
      Sammanträdesdatum 2026-05-12

      § 30 Dnr ON 2026-00040
      Val av justerare
      Omsorgsnämndens beslut
      Utskottet utser Lena Kvist att justera protokollet.

      § 31 Dnr ON 2026-00041
      Ansökan om försörjningsstöd för Tova Lindqvist 19850312-2486 (sekretess)
      Omsorgsnämndens beslut
      Utskottet beviljar försörjningsstöd för hyresskulden hos Bostadsbolaget Ekbacken.
      Skälen framgår av utredningen.

      § 32 Dnr ON 2026-00042
      Delegationsbeslut inom individ- och familjeomsorgen, sekretess
      Omsorgsnämndens beslut
      Redovisade delegationsbeslut läggs till handlingarna.
      Delegationsbeslut
      1. Beslut om kontaktperson för 701063-2391, fattat 2026-04-02 av Siv Berg
      2. Beslut om stödfamilj för 19850312-2486, fattat 2026-04-09 av Siv Berg

      § 33 Dnr ON 2026-00043
      Anmälningsärenden
      Omsorgsnämndens beslut
      Redovisade anmälningsärenden läggs till handlingarna.
      Anmälningsärenden
      1. Skrivelse från Ebba Holm, 19790521-1236, om parkeringen vid Ekbackens boende, inkommen 2026-04-14
      2. Synpunkt från Karl Ros, 480229-4118, om maten på Ekbacken, inkommen 2026-04-16
      3. Avtal med Ekbacken Service AB, organisationsnummer 556677-8899, och Ekby Bygg 16720405-1234

      § 34 Dnr ON 2026-00044
      Utbildning för förtroendevalda i offentlighet och sekretess
      Omsorgsnämndens beslut
      Utskottet beslutar att alla ledamöter ska gå kommunens utbildning om allmänna handlingar under hösten.
      """;

  public static final String KALLELSE = """
      Ekby kommun
      KALLELSE
      Omsorgsnämnden
      Datum 2026-05-11

      Kallelse

      Ledamöter och ersättare i Omsorgsnämnden kallas till sammanträde onsdagen den 20 maj 2026 kl. 13.00 i sammanträdesrummet Linden, Ekby.

      Sammanträdet är öppet för allmänheten, utom när nämnden behandlar ärenden som omfattas av sekretess enligt OSL.

      Ärendelista

      1. Upprop och val av justerare
      Dnr 801
      2. Förlängd placering för 19850312-2486 (sekretess)
      Dnr ON 2026-00050 3.7.2.0
      3. Ansökan om kontaktfamilj
      Dnr ON 2026-00053 3.7.2.0
      Sekretess enligt 26 kap. 1 § OSL
      4. Utbildning för nämnden i offentlighet och sekretess
      Dnr ON 2026-00051 1.1.2.0
      5. Yttrande över tillsynen av boendet Ekbacken
      Dnr ON 2026-00052 3.7.1.0

      Ekby kommun
      TJÄNSTESKRIVELSE
      Handläggare: Siv Berg
      Datum 2026-05-04
      Instans: Omsorgsnämnden
      Dnr ON 2026-00051 1.1.2.0

      Utbildning för nämnden i offentlighet och sekretess

      Omsorgsnämndens beslut
      Omsorgsnämnden beslutar att ledamöterna går kommunens utbildning om allmänna handlingar i september.

      Ärendet i sin helhet
      Utbildningen tar upp utlämnande av allmänna handlingar och hur nämnden hanterar uppgifter om enskilda.

      Beslutet expedieras till
      1. Kommunstyrelsen

      Siv Berg
      Förvaltningschef

      Ekby kommun
      TJÄNSTESKRIVELSE
      Handläggare: Siv Berg
      Datum 2026-05-05
      Instans: Omsorgsnämnden
      Dnr ON 2026-00052 3.7.1.0

      Yttrande över tillsynen av boendet Ekbacken

      Omsorgsnämndens beslut
      Omsorgsnämnden antar förvaltningens yttrande som sitt eget.

      Ärendet i sin helhet
      Uppgifterna i ärendet omfattas av sekretess enligt 26 kap. 1 § OSL. Tillsynen gäller Olle Strand, 701063-2391, som har klagat på nattbemanningen vid Ekbacken.

      Beslutet expedieras till
      1. Inspektionen för vård och omsorg

      Siv Berg
      Förvaltningschef
      """;

  /** A protocol that says on its first page that its paragraphs are secret, naming none. */
  public static final String SECRET_PROTOCOL = """
      Protokoll
      Individutskottet, Omsorgsnämnden
      Sammanträdesdatum 2026-05-19

      Paragrafer 40–42. Uppgifterna i protokollet omfattas av sekretess enligt 26 kap. 1 § OSL.

      § 40 Dnr ON 2026-00060
      Placering enligt socialtjänstlagen
      Omsorgsnämndens beslut
      Utskottet beslutar att Vilma, 19850312-2486, placeras på Lindängen från den 1 juni.

      § 41 Dnr ON 2026-00061
      Beslut om umgänge
      Omsorgsnämndens beslut
      Utskottet beslutar att umgänget på Lindängen sker varannan vecka.

      § 42 Dnr ON 2026-00062
      Uppföljning av placering
      Omsorgsnämndens beslut
      Utskottet godkänner uppföljningen.
      """;

  private SecretFixtures() {}

  /** Writes the three documents as text files in the folder, the secret protocol under a name with a personnummer. */
  public static List<Path> write(Path dir) {
    try {
      Files.createDirectories(dir);
      Path protocol = Files.writeString(dir.resolve("on-su-2026-05-12-protokoll.txt"), PROTOCOL, StandardCharsets.UTF_8);
      Path kallelse = Files.writeString(dir.resolve("on-2026-05-20-kallelse.txt"), KALLELSE, StandardCharsets.UTF_8);
      Path secret = Files.writeString(dir.resolve("on-iu-2026-05-19-" + SECRET_PNR + ".txt"), SECRET_PROTOCOL,
          StandardCharsets.UTF_8);
      return List.of(protocol, kallelse, secret);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
