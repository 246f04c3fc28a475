package se.namndkoll.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.namndkoll.NamndkollException;

/**
 * Where namndkoll keeps and finds its files, each overridable by an environment variable
 * ({@code NAMNDKOLL_INDEX}, {@code NAMNDKOLL_RULES}, {@code NAMNDKOLL_TEMPLATES},
 * {@code NAMNDKOLL_SOLR}) or a command's option.
 *
 * @param index the archive's search index
 * @param rules the folder of rule files and their policy
 * @param templates the folder of docx templates
 * @param solr the SolrCloud an archive on Solr is on (its zkHost, or a node's address); empty for the
 *     embedded index
 */
@ConfigurationProperties(prefix = "namndkoll")
public record NamndkollProperties(
    @DefaultValue(".namndkoll/index") Path index,
    @DefaultValue("rules") Path rules,
    @DefaultValue("templates") Path templates,
    @DefaultValue("") String solr) {

  /** The index folder a command's {@code --index} names, or this one when it names none. */
  public Path index(String option) {
    return option == null || option.isBlank() ? index : Path.of(option.strip());
  }

  /** The SolrCloud a command's {@code --solr} names, or this one; empty for the embedded index. */
  public String solr(String option) {
    String s = option == null || option.isBlank() ? solr : option;
    return s == null ? "" : s.strip();
  }

  /**
   * The SolrCloud a command's archive is on: its {@code --solr} or $NAMNDKOLL_SOLR, unless its
   * {@code --index} names the index folder; empty for the index folder. Both options are refused.
   */
  public String solr(String indexOption, String solrOption) {
    boolean index = indexOption != null && !indexOption.isBlank();
    if (index && solrOption != null && !solrOption.isBlank()) {
      throw NamndkollException.badUsage("--index and --solr name two archives; give one of them");
    }
    return index ? "" : solr(solrOption);
  }

  /** The rules folder a command's {@code --rules} names, or this one when it names none. */
  public Path rules(String option) {
    return option == null || option.isBlank() ? rules : Path.of(option.strip());
  }
}
