package se.namndkoll.ingest.segment;

import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.ingest.vocabulary.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.AnmalanEntry;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.DelegationEntry;

/**
 * Reads the registers a nämnd is shown: the entries of delegation lists (who decided, when) and of
 * anmälningsärenden lists; an agenda item that reports such decisions without a list in the
 * package is an entry of its own.
 */
final class Registers {

  private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,3}[.)]|[•\\-–])\\s*");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d)");
  private static final Pattern LIST_LEAD =
      Pattern.compile("(?iu).*(?:läggs till handlingarna|delegationsbeslut|anmälningsärenden|redovisade).*");
  private static final Pattern AGENDA_DELEGATION =
      Pattern.compile(".*(?:ordförandebeslut|delegationsbeslut|brådskande beslut).*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AGENDA_ANMALAN =
      Pattern.compile(".*\\b(?:anmälningsärenden|meddelanden|delgivningar|inkomna (?:och avgivna )?skrivelser)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Registers() {}

  static List<DelegationEntry> delegation(Lines lines, List<Span> spans, List<Arende> arenden, List<AgendaItem> agenda) {
    List<DelegationEntry> out = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    for (int k = 0; k < arenden.size(); k++) {
      Arende a = arenden.get(k);
      if (a.kind() != ArendeKind.DELEGATIONSBESLUT) {
        continue;
      }
      if (a.agendaNo() != null) {
        covered.add(a.agendaNo());
      }
      for (int i : entryLines(lines, spans.get(k))) {
        String t = lines.text(i);
        Optional<LocalDate> date = Text.firstDate(t);
        if (date.isEmpty()) {
          continue;
        }
        out.add(new DelegationEntry(decidedBy(t), date.get(), entryText(t), a.dnrNormalised(), lines.get(i).location()));
      }
    }
    for (AgendaItem item : agenda) {
      if (!covered.contains(item.no()) && AGENDA_DELEGATION.matcher(item.title()).matches()) {
        String by = item.title().toLowerCase(Text.SV).contains("ordförande") ? "Ordförande" : "Delegat";
        out.add(new DelegationEntry(by, null, item.title(), item.dnr() == null ? null : item.dnr().normalised(),
            item.location()));
      }
    }
    return out;
  }

  static List<AnmalanEntry> anmalningar(Lines lines, List<Span> spans, List<Arende> arenden, List<AgendaItem> agenda) {
    List<AnmalanEntry> out = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    for (int k = 0; k < arenden.size(); k++) {
      Arende a = arenden.get(k);
      if (a.kind() != ArendeKind.ANMALNINGSARENDEN) {
        continue;
      }
      if (a.agendaNo() != null) {
        covered.add(a.agendaNo());
      }
      for (int i : entryLines(lines, spans.get(k))) {
        String t = lines.text(i);
        out.add(new AnmalanEntry(entryText(t), Text.firstDate(t).orElse(null), a.dnrNormalised(), lines.get(i).location()));
      }
    }
    for (AgendaItem item : agenda) {
      if (!covered.contains(item.no()) && AGENDA_ANMALAN.matcher(item.title()).matches()) {
        out.add(new AnmalanEntry(item.title(), null, item.dnr() == null ? null : item.dnr().normalised(), item.location()));
      }
    }
    return out;
  }

  /** The list entries of a register ärende: numbered or bulleted lines, or table rows, in its body. */
  private static List<Integer> entryLines(Lines lines, Span span) {
    List<Integer> out = new ArrayList<>();
    int end = span.body().end();
    for (int i = span.decision() + 1; i <= end; i++) {
      if (lines.blank(i)) {
        continue;
      }
      String t = lines.text(i);
      if (Headings.section(t).isPresent() && !out.isEmpty()) {
        break;
      }
      boolean listed = NUMBERING.matcher(t).find() || t.indexOf('\t') >= 0 && ISO.matcher(t).find();
      if (listed && !LIST_LEAD.matcher(t).matches() || listed && ISO.matcher(t).find()) {
        out.add(i);
      }
    }
    return out;
  }

  private static String entryText(String t) {
    return NUMBERING.matcher(t).replaceFirst("").replace('\t', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Who decided: the entry without its numbering and date ("Socialt utskott"). */
  static String decidedBy(String t) {
    if (t.indexOf('\t') >= 0) {
      for (String cell : t.split("\t")) {
        String c = cell.strip();
        if (!c.isEmpty() && Text.firstDate(c).isEmpty() && !c.matches("[\\d.§ ]+")) {
          return c;
        }
      }
    }
    String s = NUMBERING.matcher(t).replaceFirst("");
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      String before = s.substring(0, m.start()).strip();
      s = before.isEmpty() ? s.substring(m.end()).strip() : before;
    }
    return s.replaceAll("[\\s,;:–\\-]+$", "").replaceAll("^[\\s,;:–\\-]+", "").strip();
  }
}
