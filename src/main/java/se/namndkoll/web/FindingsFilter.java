package se.namndkoll.web;

import org.springframework.web.util.UriComponentsBuilder;
import se.namndkoll.model.Finding;

/**
 * Which findings the page shows.
 *
 * @param status {@code ny} (new against the baseline), {@code kand} (known), {@code granskad}
 *     (reviewed), {@code ogranskad} (not reviewed), or {@code null} for all
 */
public record FindingsFilter(String namnd, String rule, String status) {

  public FindingsFilter {
    namnd = blank(namnd);
    rule = blank(rule);
    status = blank(status);
  }

  boolean keeps(Finding f, boolean reviewed) {
    String n = f.namnd() == null ? "(ingen nämnd)" : f.namnd();
    if (namnd != null && !namnd.equals(n) || rule != null && !rule.equals(f.rule())) {
      return false;
    }
    if (status == null) {
      return true;
    }
    return switch (status) {
      case "ny" -> f.status() == Finding.Status.NEW;
      case "kand" -> f.status() == Finding.Status.KNOWN;
      case "granskad" -> reviewed;
      case "ogranskad" -> !reviewed;
      default -> true;
    };
  }

  static String url(FindingsFilter f) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/fynd");
    if (f.namnd() != null) {
      b.queryParam("namnd", f.namnd());
    }
    if (f.rule() != null) {
      b.queryParam("regel", f.rule());
    }
    if (f.status() != null) {
      b.queryParam("status", f.status());
    }
    return b.encode().build().toUriString();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
