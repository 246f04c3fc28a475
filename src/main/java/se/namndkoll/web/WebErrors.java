package se.namndkoll.web;

import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A request's error in one sentence, for a page or the API. */
final class WebErrors {

  private WebErrors() {}

  static String said(Exception e) {
    if (e instanceof MissingServletRequestParameterException m) {
      return m.getParameterName() + ": missing";
    }
    if (e instanceof MethodArgumentTypeMismatchException m) {
      return m.getName() + ": not a valid value";
    }
    return e.getMessage();
  }
}
