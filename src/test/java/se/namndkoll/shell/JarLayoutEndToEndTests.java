package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar keeps the libraries of {@code cluster start} (Solr's server) and {@code serve}
 * (the web server) beside its class path, each set in its folder with its list, so that the other
 * commands start without them.
 */
class JarLayoutEndToEndTests {

  @Test
  void theServersLibrariesAreBesideTheClassPath() throws Exception {
    List<String> classPath = new ArrayList<>();
    List<String> solr;
    List<String> web;
    try (ZipFile jar = new ZipFile(Jar.jar().toFile())) {
      jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
          .forEach(name -> classPath.add(name.substring("BOOT-INF/lib/".length())));
      solr = listed(jar, "solr-server");
      web = listed(jar, "web-server");
    }
    assertThat(classPath).anyMatch(name -> name.startsWith("solr-solrj-")).anyMatch(name -> name.startsWith("spring-context-"))
        .noneMatch(name -> name.startsWith("solr-core-") || name.startsWith("jetty-server-")
            || name.startsWith("lucene-backward-codecs-") || name.startsWith("guava-"))
        .noneMatch(name -> name.startsWith("spring-web") || name.startsWith("tomcat-embed-core-")
            || name.startsWith("thymeleaf"));
    assertThat(solr).anyMatch(name -> name.startsWith("solr-core-")).anyMatch(name -> name.startsWith("jetty-server-"))
        .doesNotContainAnyElementsOf(classPath).doesNotContainAnyElementsOf(web);
    assertThat(web).anyMatch(name -> name.startsWith("spring-webmvc-")).anyMatch(name -> name.startsWith("tomcat-embed-core-"))
        .anyMatch(name -> name.startsWith("thymeleaf-spring6-")).doesNotContainAnyElementsOf(classPath);
  }

  /** The jars a folder's list names, each checked to be in the jar. */
  private static List<String> listed(ZipFile jar, String folder) throws Exception {
    ZipEntry list = jar.getEntry("BOOT-INF/classes/" + folder + "/libraries.txt");
    assertThat(list).as(folder + "/libraries.txt").isNotNull();
    List<String> out = new ArrayList<>();
    for (String entry : new String(jar.getInputStream(list).readAllBytes(), StandardCharsets.UTF_8).strip().split(",")) {
      assertThat(jar.getEntry("BOOT-INF/classes/" + entry)).as(entry).isNotNull();
      out.add(entry.substring(folder.length() + 1));
    }
    return out;
  }
}
