package se.namndkoll.config;

import java.nio.file.Path;

/**
 * Where the program keeps what it can make again (compiled rules, Solr's server libraries):
 * {@code $NAMNDKOLL_CACHE}, by default {@code .namndkoll/cache} in the working folder.
 */
public final class CacheFolder {

  private CacheFolder() {}

  /** The cache's root folder (it may not exist yet). */
  public static Path root() {
    String env = System.getenv("NAMNDKOLL_CACHE");
    return env == null || env.isBlank() ? Path.of(".namndkoll", "cache") : Path.of(env.strip());
  }
}
