package se.namndkoll.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.namndkoll.NamndkollException;

/** What the JSON API answers when it cannot: {@code {"error": "..."}} with the right status. */
@RestControllerAdvice(assignableTypes = {ApiController.class, OParlController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(NotFound.class)
  public ResponseEntity<Map<String, Object>> notFound(NotFound e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler({NamndkollException.class, MissingServletRequestParameterException.class,
      MethodArgumentTypeMismatchException.class})
  public ResponseEntity<Map<String, Object>> badRequest(Exception e) {
    return error(HttpStatus.BAD_REQUEST, WebErrors.said(e));
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<Map<String, Object>> failed(Exception e) {
    LOG.error("an API call failed", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error (see namndkoll's log)");
  }

  private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("error", message, "status", status.value()));
  }
}
