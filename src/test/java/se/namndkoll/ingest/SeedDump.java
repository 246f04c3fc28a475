package se.namndkoll.ingest;

import java.nio.file.Path;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;

/** Prints what the parser reads out of each seed (a development aid). */
public final class SeedDump {
  public static void main(String[] args) {
    for (Path seed : Seeds.seedFiles()) {
      if (args.length > 0 && !seed.toString().contains(args[0])) {
        continue;
      }
      Document d = Seeds.parse(seed);
      System.out.println("=== " + seed.getFileName() + " kind=" + d.kind() + " meetings=" + d.meetings());
      d.agenda().forEach(a -> System.out.println("  AG " + a.no() + " " + a.title() + " | " + a.dnr() + (a.sekretess() ? " SEK" : "") + (a.standing() ? " STANDING" : "")));
      for (Arende a : d.arenden()) {
        System.out.println("  AR " + a.location().lineStart() + "-" + a.location().lineEnd() + " " + a.kind() + " ag=" + a.agendaNo()
            + " | " + a.title() + " | " + a.dnr() + " (" + a.dnrSource() + ") " + a.paragraph() + " body=" + a.namnd());
        System.out.println("     sections=" + a.sections().stream().map(s -> s.kind().id()).toList()
            + " hl=" + a.handlaggare() + " date=" + a.date() + " samv=" + a.samverkanDate());
        System.out.println("     underlag=" + a.beslutsunderlag() + " exp=" + a.expedierasTill() + " sig=" + a.signatories());
        a.attachments().forEach(t -> System.out.println("     ATT " + t.location().lineStart() + " " + t.title()));
      }
      d.delegation().forEach(e -> System.out.println("  DE " + e));
      d.anmalningar().forEach(e -> System.out.println("  AN " + e.text() + " " + e.date()));
      d.tables().forEach(t -> System.out.println("  TB " + t.location().lineStart() + " " + t.caption() + " " + t.columns() + " rows=" + t.rows().size()));
      System.out.println("  statements=" + d.statements().size());
    }
  }
}
