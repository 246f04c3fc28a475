package se.namndkoll.rules.facts;

import java.time.LocalDate;
import java.util.List;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Document;
import se.namndkoll.model.Names;

/**
 * A document with the meeting it belongs to, its own or found through its Dnr.
 *
 * @param namnd the nämnd, one spelling per sweep, or {@code null}
 * @param meetingDate the meeting's date, or {@code null} where none was found
 * @param utskott the meeting is an utskott's
 * @param parent the nämnd an utskott reports to, or {@code null}
 * @param dnrs the registry numbers the document names
 * @param packageKey the meeting's package (nämnd and date), or {@code null}
 */
record Placed(Document doc, String namnd, LocalDate meetingDate, boolean utskott, String parent, List<Dnr> dnrs,
    String packageKey) {

  Placed(Document doc, String namnd, LocalDate meetingDate, boolean utskott, String parent, List<Dnr> dnrs) {
    this(doc, namnd, meetingDate, utskott, parent, dnrs, meetingDate == null ? null : Names.key(namnd) + "|" + meetingDate);
  }

  /** The Dnr the document is filed under, as shown: its first, or {@code null}. */
  String firstDnr() {
    return dnrs.stream().findFirst().map(Dnr::normalised).orElse(null);
  }

  /** What a fact of this document is about, with the ärende, place and quote given. */
  About about(String namndOfFact, String dnr, String title, Integer page, Integer line, String evidence) {
    return new About(doc.source(), namndOfFact, meetingDate, dnr, title, page, line, evidence);
  }
}
