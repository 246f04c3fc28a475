package se.namndkoll.rules;

import java.util.List;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Reading;
import se.namndkoll.model.RuleInfo;

/** The rules, as the sweep sees them: findings for documents, and the catalogue of rules. */
public interface Compliance {

  /** All findings over the documents together, and over the files that could not be read. */
  List<Finding> check(List<Document> documents, List<Reading.Unreadable> unreadable);

  /**
   * The same rules for a draft about to be sent, which may ask more of it than of documents already
   * sent (the policy's {@code drafts:}).
   */
  default Compliance forDrafts() {
    return this;
  }

  /** The rules loaded: id, severity, basis and what each checks. */
  List<RuleInfo> catalogue();
}
