package se.namndkoll.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every answer's safety headers: the pages load nothing but the archive's own stylesheets (no
 * script, nothing from elsewhere), are not framed by other sites, and say what they are.
 */
class SecurityHeaders implements HandlerInterceptor {

  static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'";

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    // an archived file sets its own (a PDF must open in the browser's reader)
    boolean archivedFile = handler instanceof HandlerMethod m && m.getBeanType() == SourceController.class;
    if (!archivedFile) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    return true;
  }
}
