package se.namndkoll.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.namndkoll.NamndkollException;
import se.namndkoll.check.Review;
import se.namndkoll.check.Reviews;
import se.namndkoll.serve.Site;
import se.namndkoll.serve.WebSettings;

/**
 * The findings of the archive ({@code /fynd}, {@code /api/fynd}) and marking one reviewed: only
 * where {@code serve} runs without {@code --public}. Marking is the one thing the pages change; its
 * form carries the server's token, and a request from another site is refused.
 */
@Controller
public class FindingsController {

  private final WebFindings findings;
  private final WebSettings settings;
  private final String token;

  public FindingsController(WebFindings findings, WebSettings settings, WebToken token) {
    this.findings = findings;
    this.settings = settings;
    this.token = token.value();
  }

  @GetMapping("/fynd")
  public String page(@RequestParam(required = false) String namnd, @RequestParam(name = "regel", required = false) String rule,
      @RequestParam(required = false) String status, @RequestParam(required = false) String granskad, Model model) {
    FindingsPage page = build(new FindingsFilter(namnd, rule, status),
        granskad == null ? null : "Fyndet är markerat som granskat och lämnas utanför nästa granskning.");
    model.addAttribute("page", page);
    model.addAttribute("site", settings.site());
    model.addAttribute("title", "Fynd");
    return "findings";
  }

  @GetMapping(value = "/api/fynd", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public Map<String, Object> api(@RequestParam(required = false) String namnd,
      @RequestParam(name = "regel", required = false) String rule, @RequestParam(required = false) String status) {
    FindingsPage page = build(new FindingsFilter(namnd, rule, status), null);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("state", page.state());
    m.put("total", page.total());
    m.put("reviewed", page.reviewed());
    List<Map<String, Object>> list = new ArrayList<>();
    for (FindingsPage.Shown s : page.findings()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("rule", s.finding().rule());
      f.put("severity", s.finding().severity().id());
      f.put("namnd", s.finding().namnd());
      f.put("meetingDate", s.finding().meetingDate() == null ? null : s.finding().meetingDate().toString());
      f.put("dnr", s.finding().dnr());
      f.put("title", s.finding().title());
      f.put("message", s.finding().message());
      f.put("evidence", s.finding().evidence());
      f.put("basis", s.finding().basis());
      f.put("fingerprint", s.finding().fingerprint());
      f.put("status", s.finding().status() == null ? null : s.finding().status().id());
      f.put("reviewed", s.review() != null);
      f.put("source", s.finding().source() == null ? null : ArendePage.fileName(s.finding().source()));
      f.put("url", s.url());
      list.add(f);
    }
    m.put("findings", list);
    m.put("fixed", page.fixed());
    return m;
  }

  @PostMapping("/fynd/granska")
  public String review(@RequestParam String fingerprint, @RequestParam(name = "kommentar", required = false) String comment,
      @RequestParam(name = "granskare", required = false) String reviewer, @RequestParam String token,
      @RequestParam(name = "tillbaka", required = false) String back, HttpServletRequest request) {
    if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), this.token.getBytes(StandardCharsets.UTF_8))
        || "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
      throw new Forbidden("Formuläret kom inte från den här sidan; ladda om sidan och försök igen.");
    }
    if (!findings.review(fingerprint, comment == null || comment.isBlank() ? null : comment,
        reviewer == null || reviewer.isBlank() ? null : reviewer, LocalDate.now())) {
      throw new NotFound("Granskningen har inget fynd med det fingeravtrycket.");
    }
    String to = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/fynd";
    return "redirect:" + to + (to.contains("?") ? "&" : "?") + "granskad=1";
  }

  private FindingsPage build(FindingsFilter filter, String notice) {
    WebFindings.State state = findings.state();
    if (state.running() || state.failure() != null) {
      return new FindingsPage(state.running() ? "running" : "failed", state.failure(), filter, List.of(), Map.of(),
          List.of(), 0, 0, 0, 0, findings.baseline().isPresent(), List.of(), token, notice, settings.ruleTitles());
    }
    Reviews reviews;
    try {
      reviews = findings.reviews();
    } catch (NamndkollException e) {
      return new FindingsPage("failed", e.getMessage(), filter, List.of(), Map.of(), List.of(), 0, 0, 0, 0,
          findings.baseline().isPresent(), List.of(), token, notice, settings.ruleTitles());
    }
    List<FindingsPage.Shown> shown = new ArrayList<>();
    int reviewed = 0;
    int fresh = 0;
    LinkedHashSet<String> rules = new LinkedHashSet<>();
    for (WebFindings.Placed p : state.findings()) {
      Review review = reviews.find(p.finding().fingerprint()).orElse(null);
      reviewed += review == null ? 0 : 1;
      fresh += p.finding().status() == se.namndkoll.model.Finding.Status.NEW ? 1 : 0;
      rules.add(p.finding().rule());
      if (filter.keeps(p.finding(), review != null)) {
        shown.add(new FindingsPage.Shown(p.finding(), p.url(), review));
      }
    }
    if (state.stale()) {
      notice = (notice == null ? "" : notice + " ")
          + "Arkivet har ändrats: granskningen körs om, och sidan visar den förra tills den är klar.";
    }
    return new FindingsPage("done", null, filter, List.copyOf(rules), WebFindings.perNamndAndRule(state.findings()),
        shown.subList(0, Math.min(FindingsPage.SHOWN, shown.size())), shown.size(), state.findings().size(), reviewed,
        fresh, findings.baseline().isPresent(),
        findings.fixed(state.findings()), token, notice, settings.ruleTitles());
  }
}
