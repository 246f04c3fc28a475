package se.namndkoll.report.findings;

import java.time.format.DateTimeFormatter;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/** The Swedish words and short forms reports use for the parts of a finding. */
final class Labels {

  static final String NO_NAMND = "Utan nämnd";
  static final String NO_SOURCE = "(utan dokument)";
  static final String NO_TITLE = "(utan rubrik)";
  static final String WHOLE_INDEX = "hela indexet";

  private static final DateTimeFormatter RUN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH.mm");

  private Labels() {}

  /** "Fel", "Varning", "Info". */
  static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "Fel";
      case WARNING -> "Varning";
      case INFO -> "Info";
    };
  }

  /** "ny", "känd". */
  static String status(Finding.Status s) {
    return s == Finding.Status.NEW ? "ny" : "känd";
  }

  /** "s. 41, rad 2612", "s. 41", "rad 12", or "" when neither is known. */
  /** What a finding read by OCR says of its quote. */
  static final String OCR = "läst med OCR: citatet kan innehålla feltolkningar";

  static String place(Finding f) {
    String page = f.page() == null ? "" : "s. " + f.page();
    String line = f.line() == null ? "" : "rad " + f.line();
    return page.isEmpty() || line.isEmpty() ? page + line : page + ", " + line;
  }

  static String namnd(Finding f) {
    return f.namnd() == null || f.namnd().isBlank() ? NO_NAMND : f.namnd();
  }

  static String source(Finding f) {
    return f.source() == null || f.source().isBlank() ? NO_SOURCE : f.source();
  }

  /** "Dnr 2026-00021 · Budgetuppföljning", or "Utan Dnr · Ordförandebeslut · 2026-01-15". */
  static String arende(Finding f) {
    String title = f.title() == null || f.title().isBlank() ? NO_TITLE : f.title();
    if (f.dnr() != null) {
      return "Dnr " + f.dnr() + " · " + title;
    }
    return "Utan Dnr · " + title + (f.date() == null ? "" : " · " + f.date());
  }

  /** "corpus/a.pdf, corpus/b.pdf", or "hela indexet". */
  static String checked(ReportContext c) {
    return c.wholeIndex() ? WHOLE_INDEX : String.join(", ", c.checked());
  }

  /** "2026-03-15 kl. 14.05", in the run's own zone. */
  static String runAt(ReportContext c) {
    return RUN_AT.format(c.runAt());
  }

  /** "14 filer lästa, 1 kunde inte läsas", or "" when no files were counted. */
  static String files(ReportContext c) {
    if (c.filesRead() == 0 && c.filesFailed() == 0) {
      return "";
    }
    String read = c.filesRead() + (c.filesRead() == 1 ? " fil läst" : " filer lästa");
    return c.filesFailed() == 0 ? read : read + ", " + c.filesFailed() + " kunde inte läsas";
  }

  /** "2 granskade fynd visas inte", or "" when none were left out. */
  static String reviewed(ReportContext c) {
    if (c.reviewed() == 0) {
      return "";
    }
    return c.reviewed() + (c.reviewed() == 1 ? " granskat fynd visas inte" : " granskade fynd visas inte");
  }

  /** "corpus/a.pdf s. 3, rad 12; corpus/b.docx rad 40": the places, or "" when there are none. */
  static String elsewhere(java.util.List<Finding> places) {
    return String.join("; ", places.stream().map(f -> {
      String place = place(f);
      return source(f) + (place.isEmpty() ? "" : " " + place);
    }).toList());
  }

  /** A document's or ärende's kind in Swedish, with å, ä and ö ("anmalningsarenden" → "anmälningsärenden"). */
  static String kind(String id) {
    return se.namndkoll.report.Kinds.swedish(id);
  }

  /** "2026-01-15 – 2026-04-15", one date when first and last are the same, or "" when unknown. */
  static String period(Scope s) {
    if (s.firstMeeting() == null) {
      return "";
    }
    return s.lastMeeting() == null || s.lastMeeting().equals(s.firstMeeting()) ? s.firstMeeting().toString()
        : s.firstMeeting() + " – " + s.lastMeeting();
  }

  /** "rules, 20 regler (SHA-256 3f9a…)": the rules folder, how many rules, the folder's hash. */
  static String rules(ReportContext c, boolean fullHash) {
    Scope s = c.scope();
    StringBuilder sb = new StringBuilder();
    if (s.rulesFolder() != null) {
      sb.append(s.rulesFolder()).append(", ");
    }
    sb.append(c.rules().size()).append(c.rules().size() == 1 ? " regel" : " regler");
    if (s.rulesHash() != null) {
      sb.append(" (SHA-256 ").append(fullHash ? s.rulesHash() : s.rulesHash().substring(0, 12) + "…").append(')');
    }
    return sb.toString();
  }

  /** The scope in short lines ("Kommun: Norrvik kommun", "Period: …"), each only where it is known. */
  static java.util.List<String> scopeLines(ReportContext c) {
    Scope s = c.scope();
    java.util.List<String> out = new java.util.ArrayList<>();
    if (s.kommun() != null) {
      out.add("Kommun: " + s.kommun());
    }
    if (!s.namnder().isEmpty()) {
      out.add((s.namnder().size() == 1 ? "Nämnd: " : "Nämnder: ") + String.join(", ", s.namnder()));
    }
    if (!period(s).isEmpty()) {
      out.add("Period (sammanträden): " + period(s));
    }
    if (!c.rules().isEmpty() || s.rulesHash() != null) {
      out.add("Regler: " + rules(c, false));
    }
    s.policy().forEach(p -> out.add("Policy: " + p));
    if (s.ranBy() != null) {
      out.add("Körd av: " + s.ranBy());
    }
    return out;
  }

  /** "1 fynd", "7 fynd": the noun is the same in both numbers. */
  static String count(int n) {
    return n + " fynd";
  }
}
