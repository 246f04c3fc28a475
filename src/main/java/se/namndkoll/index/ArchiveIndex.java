package se.namndkoll.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import se.namndkoll.NamndkollException;
import se.namndkoll.model.Reading;

/**
 * The archive's persistent Lucene index in one folder. Writing replaces a file's documents as a
 * whole, and what was committed survives a crash or a kill: the index always opens with its last
 * commit.
 */
public final class ArchiveIndex implements ArchiveStore {

  private final Path dir;
  private final Directory directory;
  private IndexWriter writer;

  private ArchiveIndex(Path dir, Directory directory) {
    this.dir = dir;
    this.directory = directory;
  }

  /**
   * Opens (and creates when missing) the index in the folder, for writing. With {@code rebuild} the
   * writer starts from nothing, but the last commit stays on disk and is what every reader sees
   * until the writer commits: the new index is built beside the old one, and the commit switches
   * from one to the other at once (Lucene writes the new commit point and then renames it in place).
   */
  public static ArchiveIndex forWriting(Path dir, boolean rebuild) {
    try {
      Files.createDirectories(dir);
      ArchiveIndex index = new ArchiveIndex(dir, FSDirectory.open(dir));
      IndexWriterConfig config = new IndexWriterConfig(FieldAnalyzers.index());
      config.setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(true);
      index.writer = new IndexWriter(index.directory, config);
      return index;
    } catch (LockObtainFailedException e) {
      throw new NamndkollException(dir + ": the index is being written by another namndkoll; wait for it to finish", e);
    } catch (IOException e) {
      throw new NamndkollException(dir + ": cannot open the index for writing (" + e.getMessage() + ")", e);
    }
  }

  /** Opens an existing index for reading; a missing one is an error that says how to make it. */
  public static ArchiveIndex forReading(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new NamndkollException(dir + ": no index here; fill one with 'ingest PATH' first");
    }
    try {
      ArchiveIndex index = new ArchiveIndex(dir, FSDirectory.open(dir));
      if (!DirectoryReader.indexExists(index.directory)) {
        throw new NamndkollException(dir + ": no index here; fill one with 'ingest PATH' first");
      }
      return index;
    } catch (IOException e) {
      throw new NamndkollException(dir + ": cannot open the index (" + e.getMessage() + ")", e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** Each indexed file's key and the hash of its content when it was read (failed files too). */
  public Map<String, String> fileHashes() {
    Map<String, String> out = new HashMap<>();
    try (DirectoryReader reader = reader()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query files = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_FILE)), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_FAILED)), BooleanClause.Occur.SHOULD)
          .build();
      TopDocs top = searcher.search(files, Math.max(1, reader.maxDoc()));
      var stored = searcher.storedFields();
      for (var sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(IndexFields.FILE, IndexFields.HASH));
        out.put(d.get(IndexFields.FILE), d.get(IndexFields.HASH));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the archive, read documents and failures alike, in the order of their names. */
  public List<Reading> files() {
    List<Reading> out = new ArrayList<>();
    try (DirectoryReader reader = reader()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query files = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_FILE)), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_FAILED)), BooleanClause.Occur.SHOULD)
          .build();
      TopDocs top = searcher.search(files, Math.max(1, reader.maxDoc()));
      var stored = searcher.storedFields();
      for (var sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        String source = d.get(IndexFields.SOURCE);
        if (IndexFields.TYPE_FAILED.equals(d.get(IndexFields.TYPE))) {
          out.add(new Reading.Unreadable(source, d.get(IndexFields.REASON)));
        } else {
          out.add(new Reading.Parsed(source, DocumentCodec.document(d.getBinaryValue(IndexFields.STORED_DOCUMENT).bytes)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(Reading::source));
    return out;
  }

  /** Replaces everything indexed from the file with these documents (none: forgets the file), atomically. */
  public void replace(String fileKey, List<Document> documents) {
    try {
      if (documents.isEmpty()) {
        writer.deleteDocuments(new Term(IndexFields.FILE, fileKey));
        return;
      }
      List<Document> built = documents.stream().map(DocumentIndexer::build).toList();
      writer.updateDocuments(new Term(IndexFields.FILE, fileKey), built);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Drops everything written since the last commit and closes the writer: the index stays as it
   * was committed (a rebuild that did not finish leaves the old archive whole).
   */
  public void rollback() {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException e) {
      throw new NamndkollException(dir + ": cannot roll back the index (" + e.getMessage() + ")", e);
    } finally {
      writer = null;
    }
  }

  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new NamndkollException(dir + ": cannot commit the index (" + e.getMessage() + ")", e);
    }
  }

  /** A reader of what is committed; close it when done. */
  public DirectoryReader reader() {
    try {
      return writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
    } catch (IndexNotFoundException e) {
      throw new NamndkollException(dir + ": no index here; fill one with 'ingest PATH' first", e);
    } catch (IOException e) {
      throw new NamndkollException(dir + ": cannot read the index (" + e.getMessage() + ")", e);
    }
  }

  /** Bytes the index takes on disk. */
  public long sizeOnDisk() {
    try (var files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    try {
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new NamndkollException(dir + ": cannot close the index (" + e.getMessage() + ")", e);
    }
  }
}
