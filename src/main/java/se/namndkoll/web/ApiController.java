package se.namndkoll.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.namndkoll.index.ArchiveEntry;
import se.namndkoll.index.SearchHit;
import se.namndkoll.report.ArchiveReports;

/** The pages' data as JSON under {@code /api/}: search, ärende, meeting. */
@RestController
public class ApiController {

  private static final int MAX_LIMIT = 1000;

  private final WebArchive archive;

  public ApiController(WebArchive archive) {
    this.archive = archive;
  }

  /** A search, as {@code search --format json} prints it. */
  @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
  public String search(@RequestParam String q, @RequestParam(required = false) String namnd,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(defaultValue = "20") int limit) {
    SearchForm form = new SearchForm(q, namnd, kind, from, to, 1);
    if (!form.hasQuery()) {
      throw se.namndkoll.NamndkollException.badUsage("q: give something to search for");
    }
    return ArchiveReports.searchJson(archive.searchResult(form, Math.max(1, Math.min(MAX_LIMIT, limit))));
  }

  @GetMapping(value = "/api/arende/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> arende(@PathVariable String id) {
    var shown = archive.show(id).filter(s -> s.arende() != null)
        .orElseThrow(() -> new NotFound("Inget ärende i arkivet har id " + id + "."));
    ArendePage page = ArendePage.of(shown, archive.history(shown));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", page.id());
    m.put("title", page.title());
    m.put("dnr", page.dnr());
    m.put("paragraph", page.paragraph());
    m.put("kind", shown.arende().kind() == null ? null : shown.arende().kind().id());
    m.put("namnd", page.namnd());
    m.put("meetingDate", page.date());
    m.put("sekretess", page.sekretess());
    m.put("sections", page.sections().stream().map(s -> Map.of("kind", s.kind().id(), "heading", s.heading(),
        "text", s.text())).toList());
    m.put("source", Map.of("name", String.valueOf(page.sourceName()), "url", page.sourceUrl()));
    m.put("meeting", page.meetingUrl());
    m.put("history", page.history().stream().map(ApiController::hit).toList());
    m.put("url", Links.arende(page.id()));
    return m;
  }

  @GetMapping(value = "/api/sammantrade", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> meeting(@RequestParam String namnd, @RequestParam String datum) {
    List<MeetingFile> files = archive.meeting(namnd, datum);
    if (files.isEmpty()) {
      throw new NotFound("Arkivet har inget sammanträde för " + namnd + " den " + datum + ".");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("namnd", namnd);
    m.put("date", datum);
    m.put("files", files.stream().map(f -> {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("id", f.fileId());
      file.put("name", f.name());
      file.put("kind", f.docKind());
      file.put("url", f.sourceUrl());
      file.put("agenda", f.agenda().stream().map(MeetingFile.AgendaLine::text).toList());
      file.put("arenden", f.arenden().stream().map(ApiController::entry).toList());
      return file;
    }).toList());
    return m;
  }

  private static Map<String, Object> hit(SearchHit h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("title", h.title());
    m.put("namnd", h.namnd());
    m.put("meetingDate", h.meetingDate());
    m.put("dnr", h.dnr());
    m.put("paragraph", h.paragraph());
    m.put("url", Links.arende(h.id()));
    return m;
  }

  private static Map<String, Object> entry(ArchiveEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("title", e.title());
    m.put("dnr", e.dnr());
    m.put("paragraph", e.paragraph());
    m.put("kind", e.kind());
    m.put("sekretess", e.sekretess());
    m.put("url", Links.arende(e.id()));
    return m;
  }
}
