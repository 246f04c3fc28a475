package se.namndkoll.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Attachment;
import se.namndkoll.model.Document;
import se.namndkoll.model.Location;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.ScannedPages;
import se.namndkoll.model.SectionKind;

/** The readable outline of {@code parse}: the meeting, its agenda, each ärende with its sections. */
public final class DocumentOutline {

  private static final List<SectionKind> KEY =
      List.of(SectionKind.BESLUT, SectionKind.SAMMANFATTNING, SectionKind.ARENDET, SectionKind.BARNKONSEKVENSANALYS,
          SectionKind.BESLUTSUNDERLAG, SectionKind.SAMVERKAN, SectionKind.EXPEDIERAS, SectionKind.SIGNATURES);

  private DocumentOutline() {}

  private static String pages(List<Integer> pages) {
    return pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  public static String write(Document d) {
    StringBuilder sb = new StringBuilder();
    sb.append(Shown.name(d.source())).append(" — ").append(d.kind().id());
    if (d.pageCount() > 0) {
      sb.append(", ").append(d.pageCount()).append(d.pageCount() == 1 ? " page" : " pages");
    }
    sb.append('\n');
    for (String note : d.notes()) {
      sb.append("obs: ").append(Shown.line(note)).append('\n');
    }
    ScannedPages scanned = d.scanned();
    if (!scanned.recognised().isEmpty()) {
      sb.append(String.format(Locale.ROOT, "skannade sidor lästa med OCR: %s (ordens medelkonfidens %.0f %%; citat kan "
          + "innehålla feltolkningar)%n", pages(scanned.recognised()), scanned.confidence()));
      if (!scanned.pageConfidence().isEmpty()) {
        sb.append("  konfidens per sida: ").append(scanned.recognised().stream()
            .map(p -> String.format(Locale.ROOT, "%d: %.0f %%", p, scanned.confidenceOf(p)))
            .collect(Collectors.joining(", "))).append('\n');
      }
    }
    List<Integer> reread = scanned.poorLayer().stream().filter(scanned.recognised()::contains).toList();
    List<Integer> kept = scanned.poorLayer().stream()
        .filter(p -> !scanned.recognised().contains(p) && !scanned.unread().contains(p)).toList();
    if (!reread.isEmpty()) {
      sb.append("skannade sidor vars textlager mest inte var svenska ord, lästa om med OCR: ").append(pages(reread))
          .append('\n');
    }
    if (!kept.isEmpty()) {
      sb.append("skannade sidor vars textlager mest inte är svenska ord (OCR läste dem inte bättre): ")
          .append(pages(kept)).append('\n');
    }
    if (!scanned.unread().isEmpty()) {
      sb.append("skannade sidor som inte kunde läsas: ").append(pages(scanned.unread())).append(" (")
          .append(Shown.line(scanned.reason())).append(")\n");
    }
    for (Meeting m : d.meetings()) {
      sb.append(join(" · ", m.namnd(), m.date() == null ? null : m.date().toString(),
          m.time() == null ? null : "kl. " + m.time(), m.place())).append('\n');
    }
    if (!d.agenda().isEmpty()) {
      sb.append("\nÄrendelista\n");
      for (AgendaItem a : d.agenda()) {
        sb.append(String.format("  %3s %s%s%s%n", a.no() == null ? "•" : a.no() + ".", a.title(), a.sekretess() ? " (sekretess)" : "",
            a.dnr() == null ? "" : "  — Dnr " + a.dnr().full()));
      }
    }
    sb.append("\nÄrenden (").append(d.arenden().size()).append(")\n");
    for (Arende a : d.arenden()) {
      sb.append("  ").append(a.agendaNo() == null ? "  •" : String.format("%2d.", a.agendaNo())).append(" ")
          .append(a.title().isEmpty() ? "(utan rubrik)" : a.title()).append('\n');
      sb.append("      ").append(join(" · ",
          a.dnr() == null ? "Dnr saknas" : "Dnr " + a.dnr().full() + (a.dnrSource() == Arende.DnrSource.AGENDA ? " (från ärendelistan)" : ""),
          a.kind().id(), a.paragraph(), a.namnd(),
          a.handlaggare() == null ? null : "handläggare " + a.handlaggare(),
          a.date() == null ? null : a.date().toString(), where(a.location()))).append('\n');
      sb.append("      ").append(KEY.stream()
          .map(k -> (a.has(k) ? "✓ " : "✗ ") + k.id()).collect(Collectors.joining("  "))).append('\n');
      if (!a.expedierasTill().isEmpty()) {
        sb.append("      expedieras till: ").append(String.join("; ", a.expedierasTill())).append('\n');
      }
      for (Attachment t : a.attachments()) {
        sb.append("      bilaga: ").append(t.title()).append(" ").append(where(t.location())).append('\n');
      }
    }
    if (!d.delegation().isEmpty()) {
      sb.append("\nDelegationsbeslut (").append(d.delegation().size()).append(")\n");
      d.delegation().forEach(e -> sb.append("  ").append(e.decidedBy())
          .append(e.date() == null ? "" : " " + e.date()).append('\n'));
    }
    if (!d.tables().isEmpty()) {
      sb.append("\nTabeller (").append(d.tables().size()).append(")\n");
      d.tables().forEach(t -> sb.append("  ").append(t.caption().isEmpty() ? "(utan rubrik)" : t.caption())
          .append(" — ").append(t.rows().size()).append(" rader × ").append(t.columns().size()).append(" kolumner ")
          .append(where(t.location())).append('\n'));
    }
    long deficits = d.statements().stream().filter(s -> s.deficit()).count();
    if (!d.statements().isEmpty()) {
      sb.append("\nBudgetuttalanden: ").append(d.statements().size()).append(", varav underskott: ").append(deficits).append('\n');
    }
    return se.namndkoll.model.Personnummer.mask(sb.toString());
  }

  static String where(Location l) {
    if (l == null) {
      return "";
    }
    if (l.pageStart() != null) {
      return l.pageStart().equals(l.pageEnd()) ? "s. " + l.pageStart() : "s. " + l.pageStart() + "–" + l.pageEnd();
    }
    if (l.lineStart() != null) {
      return "rad " + l.lineStart() + "–" + l.lineEnd();
    }
    return "";
  }

  private static String join(String sep, String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(sep);
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
