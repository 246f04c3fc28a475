package se.namndkoll.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.AnmalanEntry;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Attachment;
import se.namndkoll.model.BudgetStatement;
import se.namndkoll.model.DelegationEntry;
import se.namndkoll.model.Document;
import se.namndkoll.model.Line;
import se.namndkoll.model.Location;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.MoneyTable;
import se.namndkoll.model.Personnummer;
import se.namndkoll.model.Section;
import se.namndkoll.model.Signatory;

/**
 * What of a document the archive may keep, so that it is safe to publish. Of an ärende covered by
 * secrecy (offentlighets- och sekretesslagen) only its title as its agenda item prints it, its Dnr
 * and its meeting: no section, list entry, table, sentence or line of it, no personnummer even
 * masked. Of a document secret whole, that of each ärende and its agenda. Every personnummer left
 * is masked ({@code 19850312-XXXX}), in every text the document holds and in its name; one printed
 * in a secret item of the agenda is kept only as where it stood ({@code XXXXXXXX-XXXX}), for the
 * finding that the agenda exposed it. The sweep judges the same copy, so that no finding quotes
 * what the archive would not keep.
 */
public final class PublicCopy {

  private PublicCopy() {}

  /** The part of the document the archive may keep. */
  public static Document of(Document d) {
    Secret secret = Secret.of(d);
    Map<Integer, String> agendaTitles = new HashMap<>();
    List<AgendaItem> agenda = new ArrayList<>();
    for (AgendaItem item : d.agenda()) {
      String title = secret.closed(item) ? withoutPersonnummer(item.title()) : Personnummer.mask(item.title());
      agendaTitles.put(item.no(), title);
      agenda.add(new AgendaItem(item.no(), title, item.dnr(), item.sekretess(), item.standing(), item.location()));
    }
    List<Arende> arenden = new ArrayList<>();
    for (Arende a : d.arenden()) {
      arenden.add(a.sekretess() ? titleOnly(a, agendaTitles) : masked(a));
    }
    List<Line> lines = new ArrayList<>(d.lines().size());
    for (Line l : d.lines()) {
      lines.add(secret.hidden(l.lineNo()) ? blank(l) : agendaLine(l, secret, agendaTitles));
    }
    return new Document(Personnummer.mask(d.source()), d.mediaType(), d.pageCount(), d.kind(),
        d.meetings().stream().map(PublicCopy::masked).toList(), agenda, arenden,
        kept(d.delegation(), DelegationEntry::location, secret).stream()
            .map(e -> new DelegationEntry(secret.text(e.decidedBy(), e.location()), e.date(),
                secret.text(e.text(), e.location()), e.reportedInDnr(), e.location())).toList(),
        kept(d.anmalningar(), AnmalanEntry::location, secret).stream()
            .map(e -> new AnmalanEntry(secret.text(e.text(), e.location()), e.date(), e.reportedInDnr(), e.location()))
            .toList(),
        kept(d.tables(), MoneyTable::location, secret).stream().map(PublicCopy::masked).toList(),
        kept(d.statements(), BudgetStatement::location, secret).stream()
            .map(s -> new BudgetStatement(Personnummer.mask(s.text()), s.kind(), s.amountTkr(), s.deficit(),
                s.mentionsMeasures(), s.dnr(), s.location())).toList(),
        lines,
        kept(d.personnummer(), Personnummer::location, secret).stream()
            .map(p -> secret.inClosedItem(p.location()) ? new Personnummer(p.masked().replaceAll("\\d", "X"), p.location()) : p)
            .toList(),
        d.sekretess(),
        d.notes().stream().map(Personnummer::mask).toList(),
        d.scanned());
  }

  /** Which lines of a document are secret. */
  private static final class Secret {
    final boolean whole;
    final List<int[]> ranges = new ArrayList<>();
    final List<int[]> agendaLines = new ArrayList<>();
    final Set<Integer> agendaNos = new HashSet<>();
    final Map<Integer, AgendaItem> closedItems = new HashMap<>();

    private Secret(boolean whole) {
      this.whole = whole;
    }

    static Secret of(Document d) {
      Secret s = new Secret(d.sekretess().whole());
      for (Arende a : d.arenden()) {
        if (!a.sekretess()) {
          continue;
        }
        if (a.agendaNo() != null) {
          s.agendaNos.add(a.agendaNo());
        }
        add(s.ranges, a.location());
        a.attachments().forEach(att -> add(s.ranges, att.location()));
      }
      for (AgendaItem item : d.agenda()) {
        if (item.location() != null && item.location().lineStart() != null) {
          add(s.agendaLines, item.location());
          if (s.closed(item)) {
            s.closedItems.put(item.location().lineStart(), item);
          }
        }
      }
      return s;
    }

    private static void add(List<int[]> ranges, Location loc) {
      if (loc != null && loc.lineStart() != null) {
        ranges.add(new int[] {loc.lineStart(), loc.lineEnd() == null ? loc.lineStart() : loc.lineEnd()});
      }
    }

    /** True for a line nothing of which may be kept: in a secret ärende, or outside the agenda of a document secret whole. */
    boolean hidden(int lineNo) {
      if (whole) {
        return !within(agendaLines, lineNo);
      }
      return within(ranges, lineNo);
    }

    /** True for what sits where nothing may be kept, or nowhere known in a document secret whole. */
    boolean hidden(Location loc) {
      if (loc == null || loc.lineStart() == null) {
        return whole;
      }
      return hidden(loc.lineStart().intValue());
    }

    /** True for an agenda item whose ärende is secret: its title alone is public. */
    boolean closed(AgendaItem item) {
      return item.sekretess() || whole || agendaNos.contains(item.no());
    }

    /** A text as it may be kept where it stands: masked, or in a secret agenda item without its personnummer. */
    String text(String text, Location loc) {
      return inClosedItem(loc) ? withoutPersonnummer(text) : Personnummer.mask(text);
    }

    /** True for what stands in the lines of a secret agenda item, whose title alone is public. */
    boolean inClosedItem(Location loc) {
      if (loc == null || loc.lineStart() == null) {
        return false;
      }
      int line = loc.lineStart();
      return closedItems.values().stream().anyMatch(i -> line >= i.location().lineStart()
          && line <= (i.location().lineEnd() == null ? i.location().lineStart() : i.location().lineEnd()));
    }

    private static boolean within(List<int[]> ranges, int lineNo) {
      for (int[] r : ranges) {
        if (lineNo >= r[0] && lineNo <= r[1]) {
          return true;
        }
      }
      return false;
    }
  }

  private static <T> List<T> kept(List<T> items, Function<T, Location> where, Secret secret) {
    return items.stream().filter(x -> !secret.hidden(where.apply(x))).toList();
  }

  /**
   * A line of the agenda: a secret item's first line as the agenda prints its number, title and
   * Dnr, without a personnummer; its other lines blank; every other line with its personnummer
   * masked.
   */
  private static Line agendaLine(Line l, Secret secret, Map<Integer, String> agendaTitles) {
    AgendaItem item = secret.closedItems.get(l.lineNo());
    if (item != null) {
      String text = item.no() + ". " + agendaTitles.get(item.no()) + (item.sekretess() ? " (sekretess)" : "")
          + (item.dnr() == null ? "" : " Dnr " + item.dnr().full());
      return new Line(text, l.lineNo(), l.lastLineNo(), l.page(), l.heading());
    }
    if (secret.inClosedItem(l.location())) {
      return blank(l);
    }
    String text = Personnummer.mask(l.text());
    return text == l.text() ? l : new Line(text, l.lineNo(), l.lastLineNo(), l.page(), l.heading());
  }

  private static Line blank(Line l) {
    return new Line("", l.lineNo(), l.lastLineNo(), l.page(), false);
  }

  /** A secret ärende as the archive keeps it: its title (the agenda's, where it has one), Dnr and meeting. */
  private static Arende titleOnly(Arende a, Map<Integer, String> agendaTitles) {
    String title = a.agendaNo() != null && agendaTitles.containsKey(a.agendaNo()) ? agendaTitles.get(a.agendaNo())
        : withoutPersonnummer(a.title());
    return new Arende(a.dnr(), a.dnrSource(), title, a.kind(), true, a.standing(), Personnummer.mask(a.namnd()),
        a.agendaNo(), a.paragraph(), null, null, List.of(), List.of(), List.of(), null, List.of(), List.of(), a.location());
  }

  private static Arende masked(Arende a) {
    UnaryOperator<String> m = Personnummer::mask;
    return new Arende(a.dnr(), a.dnrSource(), m.apply(a.title()), a.kind(), a.sekretess(), a.standing(), m.apply(a.namnd()),
        a.agendaNo(), a.paragraph(), m.apply(a.handlaggare()), a.date(),
        a.sections().stream().map(s -> new Section(s.kind(), m.apply(s.heading()), m.apply(s.text()), s.location())).toList(),
        a.beslutsunderlag().stream().map(m).toList(), a.expedierasTill().stream().map(m).toList(), a.samverkanDate(),
        a.signatories().stream().map(s -> new Signatory(m.apply(s.name()), m.apply(s.role()))).toList(),
        a.attachments().stream().map(x -> new Attachment(m.apply(x.title()), x.location())).toList(), a.location());
  }

  private static Meeting masked(Meeting m) {
    return new Meeting(Personnummer.mask(m.namnd()), m.date(), Personnummer.mask(m.time()), Personnummer.mask(m.place()),
        Personnummer.mask(m.parent()));
  }

  private static MoneyTable masked(MoneyTable t) {
    return new MoneyTable(Personnummer.mask(t.caption()), t.unit(), t.columns().stream().map(Personnummer::mask).toList(),
        t.rows().stream().map(r -> new MoneyTable.Row(Personnummer.mask(r.label()), r.values(), r.location())).toList(),
        t.dnr(), t.location());
  }

  /** A secret title without the personnummer it may carry: not even its date of birth is public. */
  static String withoutPersonnummer(String title) {
    if (title == null) {
      return null;
    }
    String masked = Personnummer.mask(title);
    return Personnummer.withoutMasked(masked).replaceAll("\\s+([,;.)])", "$1").replaceAll("[\\s,;]+$", "")
        .replaceAll("\\s{2,}", " ").strip();
  }
}
