package se.namndkoll.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything namndkoll reads out of one file.
 *
 * @param source the file as named on the command line
 * @param mediaType the detected type ("application/pdf")
 * @param pageCount pages of the source, 0 where it has none
 * @param kind what the document is
 * @param meetings the meetings it is for (one for a kallelse or protocol)
 * @param agenda the items of its ärendelista
 * @param arenden its ärenden in order
 * @param delegation the entries of its delegation lists
 * @param anmalningar the entries of its anmälningsärenden lists
 * @param tables its money tables
 * @param statements its sentences stating budget results, forecasts, deficits and surpluses
 * @param lines the normalised text, for checks that read all of it
 * @param personnummer the personnummer its text gives, masked, each with its line
 * @param sekretess what it says of secrecy in words, beyond the marks of its ärenden
 * @param notes what had to be mended to read the file (bytes replaced, a name that is not UTF-8),
 *     said with the parse
 * @param scanned its pages of images only: recognised by OCR, or not read, and why
 */
public record Document(
    String source,
    String mediaType,
    int pageCount,
    DocumentKind kind,
    List<Meeting> meetings,
    List<AgendaItem> agenda,
    List<Arende> arenden,
    List<DelegationEntry> delegation,
    List<AnmalanEntry> anmalningar,
    List<MoneyTable> tables,
    List<BudgetStatement> statements,
    List<Line> lines,
    List<Personnummer> personnummer,
    Sekretess sekretess,
    List<String> notes,
    ScannedPages scanned) {

  public Document {
    meetings = List.copyOf(meetings);
    agenda = List.copyOf(agenda);
    arenden = List.copyOf(arenden);
    delegation = List.copyOf(delegation);
    anmalningar = List.copyOf(anmalningar);
    tables = List.copyOf(tables);
    statements = List.copyOf(statements);
    lines = List.copyOf(lines);
    // a document stored before these were read has neither
    personnummer = personnummer == null ? List.of() : List.copyOf(personnummer);
    sekretess = sekretess == null ? Sekretess.NONE : sekretess;
    notes = notes == null ? List.of() : List.copyOf(notes);
    scanned = scanned == null ? ScannedPages.NONE : scanned;
  }

  /** A document with notes on how it was read, and no page of images only. */
  public Document(String source, String mediaType, int pageCount, DocumentKind kind, List<Meeting> meetings,
      List<AgendaItem> agenda, List<Arende> arenden, List<DelegationEntry> delegation, List<AnmalanEntry> anmalningar,
      List<MoneyTable> tables, List<BudgetStatement> statements, List<Line> lines, List<Personnummer> personnummer,
      Sekretess sekretess, List<String> notes) {
    this(source, mediaType, pageCount, kind, meetings, agenda, arenden, delegation, anmalningar, tables, statements,
        lines, personnummer, sekretess, notes, ScannedPages.NONE);
  }

  /** A document read without anything to mend. */
  public Document(String source, String mediaType, int pageCount, DocumentKind kind, List<Meeting> meetings,
      List<AgendaItem> agenda, List<Arende> arenden, List<DelegationEntry> delegation, List<AnmalanEntry> anmalningar,
      List<MoneyTable> tables, List<BudgetStatement> statements, List<Line> lines, List<Personnummer> personnummer,
      Sekretess sekretess) {
    this(source, mediaType, pageCount, kind, meetings, agenda, arenden, delegation, anmalningar, tables, statements,
        lines, personnummer, sekretess, List.of());
  }

  /** The same document with these notes on how it was read. */
  public Document withNotes(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    return new Document(source, mediaType, pageCount, kind, meetings, agenda, arenden, delegation, anmalningar, tables,
        statements, lines, personnummer, sekretess, all, scanned);
  }

  /** The same document with what was read of its pages of images only. */
  public Document withScanned(ScannedPages pages) {
    return new Document(source, mediaType, pageCount, kind, meetings, agenda, arenden, delegation, anmalningar, tables,
        statements, lines, personnummer, sekretess, notes, pages);
  }

  /** The meeting the document is for, when it names one. */
  public Optional<Meeting> meeting() {
    return meetings.stream().findFirst();
  }
}
