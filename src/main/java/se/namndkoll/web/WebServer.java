package se.namndkoll.web;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import se.namndkoll.NamndkollException;
import se.namndkoll.serve.RunningServer;
import se.namndkoll.serve.WebSettings;

/**
 * The web interface on an embedded Tomcat: one servlet, Spring MVC's, over the archive the settings
 * open. Started by {@code serve} through {@link se.namndkoll.serve.WebServerLibraries}; read-only.
 */
public final class WebServer implements RunningServer {

  private final Tomcat tomcat;
  private final WebArchive archive;
  private final WebFindings findings;
  private final Path work;
  private final String url;

  private WebServer(Tomcat tomcat, WebArchive archive, WebFindings findings, Path work, String url) {
    this.tomcat = tomcat;
    this.archive = archive;
    this.findings = findings;
    this.work = work;
    this.url = url;
  }

  /** Starts the server; it answers once this returns. */
  public static WebServer start(WebSettings settings) {
    WebArchive archive = new WebArchive(settings.archive());
    WebFindings findings = null;
    Path work = null;
    Tomcat tomcat = new Tomcat();
    try {
      work = Files.createTempDirectory("namndkoll-serve");
      tomcat.setBaseDir(work.toString());
      Connector connector = new Connector();
      connector.setPort(settings.port());
      connector.setProperty("address", settings.bind());
      connector.setThrowOnFailure(true);
      connector.setURIEncoding("UTF-8");
      tomcat.setConnector(connector);
      tomcat.getHost().setAutoDeploy(false);

      AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
      spring.setClassLoader(WebServer.class.getClassLoader());
      spring.register(WebConfig.class, PageController.class, SourceController.class, ApiController.class,
          SiteStyle.class, OParlController.class, PageErrors.class, ApiErrors.class);
      WebFindings swept = settings.findings()
          ? new WebFindings(settings.check(), archive, settings.reviews(), settings.baseline()) : null;
      findings = swept;
      if (swept != null) {
        spring.register(FindingsController.class);
      }
      spring.addBeanFactoryPostProcessor(beans -> {
        beans.registerSingleton("webArchive", archive);
        beans.registerSingleton("webSettings", settings);
        beans.registerSingleton("webToken", WebToken.random());
        if (swept != null) {
          beans.registerSingleton("webFindings", swept);
        }
      });
      DispatcherServlet dispatcher = new DispatcherServlet(spring);
      Context context = tomcat.addContext("", work.toString());
      context.setParentClassLoader(WebServer.class.getClassLoader());
      // forms send UTF-8 (the pages are UTF-8); Tomcat would read their bodies as ISO-8859-1
      context.setRequestCharacterEncoding("UTF-8");
      context.setResponseCharacterEncoding("UTF-8");
      Tomcat.addServlet(context, "namndkoll", dispatcher).setLoadOnStartup(1);
      context.addServletMappingDecoded("/", "namndkoll");
      tomcat.start();
      int port = tomcat.getConnector().getLocalPort();
      String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
      return new WebServer(tomcat, archive, findings, work, "http://" + host + ":" + port + "/");
    } catch (LifecycleException | IllegalArgumentException | IOException e) {
      stop(tomcat);
      if (findings != null) {
        findings.close();
      }
      archive.close();
      if (causedBy(e, BindException.class)) {
        throw new NamndkollException(settings.bind() + ":" + settings.port()
            + ": cannot listen there (the port is taken, or the address is not this machine's); give another --port or --bind", e);
      }
      throw new NamndkollException("the web server did not start (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public String url() {
    return url;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static void stop(Tomcat tomcat) {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      // stopping goes on: the archive still has to be closed
    }
  }

  @Override
  public void close() {
    stop(tomcat);
    if (findings != null) {
      findings.close();
    }
    archive.close();
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // the server's scratch folder in the temporary folder: the system clears it
    }
  }
}
