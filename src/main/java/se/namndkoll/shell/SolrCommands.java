package se.namndkoll.shell;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import se.namndkoll.NamndkollException;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.index.SolrCollections;
import se.namndkoll.report.Json;
import se.namndkoll.shell.ParseCommands.Format;

/** An archive on SolrCloud: {@code solr init}. */
@Command(command = "solr", group = "Archive")
public class SolrCommands {

  private final SolrCollections collections;
  private final NamndkollProperties properties;
  private final Console console;

  public SolrCommands(SolrCollections collections, NamndkollProperties properties, Console console) {
    this.collections = collections;
    this.properties = properties;
    this.console = console;
  }

  @Command(command = "init", description = "Make a SolrCloud collection for the archive: upload the configset and "
      + "create the collection (its nodes need namndkoll-solr-plugin.jar).")
  public void init(
      @Option(longNames = "solr", description = "the SolrCloud's zkHost (host:port[/chroot]) or a node's address "
          + "(default $NAMNDKOLL_SOLR)") String solr,
      @Option(longNames = "collection", description = "the collection", defaultValue = "namndkoll") String collection,
      @Option(longNames = "shards", description = "shards of the collection", defaultValue = "2") int shards,
      @Option(longNames = "replicas", description = "replicas of each shard", defaultValue = "2") int replicas,
      @Option(longNames = "format", description = "table or json", defaultValue = "table")
          @OptionValues(provider = "tableOrJson") String format) {
    Format f = Format.of(format, Format.TABLE, Format.JSON);
    String zkHost = properties.solr(solr);
    if (zkHost.isEmpty()) {
      throw NamndkollException.badUsage("solr init: name the SolrCloud with --solr ZKHOST or $NAMNDKOLL_SOLR");
    }
    SolrCollections.Made made = collections.init(zkHost, collection, shards, replicas);
    if (f == Format.JSON) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("collection", made.collection());
      m.put("configset", made.configset());
      m.put("shards", made.shards());
      m.put("replicas", made.replicas());
      m.put("solr", zkHost);
      console.print(Json.write(m));
    } else {
      console.print(String.format(Locale.ROOT, "Collection %s on %s: %d shard%s × %d replica%s, configset %s%n",
          made.collection(), zkHost, made.shards(), made.shards() == 1 ? "" : "s", made.replicas(),
          made.replicas() == 1 ? "" : "s", made.configset()));
    }
  }
}
