package se.namndkoll.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.namndkoll.check.Baseline;
import se.namndkoll.index.ArchiveSearch;
import se.namndkoll.model.Finding;

/**
 * How {@code serve} runs.
 *
 * @param bind the address to listen on (127.0.0.1 unless told)
 * @param port the port; 0 takes a free one
 * @param archive opens the archive (the index folder or a SolrCloud collection)
 * @param open {@code --public}: for everyone, without the findings
 * @param check the sweep of the archive for the findings pages ({@code check}'s), unused with {@code open}
 * @param reviews the reviews file a finding marked reviewed is written to
 * @param baseline an earlier sweep, to tell new findings and fixed ones; {@code null} for none
 * @param ruleTitles each rule's name in Swedish, by its id ("Uppgift om expediering saknas")
 */
public record WebSettings(String bind, int port, Supplier<ArchiveSearch> archive, boolean open,
    Site site, Supplier<List<Finding>> check, Path reviews, Baseline baseline, Map<String, String> ruleTitles) {

  public WebSettings {
    ruleTitles = ruleTitles == null ? Map.of() : Map.copyOf(ruleTitles);
  }

  /** Settings without findings (as {@code --public} serves). */
  public static WebSettings archiveOnly(String bind, int port, Supplier<ArchiveSearch> archive, Site site) {
    return new WebSettings(bind, port, archive, true, site, null, null, null, Map.of());
  }

  /** Whether the findings pages are served. */
  public boolean findings() {
    return !open && check != null;
  }
}
