package se.namndkoll.report.findings;

import se.namndkoll.model.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Personnummer;

/**
 * Keeps personnummer and samordningsnummer out of every report: each text a report prints — a
 * finding's quote, message, title, nämnd, file name and basis, the paths checked, what the rules say
 * of themselves, the scope and the revisor's conclusions — with every number masked
 * ({@code 19850312-XXXX}) by the model's {@link Personnummer}. A report is meant to be sent on, so
 * this is done whatever the documents were read as.
 */
public final class Masking {

  private Masking() {}

  /** The text with every personnummer masked; {@code null} stays {@code null}. */
  public static String text(String s) {
    return Personnummer.mask(s);
  }

  /** The finding with every personnummer in its texts masked; the same finding where there is none. */
  public static Finding finding(Finding f) {
    String namnd = text(f.namnd());
    String title = text(f.title());
    String source = text(f.source());
    String evidence = text(f.evidence());
    String message = text(f.message());
    String basis = text(f.basis());
    if (same(namnd, f.namnd()) && same(title, f.title()) && same(source, f.source()) && same(evidence, f.evidence())
        && same(message, f.message()) && same(basis, f.basis())) {
      return f;
    }
    return new Finding(f.rule(), f.severity(), namnd, f.meetingDate(), f.dnr(), title, source, f.page(), f.line(),
        evidence, message, basis, f.date(), f.status(), f.ocr());
  }

  public static List<Finding> findings(List<Finding> findings) {
    return findings.stream().map(Masking::finding).toList();
  }

  /** The context with every personnummer in its texts masked. */
  static ReportContext context(ReportContext c) {
    Map<String, RuleInfo> rules = new TreeMap<>();
    c.rules().forEach((id, r) -> rules.put(id, new RuleInfo(r.id(), r.severity(), text(r.basis()),
        text(r.description()), text(r.title()), text(r.example()))));
    Scope s = c.scope();
    Scope scope = new Scope(text(s.kommun()), texts(s.namnder()), s.firstMeeting(), s.lastMeeting(),
        s.documents().stream().map(d -> new Scope.DocumentRead(text(d.source()), text(d.namnd()), d.meetingDate(),
            d.kind())).toList(),
        s.failed().stream().map(d -> new Scope.FileFailed(text(d.source()), text(d.reason()))).toList(),
        text(s.rulesFolder()), s.rulesHash(), texts(s.policy()), text(s.ranBy()), text(s.conclusions()),
        s.toolVersion(), s.informationUri(), s.referenceUri());
    List<PastFinding> baseline = c.baseline() == null ? null : c.baseline().stream()
        .map(p -> new PastFinding(p.fingerprint(), p.rule(), text(p.namnd()))).toList();
    return new ReportContext(texts(c.checked()), c.runAt(), rules, c.filesRead(), c.filesFailed(), c.reviewed(), scope,
        baseline);
  }

  private static List<String> texts(List<String> list) {
    return list.stream().map(Masking::text).toList();
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
