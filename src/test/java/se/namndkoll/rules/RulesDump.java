package se.namndkoll.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.ingest.Seeds;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;

/** Prints the findings over the corpus and the seeds, for a person to read. */
public final class RulesDump {

  public static void main(String[] args) {
    RulesCompliance rules = new RulesCompliance(Path.of("rules")).load();
    DocumentReader reader = DocumentReader.standard();
    List<Document> corpus = new ArrayList<>();
    for (Path f : ArchiveFiles.under(List.of(Path.of("corpus")))) {
      corpus.add(reader.read(f));
    }
    print("corpus", rules.check(corpus, List.of()));
    for (Path seed : Seeds.seedFiles()) {
      print(seed.getFileName().toString(), rules.check(List.of(Seeds.parse(seed)), List.of()));
    }
  }

  private static void print(String what, List<Finding> findings) {
    System.out.println("=== " + what + " " + findings.size());
    for (Finding f : findings) {
      System.out.println(f.severity() + " " + f.rule() + " | " + f.source() + " p" + f.page() + " l" + f.line() + " | " + f.dnr()
          + " | " + f.title() + " | " + f.message() + " | " + f.evidence());
    }
  }
}
