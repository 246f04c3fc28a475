package se.namndkoll.web;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.namndkoll.index.ShownArende;
import se.namndkoll.serve.WebSettings;

/** The pages: search ({@code /}), an ärende, a meeting. */
@Controller
public class PageController {

  private final WebArchive archive;
  private final WebSettings settings;
  private final WebFindings findings;

  public PageController(WebArchive archive, WebSettings settings, ObjectProvider<WebFindings> findings) {
    this.archive = archive;
    this.settings = settings;
    this.findings = findings.getIfAvailable();
  }

  @GetMapping("/")
  public String search(@RequestParam(required = false) String q, @RequestParam(required = false) String namnd,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") String page, Model model) {
    SearchPage result = archive.search(new SearchForm(q, namnd, kind, from, to, pageNumber(page)));
    model.addAttribute("page", result);
    return common(model, result.form().hasQuery() ? "Sök: " + result.form().q() : "Sök i arkivet", "search");
  }

  @GetMapping("/arende/{id}")
  public String arende(@PathVariable String id, Model model) {
    ShownArende shown = archive.show(id).orElseThrow(() -> new NotFound("Inget ärende i arkivet har id " + id + "."));
    if (shown.arende() == null) {
      String url = Links.meeting(shown.namnd(), shown.meetingDate());
      if (url == null) {
        throw new NotFound("Sammanträdet saknar nämnd eller datum i arkivet.");
      }
      return "redirect:" + url;
    }
    ArendePage page = ArendePage.of(shown, archive.history(shown));
    model.addAttribute("arende", page);
    model.addAttribute("findings", findings == null ? null : findings.of(shown.id()));
    return common(model, page.title(), "arende");
  }

  @GetMapping("/sammantrade")
  public String meeting(@RequestParam String namnd, @RequestParam String datum, Model model) {
    List<MeetingFile> files = archive.meeting(namnd, datum);
    if (files.isEmpty()) {
      throw new NotFound("Arkivet har inget sammanträde för " + namnd + " den " + datum + ".");
    }
    model.addAttribute("namnd", namnd);
    model.addAttribute("datum", datum);
    model.addAttribute("files", files);
    return common(model, "Sammanträde " + namnd + " " + datum, "meeting");
  }

  private String common(Model model, String title, String view) {
    model.addAttribute("site", settings.site());
    model.addAttribute("title", title);
    model.addAttribute("withFindings", findings != null);
    return view;
  }

  static int pageNumber(String page) {
    try {
      return Math.max(1, Math.min(WebArchive.MAX_PAGE, Integer.parseInt(page.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
