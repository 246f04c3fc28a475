package se.namndkoll.ingest.vocabulary;

import java.util.regex.Pattern;

/** The roles that sign council documents: "Ordförande", "Förvaltningschef", "Kommunalråd". */
public final class Roles {

  private static final Pattern ROLE =
      Pattern.compile(
          "^(?:t\\.f\\.?\\s+|tf\\.?\\s+|tillförordnad\\s+|vice\\s+|förste\\s+vice\\s+|andre\\s+vice\\s+)?"
              + "(?:ordförande(?:\\s+.{3,40})?|förvaltningschef|socialchef|förvaltningsdirektör|kommundirektör"
              + "|stadsdirektör|kommunchef|kommunalråd|oppositionsråd|avdelningschef|verksamhetschef"
              + "|enhetschef|sektionschef|ekonomichef|nämndsekreterare|sekreterare|justerare"
              + "|justerande|utredare|controller|ekonom|kanslichef|stadsjurist"
              + "|ledamot|ersättare|socialdirektör|chef\\s+.{3,40}"
              + "|\\p{L}*(?:chef|ingenjör|arkitekt|sekreterare|samordnare|strateg|jurist|direktör|utredare"
              + "|ekonom|konsulent|kommunalråd))$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Roles() {}

  public static boolean isRole(String text) {
    String t = text.strip();
    return t.length() <= 60 && ROLE.matcher(t).matches();
  }
}
