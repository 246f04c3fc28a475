package se.namndkoll.ingest.vocabulary;

import java.util.regex.Pattern;

/** The words of agendas: the titles of the items every meeting has, whatever its ärenden. */
public final class AgendaWords {

  private static final Pattern STANDING =
      Pattern.compile(
          "^(?:upprop|val av (?:protokoll)?justerare|anmälan (?:av|om) jäv|justering"
              + "|(?:fastställande|godkännande|förändring|ändring|justering) av (?:föredragningslista|dagordning|ärendelista)"
              + "|information|förvaltningen informerar"
              + "|information från|övriga frågor|övrigt|allmänhetens frågestund|beredning av ärenden"
              + "|mötets öppnande|sammanträdets öppnande|meddelanden|ordföranden informerar"
              + "|frågor från ledamöter|nästa sammanträde|avslutning).*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private AgendaWords() {}

  /** True for the title of a standing item: upprop, justering, information, övriga frågor. */
  public static boolean isStandingTitle(String title) {
    return STANDING.matcher(title.strip()).matches();
  }
}
