package se.namndkoll.assemble;

import java.util.List;
import java.util.function.Consumer;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Reading;
import se.namndkoll.model.RuleInfo;
import se.namndkoll.rules.Compliance;
import se.namndkoll.rules.RulesCompliance;

/**
 * The rules a draft is checked by: those of the rules folder, as in a sweep, or where they cannot
 * be loaded (no rules folder where the command runs, a rule that does not compile) the same rules as
 * packed into the program. A draft is never written unchecked, and is judged as one about to be
 * sent ({@link Compliance#forDrafts}).
 */
public final class DraftChecks {

  private DraftChecks() {}

  /** The rules packed into the program, as a draft is judged by them. */
  public static Compliance asCompliance() {
    return RulesCompliance.bundled().forDrafts();
  }

  /**
   * The rules, or those packed into the program where the rules cannot be loaded; the note says
   * why.
   */
  public static Compliance orDraftChecks(Compliance rules, Consumer<String> note) {
    if (rules == null) {
      return asCompliance();
    }
    Compliance forDrafts = rules.forDrafts();
    return new Compliance() {
      @Override
      public List<Finding> check(List<Document> documents, List<Reading.Unreadable> unreadable) {
        try {
          return forDrafts.check(documents, unreadable);
        } catch (NamndkollException e) {
          note.accept("Reglerna kunde inte läsas (" + e.getMessage() + "): utkastet kontrollerades med "
              + "reglerna som följer med programmet.");
          return asCompliance().check(documents, unreadable);
        }
      }

      @Override
      public List<RuleInfo> catalogue() {
        return rules.catalogue();
      }
    };
  }
}
