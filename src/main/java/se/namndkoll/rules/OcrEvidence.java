package se.namndkoll.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;

/**
 * Marks the findings whose evidence was read by OCR: on a page OCR read, or, where a finding names
 * no page, in an ärende that runs over such a page. A revisor must know that such a quote may hold
 * misreads.
 */
final class OcrEvidence {

  private OcrEvidence() {}

  static List<Finding> marked(List<Finding> findings, List<Document> documents) {
    Map<String, Document> scanned = new HashMap<>();
    for (Document d : documents) {
      if (!d.scanned().recognised().isEmpty()) {
        scanned.put(d.source(), d);
      }
    }
    if (scanned.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Document d = f.source() == null ? null : scanned.get(f.source());
      out.add(d != null && fromOcr(f, d) ? f.fromOcr() : f);
    }
    return out;
  }

  private static boolean fromOcr(Finding f, Document d) {
    if (f.page() != null) {
      return d.scanned().recognised().contains(f.page());
    }
    for (Arende a : d.arenden()) {
      boolean same = a.dnr() != null && (a.dnr().full().equals(f.dnr()) || a.dnr().normalised().equals(f.dnr()));
      if (same && a.location() != null
          && d.scanned().recognisedBetween(a.location().pageStart(), a.location().pageEnd())) {
        return true;
      }
    }
    return false;
  }
}
