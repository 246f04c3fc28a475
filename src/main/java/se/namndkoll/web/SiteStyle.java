package se.namndkoll.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebSettings;

/** The kommun's colours as a stylesheet, {@code /site.css}, over the pages' own ({@code /static/namndkoll.css}). */
@RestController
public class SiteStyle {

  private final WebSettings settings;

  public SiteStyle(WebSettings settings) {
    this.settings = settings;
  }

  @GetMapping(value = "/site.css", produces = "text/css;charset=UTF-8")
  public ResponseEntity<String> css() {
    Site site = settings.site();
    String css = ":root { --primary: " + site.primary() + "; --text: " + site.text() + "; }\n";
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(css);
  }
}
