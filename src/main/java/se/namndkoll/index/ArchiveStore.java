package se.namndkoll.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * Where ingest writes the archive: the embedded Lucene index ({@link ArchiveIndex}) or a SolrCloud
 * collection ({@link SolrArchiveStore}). Each file's documents replace what the store held of it;
 * what a file was read from is known by its content hash, so that a file read before is not read
 * again.
 */
public interface ArchiveStore extends AutoCloseable {

  /** The content hash of every file the store holds, by file key; "" for a file that could not be read at all. */
  Map<String, String> fileHashes();

  /** The file's documents in place of what the store held of it; none removes the file. Thread-safe. */
  void replace(String fileKey, List<Document> documents);

  /** Makes what was written so far seen by readers, and safe. */
  void commit();

  /** Gives up what was written since the last commit, where the store can; else says why not. */
  void rollback();

  @Override
  void close();
}
