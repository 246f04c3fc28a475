package se.namndkoll.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import se.namndkoll.NamndkollException;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.index.ArchiveSearch;
import se.namndkoll.index.ArchiveStats;
import se.namndkoll.index.IngestService;
import se.namndkoll.index.IngestSummary;
import se.namndkoll.index.SearchRequest;
import se.namndkoll.index.SearchResult;
import se.namndkoll.index.SearchService;
import se.namndkoll.index.SolrArchiveStats;
import se.namndkoll.index.SolrArchiveStore;
import se.namndkoll.index.SolrSearchService;
import se.namndkoll.report.ArchiveReports;
import se.namndkoll.shell.ParseCommands.Format;

/** The archive: {@code ingest}, {@code search}, {@code show}, {@code stats}. */
@Command(group = "Archive")
public class ArchiveCommands {

  private final IngestService ingest;
  private final NamndkollProperties properties;
  private final Console console;

  public ArchiveCommands(IngestService ingest, NamndkollProperties properties, Console console) {
    this.ingest = ingest;
    this.properties = properties;
    this.console = console;
  }

  @Command(command = "ingest", description = "Read every document under the paths into the archive's index "
      + "(unchanged files are skipped, changed ones replaced).")
  public void ingest(
      @Positional @Option(longNames = "paths", description = "files and folders to read", required = true,
          arity = OptionArity.ONE_OR_MORE) @OptionValues(provider = "files") String[] paths,
      @Option(longNames = "index", description = "the index folder (default .namndkoll/index or $NAMNDKOLL_INDEX)")
          String index,
      @Option(longNames = "rebuild", description = "start the index over", arity = OptionArity.ZERO) boolean rebuild,
      @Option(longNames = "threads", description = "documents read at once", defaultValue = "2") int threads,
      @Option(longNames = "solr", description = "a SolrCloud's zkHost (host:port[/chroot]) or a node's address, "
          + "to write the archive there (default $NAMNDKOLL_SOLR; none: the index folder)") String solr,
      @Option(longNames = "collection", description = "the SolrCloud collection", defaultValue = "namndkoll")
          String collection,
      @Option(longNames = "format", description = "table or json", defaultValue = "table")
          @OptionValues(provider = "tableOrJson") String format) {
    Format f = Format.of(format, Format.TABLE, Format.JSON);
    List<Path> targets = Arrays.stream(paths).map(Path::of).toList();
    String zkHost = properties.solr(index, solr);
    if (!zkHost.isEmpty() && rebuild) {
      throw NamndkollException.badUsage("--rebuild: a SolrCloud collection is not rebuilt in place; "
          + "ingest into a new collection instead");
    }
    IngestSummary summary;
    try (IngestProgress progress = new IngestProgress(console.terminal(), System.err)) {
      summary = zkHost.isEmpty() ? ingest.ingest(targets, properties.index(index), rebuild, threads, progress)
          : ingest.ingest(targets, () -> SolrArchiveStore.connect(zkHost, collection), false, threads, progress);
    }
    console.print(f == Format.JSON ? ArchiveReports.ingestJson(summary) : ArchiveReports.ingestTable(summary));
  }

  @Command(command = "search", description = "Search the archive in Swedish: words, \"phrases\", AND/OR/NOT, "
      + "fields such as dnr:, namnd:, year:, kind:, barnkonsekvensanalys:.")
  public void search(
      @Positional @Option(longNames = "query", description = "what to search for", required = true,
          arity = OptionArity.ONE_OR_MORE) String[] query,
      @Option(longNames = "namnd", description = "only this nämnd (name or Dnr prefix)") String namnd,
      @Option(longNames = "from", description = "meetings from this date (YYYY-MM-DD or YYYY)") String from,
      @Option(longNames = "to", description = "meetings up to this date (YYYY-MM-DD or YYYY)") String to,
      @Option(longNames = "kind", description = "ärende or document kind (skrivelse, protokoll …)") String kind,
      @Option(longNames = "limit", description = "hits to show", defaultValue = "10") int limit,
      @Option(longNames = "format", description = "table or json", defaultValue = "table")
          @OptionValues(provider = "tableOrJson") String format,
      @Option(longNames = "solr", description = "a SolrCloud's zkHost or a node's address, to read the archive there "
          + "(default $NAMNDKOLL_SOLR)") String solr,
      @Option(longNames = "collection", description = "the SolrCloud collection", defaultValue = "namndkoll")
          String collection,
      @Option(longNames = "index", description = "the index folder") String index) {
    Format f = Format.of(format, Format.TABLE, Format.JSON);
    SearchRequest request = new SearchRequest(String.join(" ", query), namnd, SearchRequest.day(from, "--from", false),
        SearchRequest.day(to, "--to", true), kind, limit);
    try (ArchiveSearch search = open(index, solr, collection)) {
      SearchResult result = search.search(request);
      console.print(f == Format.JSON ? ArchiveReports.searchJson(result)
          : ArchiveReports.searchTable(result, console.colour()));
    }
  }

  @Command(command = "show", description = "Show an ärende of the archive with its sections (the id from search).")
  public void show(
      @Positional @Option(longNames = "id", description = "the ärende's id, as search shows it", required = true,
          arity = OptionArity.EXACTLY_ONE) String id,
      @Option(longNames = "solr", description = "a SolrCloud's zkHost or a node's address, to read the archive there "
          + "(default $NAMNDKOLL_SOLR)") String solr,
      @Option(longNames = "collection", description = "the SolrCloud collection", defaultValue = "namndkoll")
          String collection,
      @Option(longNames = "index", description = "the index folder") String index) {
    try (ArchiveSearch search = open(index, solr, collection)) {
      console.print(ArchiveReports.show(search.show(id.strip())
          .orElseThrow(() -> new NamndkollException("no ärende with id " + id + " in the archive"))));
    }
  }

  @Command(command = "stats", description = "What the archive holds: meetings per nämnd and year, ärenden, files, size.")
  public void stats(
      @Option(longNames = "index", description = "the index folder") String index,
      @Option(longNames = "solr", description = "a SolrCloud's zkHost or a node's address, to read the archive there "
          + "(default $NAMNDKOLL_SOLR)") String solr,
      @Option(longNames = "collection", description = "the SolrCloud collection", defaultValue = "namndkoll")
          String collection,
      @Option(longNames = "format", description = "table or json", defaultValue = "table")
          @OptionValues(provider = "tableOrJson") String format) {
    Format f = Format.of(format, Format.TABLE, Format.JSON);
    String zkHost = properties.solr(index, solr);
    ArchiveStats stats = zkHost.isEmpty() ? ArchiveStats.of(properties.index(index))
        : SolrArchiveStats.of(zkHost, collection);
    console.print(f == Format.JSON ? ArchiveReports.statsJson(stats) : ArchiveReports.statsTable(stats));
  }

  /** The archive the options name: the index folder, or a SolrCloud collection. */
  private ArchiveSearch open(String index, String solr, String collection) {
    String zkHost = properties.solr(index, solr);
    return zkHost.isEmpty() ? SearchService.open(properties.index(index)) : SolrSearchService.connect(zkHost, collection);
  }

}
