package se.namndkoll.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.namndkoll.NamndkollException;
import se.namndkoll.serve.WebSettings;

/** What a page answers when it cannot be shown: a page saying why, with the right status. */
@ControllerAdvice
public class PageErrors {

  private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

  private final WebSettings settings;

  public PageErrors(WebSettings settings) {
    this.settings = settings;
  }

  @ExceptionHandler(NotFound.class)
  public ModelAndView notFound(NotFound e) {
    return page(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(Forbidden.class)
  public ModelAndView forbidden(Forbidden e) {
    return page(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
  public ModelAndView noPage(Exception e) {
    return page(HttpStatus.NOT_FOUND, "Sidan finns inte.");
  }

  @ExceptionHandler({NamndkollException.class, MissingServletRequestParameterException.class,
      MethodArgumentTypeMismatchException.class})
  public ModelAndView badRequest(Exception e) {
    return page(HttpStatus.BAD_REQUEST, WebErrors.said(e));
  }

  @ExceptionHandler(Exception.class)
  public ModelAndView failed(Exception e) {
    LOG.error("a page failed", e);
    return page(HttpStatus.INTERNAL_SERVER_ERROR, "Sidan kunde inte visas: ett fel i namndkoll (se dess logg).");
  }

  private ModelAndView page(HttpStatus status, String message) {
    ModelAndView mav = new ModelAndView("error", status);
    mav.addObject("site", settings.site());
    mav.addObject("withFindings", settings.findings());
    mav.addObject("title", status == HttpStatus.NOT_FOUND ? "Hittades inte" : "Fel");
    mav.addObject("message", message);
    mav.addObject("status", status.value());
    return mav;
  }
}
