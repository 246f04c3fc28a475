package se.namndkoll.index;

import java.util.List;
import java.util.function.Consumer;
import se.namndkoll.model.Document;
import se.namndkoll.model.Reading;

/**
 * The documents of an archive in the groups a sweep judges together: all of them for the embedded
 * index, one nämnd (with its utskott) at a time for a SolrCloud collection ({@link SolrSweep}), so
 * that a sweep over a national archive never holds more than a few nämnder's documents at once.
 * What a rule compares across documents (a delegation decision and its anmälan) lies within one
 * nämnd.
 */
public interface SweepGroups {

  /**
   * One group's documents.
   *
   * @param body the nämnd the group is of (by {@code Names.key}), or "" for documents that name none
   */
  record Group(String body, List<Document> documents, List<Reading.Unreadable> unreadable) {}

  /** Gives each group to {@code each}, perhaps from several threads at once. */
  void forEach(Consumer<Group> each);

  /** The documents given, as one group. */
  static SweepGroups of(List<Document> documents, List<Reading.Unreadable> unreadable) {
    return each -> each.accept(new Group("", documents, unreadable));
  }

  /** Every file of the embedded index, as one group. */
  static SweepGroups index(java.nio.file.Path dir) {
    return each -> {
      List<Document> documents = new java.util.ArrayList<>();
      List<Reading.Unreadable> unreadable = new java.util.ArrayList<>();
      try (ArchiveIndex index = ArchiveIndex.forReading(dir)) {
        for (Reading f : index.files()) {
          if (f instanceof Reading.Parsed parsed) {
            documents.add(parsed.document());
          } else {
            unreadable.add((Reading.Unreadable) f);
          }
        }
      }
      each.accept(new Group("", documents, unreadable));
    };
  }
}
