package se.namndkoll.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import se.namndkoll.ingest.vocabulary.SekretessWords;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Location;
import se.namndkoll.model.Sekretess;

/**
 * Reads what a document says of secrecy in words, beyond the marks of titles and agenda items: an
 * ärende whose own text (head, body or attachments) says that it is covered by secrecy is secret
 * though nothing marks it; a statement outside every ärende and outside the agenda names no ärende,
 * so the whole document is taken as secret, each ärende with it. When in doubt, secret.
 */
final class SekretessReader {

  /** The ärenden with what the text said of them, and what it said. */
  record Read(List<Arende> arenden, Sekretess sekretess) {}

  private SekretessReader() {}

  /**
   * @param owner for each line, the index of the ärende whose span holds it, or -1
   * @param agendaStart the agenda's first line, -1 where there is none
   * @param agendaEnd the agenda's last line
   */
  static Read read(Lines lines, List<Arende> arenden, int[] owner, int agendaStart, int agendaEnd) {
    SekretessWords words = SekretessWords.current();
    List<Arende> out = new ArrayList<>(arenden);
    List<Location> said = new ArrayList<>();
    boolean whole = false;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.blank(i) || i >= agendaStart && i <= agendaEnd && agendaStart >= 0 || !words.statement(lines.text(i))) {
        continue;
      }
      int k = owner[i];
      if (k < 0) {
        whole = true;
        said.add(lines.location(i, i));
      } else if (!out.get(k).sekretess()) {
        out.set(k, out.get(k).asSecret());
        said.add(lines.location(i, i));
      }
    }
    if (whole) {
      out.replaceAll(a -> a.sekretess() ? a : a.asSecret());
    }
    return new Read(out, said.isEmpty() ? Sekretess.NONE : new Sekretess(whole, said));
  }
}
