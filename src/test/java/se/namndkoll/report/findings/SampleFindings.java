package se.namndkoll.report.findings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import se.namndkoll.model.Finding;
import se.namndkoll.model.RuleInfo;
import se.namndkoll.model.Severity;

/** Findings of a fictional kommun's check, and the context of that run. */
public final class SampleFindings {

  public static final String IFN = "Individ- och familjeomsorgsnämnden";
  static final String TN = "Tekniska nämnden";
  static final String IFN_KALLELSE = "corpus/ifn-2026-03-10-kallelse.pdf";
  static final LocalDate IFN_MEETING = LocalDate.of(2026, 3, 10);
  static final LocalDate TN_MEETING = LocalDate.of(2026, 2, 24);

  static final ZonedDateTime RUN_AT = ZonedDateTime.of(2026, 3, 16, 9, 30, 0, 0, ZoneId.of("Europe/Stockholm"));

  private SampleFindings() {}

  public static List<Finding> all() {
    return List.of(
        new Finding("BKA-MISSING", Severity.ERROR, IFN, IFN_MEETING, "2026-00034",
            "Riktlinje för ekonomiskt bistånd 2026", IFN_KALLELSE, 7, 412,
            "Riktlinjen gäller hushåll med barn som ansöker om ekonomiskt bistånd.",
            "Skrivelsen saknar barnkonsekvensanalys fast ärendet rör barn.", "Lag (2018:1197) art. 3, 12", null,
            null),
        new Finding("BUDGET-TABLE-MISMATCH", Severity.WARNING, IFN, IFN_MEETING, "2026-00021",
            "Budgetuppföljning februari 2026", IFN_KALLELSE, 4, 161, "Summa kostnader −12 300",
            "Raderna summerar till −12 310 tkr; tabellen anger −12 300 tkr.", "Korrekt redovisning", null, null),
        new Finding("BUDGET-DEFICIT", Severity.WARNING, IFN, IFN_MEETING, "2026-00021",
            "Budgetuppföljning februari 2026", IFN_KALLELSE, 3, 120,
            "Helårsprognosen visar ett underskott om 4,2 mkr.", "Prognosen visar ett underskott på 4 200 tkr.",
            "KL 6 kap. 6 §, 11 kap.", null, null),
        new Finding("PLACEHOLDER-LEFT", Severity.ERROR, IFN, IFN_MEETING, "2026-00034",
            "Riktlinje för ekonomiskt bistånd 2026", IFN_KALLELSE, 8, 455,
            "Beslutet expedieras till: [Organisation/Person, e-post/postadress]",
            "Mallens platshållare står kvar: \"[Organisation/Person, e-post/postadress]\".", "God förvaltningssed",
            null, null),
        new Finding("DELEGATION-NOT-REPORTED", Severity.ERROR, IFN, null, null,
            "Ordförandebeslut om tillfälligt boende", "corpus/ifn-ordforandebeslut-2026-01-15.docx", null, 14,
            "Ordföranden beslutar med stöd av 6 kap. 39 § kommunallagen att bevilja tillfälligt boende.",
            "Ordförandebeslutet 2026-01-15 anmäls inte vid nämndens första sammanträde därefter, 2026-02-10.",
            "KL 6 kap. 39–40 §§, 7 kap. 8 §", LocalDate.of(2026, 1, 15), null),
        new Finding("SAMVERKAN-MISSING", Severity.INFO, TN, TN_MEETING, "2026-00112",
            "Taxa för parkering 2026", "corpus/tn-2026-02-24-kallelse.pdf", 5, 233,
            "Beslutsunderlag; 1. Tjänsteskrivelse 2026-02-09", "Skrivelsen saknar avsnittet Samverkan.",
            "MBL 11–14 §§", null, null),
        new Finding("INGEST-FAILED", Severity.ERROR, null, null, null, "trasig.pdf", "corpus/trasig.pdf", null,
            null, null, "corrupt or unreadable PDF (truncated: no %%EOF end marker in the last 1024 bytes)", null,
            null, null));
  }

  public static ReportContext context() {
    return ReportContext.of(List.of("corpus/"), RUN_AT).withFiles(14, 1).withReviewed(2)
        .withScope(Scope.NONE.withTool("1.2.3", "https://example.org/namndkoll",
            "https://example.org/namndkoll/RULES.md"))
        .withRules(List.of(
            new RuleInfo("BKA-MISSING", Severity.ERROR, "Lag (2018:1197) art. 3, 12",
                "En skrivelse med beslut saknar barnkonsekvensanalys.", "Barnkonsekvensanalys saknas",
                "Uppföljning av placeringar: ingen barnkonsekvensanalys."),
            new RuleInfo("INGEST-FAILED", Severity.ERROR, null, "En fil kunde inte läsas.")));
  }
}
