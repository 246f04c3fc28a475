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

  /** The rules loaded: id, severity, basis and what each checks. */
  List<RuleInfo> catalogue();
}
