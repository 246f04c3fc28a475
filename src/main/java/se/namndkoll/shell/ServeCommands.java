package se.namndkoll.shell;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import se.namndkoll.check.Baseline;
import se.namndkoll.check.CheckRequest;
import se.namndkoll.check.CheckService;
import se.namndkoll.check.Reviews;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.index.ArchiveSearch;
import se.namndkoll.index.SearchService;
import se.namndkoll.index.SolrSearchService;
import se.namndkoll.index.SolrSweep;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;
import se.namndkoll.rules.RulesCompliance;
import se.namndkoll.serve.RunningServer;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebServerLibraries;
import se.namndkoll.serve.WebSettings;

/** The archive in a web browser: {@code serve}. */
@Command(group = "Archive")
public class ServeCommands {

  private final NamndkollProperties properties;
  private final DocumentReader reader;
  private final RulesCompliance rules;
  private final Console console;

  public ServeCommands(NamndkollProperties properties, DocumentReader reader, RulesCompliance rules, Console console) {
    this.properties = properties;
    this.reader = reader;
    this.rules = rules;
    this.console = console;
  }

  @Command(command = "serve", description = "Serve the archive's search, ärenden and meetings as web pages "
      + "(and JSON under /api/); prints the address first and runs until interrupted (Ctrl-C).")
  public void serve(
      @Option(longNames = "port", description = "the port (0: a free one)", defaultValue = "8080") int port,
      @Option(longNames = "bind", description = "the address to listen on; 0.0.0.0 for every network",
          defaultValue = "127.0.0.1") String bind,
      @Option(longNames = "index", description = "the index folder") @OptionValues(provider = "files") String index,
      @Option(longNames = "solr", description = "a SolrCloud's zkHost or a node's address, to read the archive there "
          + "(default $NAMNDKOLL_SOLR)") String solr,
      @Option(longNames = "collection", description = "the SolrCloud collection", defaultValue = "namndkoll")
          String collection,
      @Option(longNames = "public", description = "for everyone: without the findings", arity =
          org.springframework.shell.command.CommandRegistration.OptionArity.ZERO) boolean open,
      @Option(longNames = "site", description = "the kommun's name and colours (default templates/web.yaml)")
          @OptionValues(provider = "files") String site,
      @Option(longNames = "rules", description = "the rules folder the findings are swept with (default rules/ or "
          + "$NAMNDKOLL_RULES)") String rulesDir,
      @Option(longNames = "reviews", description = "the file of reviewed findings (default .namndkoll/reviews.yaml)")
          String reviews,
      @Option(longNames = "baseline", description = "an earlier run's JSON or SARIF: show findings new and fixed since")
          String baseline) {
    if (port < 0 || port > 65535) {
      throw se.namndkoll.NamndkollException.badUsage("--port must be between 0 and 65535, not " + port);
    }
    String zkHost = properties.solr(index, solr);
    Path indexDir = properties.index(index);
    Supplier<ArchiveSearch> archive = zkHost.isEmpty() ? () -> SearchService.open(indexDir)
        : () -> SolrSearchService.connect(zkHost, collection);
    String where = zkHost.isEmpty() ? "index " + indexDir : "collection " + collection + " on " + zkHost;
    boolean own = site != null && !site.isBlank();
    Site style = Site.load(own ? Path.of(site.strip()) : properties.templates().resolve("web.yaml"), own);
    WebSettings settings;
    if (open) {
      settings = WebSettings.archiveOnly(bind.strip(), port, archive, style);
    } else {
      // the rules and the baseline are read now, so that a fault in them is said before the server starts
      RulesCompliance compliance = (rulesDir == null || rulesDir.isBlank() ? rules
          : new RulesCompliance(properties.rules(rulesDir))).load();
      Baseline past = baseline == null || baseline.isBlank() ? null : Baseline.read(Path.of(baseline.strip()));
      CheckService service = new CheckService(reader, compliance);
      CheckRequest request = new CheckRequest(List.of(), indexDir, null, null, null, Set.of(), Severity.INFO, null, null);
      Supplier<List<Finding>> check = zkHost.isEmpty() ? () -> service.check(request, ZonedDateTime.now()).findings()
          : () -> service.check(request, new SolrSweep(zkHost, collection, null, null, 2), List.of(),
              ZonedDateTime.now()).findings();
      Map<String, String> titles = new LinkedHashMap<>();
      compliance.catalogue().forEach(r -> titles.put(r.id(), r.title() == null ? r.id() : r.title()));
      settings = new WebSettings(bind.strip(), port, archive, false, style, check,
          reviews == null || reviews.isBlank() ? Reviews.DEFAULT_FILE : Path.of(reviews.strip()), past, titles);
    }
    RunningServer server = WebServerLibraries.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stop = new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "namndkoll-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    console.print("Serving " + server.url() + " (" + where + (open ? ", public: no findings" : "") + ")\n"
        + "Stop with Ctrl-C.");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(stop);
      server.close();
      console.print("The web server has stopped.");
    }
  }
}
