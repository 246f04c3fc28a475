package se.namndkoll.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Searches an archive, wherever it is kept: the embedded index ({@link SearchService}) or a
 * SolrCloud collection ({@link SolrSearchService}). Both find the same ärenden for the same request,
 * count them alike per nämnd, year and kind, and mark the words found in the same way.
 */
public interface ArchiveSearch extends AutoCloseable {

  /**
   * The hits of the request. A query without hits is tried again: with each word the archive does
   * not know replaced by the nearest word it does ("menade du"), then, for several words, with only
   * some of them required; the result says which.
   */
  SearchResult search(SearchRequest request);

  /** The ärende (or meeting) with this id, with its sections; sekretess ones without. */
  Optional<ShownArende> show(String id);

  /**
   * The records of one meeting (a nämnd on a day) in every file the archive has of it (notice,
   * protocol, single skrivelser): agendas and ärenden, by file and in the order of the file.
   *
   * @param namnd the nämnd's name as the archive shows it
   */
  List<ArchiveEntry> meeting(String namnd, LocalDate date);

  /** Every meeting record of the archive (one per document with an agenda or a meeting). */
  List<ArchiveEntry> meetings();

  /** The ärenden of the archive, a page at a time, in an order that stays while the archive does. */
  ArchiveEntry.Slice arenden(int offset, int limit);

  /** The path of the archived file with this id ({@link ArchiveEntry#fileIdOf}), as it was ingested. */
  Optional<Path> file(String fileId);

  /**
   * Whether this still shows what the archive holds: false once the index folder has a newer commit
   * (an ingest since it was opened), when it is opened again to show it. A SolrCloud collection is
   * read live.
   */
  default boolean isCurrent() {
    return true;
  }

  @Override
  void close();
}
