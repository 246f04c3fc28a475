package se.namndkoll.serve;

import se.namndkoll.libraries.BesideLibraries;

/**
 * Starts the web server of {@code serve}: Spring MVC, Tomcat and Thymeleaf are beside the program's
 * class path ({@link BesideLibraries}, folder {@value #FOLDER}), so that no other command pays for
 * them at its start. Defined again with them: the pages themselves, the package {@code
 * se.namndkoll.web}.
 */
public final class WebServerLibraries {

  static final String FOLDER = "web-server";
  private static final String MARKER = "org/springframework/web/servlet/DispatcherServlet.class";
  private static final String WEB = "se.namndkoll.web.";
  private static final String SERVER = WEB + "WebServer";

  private WebServerLibraries() {}

  /** Starts the server; it answers once this returns. */
  public static RunningServer start(WebSettings settings) {
    ClassLoader loader = BesideLibraries.loader(FOLDER, MARKER, WebServerLibraries::definedHere);
    return (RunningServer) BesideLibraries.call(loader, SERVER, "start", new Class<?>[] {WebSettings.class}, settings);
  }

  /** Whether the class is defined again beside the web libraries rather than taken from the program. */
  static boolean definedHere(String name) {
    return name.startsWith(WEB) && name.indexOf('.', WEB.length()) < 0;
  }
}
