package se.namndkoll.ingest.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.DocumentKind;

/** Tells what a whole document is from its opening text, agenda and ärenden. */
final class DocumentClassifier {

  private static final Pattern SUMMONS =
      Pattern.compile("(?iu).*(?:kallas (?:härmed )?till sammanträde|kallelse till sammanträde|^kallelse\\b|kallelse och föredragningslista).*");
  private static final Pattern UTDRAG =
      Pattern.compile("(?iu)^(?:protokollsutdrag|utdrag ur (?:sammanträdes)?protokoll(?:et)?|utdrag ur protokoll)"
          + "(?!\\s+(?:skickas|sänds|expedieras|till)\\b).*|.*utdragsbestyrkande.*");
  private static final Pattern PROTOCOL =
      Pattern.compile("(?iu)^(?:sammanträdes)?protokoll\\b.*|^justerare\\b.*|^justering\\b.*|^närvarande ledamöter.*|^beslutande\\b.*");
  private static final Pattern BUDGET =
      Pattern.compile("(?iu).*\\b(?:budget|budgetuppföljning|tertialrapport|delårsrapport|årsredovisning|nämndbudget"
          + "|verksamhetsplan|månadsuppföljning|helårsprognos)\\b.*");
  private static final int OPENING_LINES = 60;

  private DocumentClassifier() {}

  /** True when the document's opening says it is a protocol or an extract of one. */
  static boolean opensAsProtocol(Lines lines) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < OPENING_LINES; i++) {
      if (lines.blank(i)) {
        continue;
      }
      seen++;
      for (String cell : lines.text(i).split("\t")) {
        String t = cell.strip();
        if (UTDRAG.matcher(t).matches() || PROTOCOL.matcher(t).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  static DocumentKind classify(Lines lines, List<AgendaItem> agenda, List<Arende> arenden, List<Span> spans, int firstAnchor) {
    boolean summons = false;
    boolean utdrag = false;
    boolean protocol = false;
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < OPENING_LINES; i++) {
      if (lines.blank(i)) {
        continue;
      }
      seen++;
      String t = lines.text(i);
      summons |= SUMMONS.matcher(t).matches();
      utdrag |= UTDRAG.matcher(t).matches();
      protocol |= PROTOCOL.matcher(t).matches() || t.toLowerCase(Locale.ROOT).contains("sammanträdesprotokoll");
    }
    long paragraphs = arenden.stream().filter(a -> a.paragraph() != null).count();
    if (summons && !agenda.isEmpty()) {
      return DocumentKind.KALLELSE;
    }
    // "Utdragsbestyrkande" boxes stand on every page of a whole protocol too: an utdrag is one
    // paragraph, or says so
    if (utdrag && (paragraphs <= 1 || !protocol)) {
      return DocumentKind.PROTOKOLLSUTDRAG;
    }
    if (protocol || paragraphs >= 2 && agenda.isEmpty() && arenden.stream().allMatch(a -> a.paragraph() != null)) {
      return paragraphs == 1 && arenden.size() == 1 ? DocumentKind.PROTOKOLLSUTDRAG : DocumentKind.PROTOKOLL;
    }
    if (summons) {
      return DocumentKind.KALLELSE;
    }
    if (!arenden.isEmpty() && arenden.get(0).kind() == ArendeKind.PROTOKOLLSPARAGRAF) {
      return DocumentKind.PROTOKOLLSUTDRAG;
    }
    if (!arenden.isEmpty() && arenden.get(0).kind() == ArendeKind.OTHER && BUDGET.matcher(arenden.get(0).title()).matches()) {
      return DocumentKind.BUDGET;
    }
    if (arenden.isEmpty()) {
      String opening = lines.join(0, Math.min(lines.size() - 1, 40));
      return BUDGET.matcher(opening.replace('\n', ' ')).matches() ? DocumentKind.BUDGET : DocumentKind.OTHER;
    }
    return DocumentKind.SKRIVELSE;
  }
}
