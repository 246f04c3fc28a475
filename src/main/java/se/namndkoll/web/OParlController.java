package se.namndkoll.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.namndkoll.index.ArchiveEntry;
import se.namndkoll.model.Names;
import se.namndkoll.serve.WebSettings;

/**
 * The OParl 1.1 interface ({@code /oparl/v1/system} and below), for the tools that read council
 * information systems: the system, its one body, the organizations, meetings (with agenda items and
 * files) and papers, each list paged by {@code ?page=N}.
 */
@RestController
public class OParlController {

  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

  private final WebArchive archive;
  private final WebSettings settings;

  public OParlController(WebArchive archive, WebSettings settings) {
    this.archive = archive;
    this.settings = settings;
  }

  @GetMapping(value = "/oparl/v1/system", produces = JSON)
  public Map<String, Object> system(HttpServletRequest request) {
    return oparl(request).system();
  }

  @GetMapping(value = "/oparl/v1/bodies", produces = JSON)
  public Map<String, Object> bodies(HttpServletRequest request) {
    OParl o = oparl(request);
    return o.list("bodies", List.of(o.body()), 1, 1);
  }

  @GetMapping(value = "/oparl/v1/body/" + OParl.BODY, produces = JSON)
  public Map<String, Object> body(HttpServletRequest request) {
    return oparl(request).body();
  }

  @GetMapping(value = "/oparl/v1/body/" + OParl.BODY + "/people", produces = JSON)
  public Map<String, Object> people(HttpServletRequest request) {
    return oparl(request).list("body/" + OParl.BODY + "/people", List.of(), 0, 1);
  }

  @GetMapping(value = "/oparl/v1/body/" + OParl.BODY + "/organizations", produces = JSON)
  public Map<String, Object> organizations(HttpServletRequest request) {
    OParl o = oparl(request);
    List<Map<String, Object>> data = meetingsByOrganization().keySet().stream().map(o::organization).toList();
    return o.list("body/" + OParl.BODY + "/organizations", data, data.size(), 1);
  }

  @GetMapping(value = "/oparl/v1/organization/{key}", produces = JSON)
  public Map<String, Object> organization(@PathVariable String key, HttpServletRequest request) {
    return oparl(request).organization(organizationName(meetingsByOrganization(), key));
  }

  @GetMapping(value = "/oparl/v1/organization/{key}/meetings", produces = JSON)
  public Map<String, Object> organizationMeetings(@PathVariable String key,
      @RequestParam(defaultValue = "1") String page, HttpServletRequest request) {
    Map<String, List<String>> all = meetingsByOrganization();
    String name = organizationName(all, key);
    return meetings("organization/" + key + "/meetings", Map.of(name, all.get(name)), page(page), request);
  }

  @GetMapping(value = "/oparl/v1/body/" + OParl.BODY + "/meetings", produces = JSON)
  public Map<String, Object> meetings(@RequestParam(defaultValue = "1") String page, HttpServletRequest request) {
    return meetings("body/" + OParl.BODY + "/meetings", meetingsByOrganization(), page(page), request);
  }

  @GetMapping(value = "/oparl/v1/meeting/{key}", produces = JSON)
  public Map<String, Object> meeting(@PathVariable String key, HttpServletRequest request) {
    int split = key.lastIndexOf('_');
    if (split < 1) {
      throw new NotFound("Inget sammanträde har id " + key + ".");
    }
    String date = key.substring(split + 1);
    String namnd = organizationName(meetingsByOrganization(), key.substring(0, split));
    List<MeetingFile> files = archive.meeting(namnd, date);
    if (files.isEmpty()) {
      throw new NotFound("Inget sammanträde har id " + key + ".");
    }
    return oparl(request).meeting(namnd, date, files);
  }

  @GetMapping(value = "/oparl/v1/body/" + OParl.BODY + "/papers", produces = JSON)
  public Map<String, Object> papers(@RequestParam(defaultValue = "1") String page, HttpServletRequest request) {
    OParl o = oparl(request);
    int p = page(page);
    ArchiveEntry.Slice slice = archive.arenden((p - 1) * OParl.PAGE, OParl.PAGE);
    return o.list("body/" + OParl.BODY + "/papers", slice.entries().stream().map(o::paper).toList(), slice.total(), p);
  }

  @GetMapping(value = "/oparl/v1/paper/{id}", produces = JSON)
  public Map<String, Object> paper(@PathVariable String id, HttpServletRequest request) {
    var shown = archive.show(id).filter(s -> s.arende() != null)
        .orElseThrow(() -> new NotFound("Inget ärende har id " + id + "."));
    var a = shown.arende();
    ArchiveEntry entry = new ArchiveEntry(id, "arende", null, ArchiveEntry.fileIdOf(id), shown.source(), a.title(),
        a.dnr() == null ? null : a.dnr().full(), a.paragraph(), a.kind() == null ? null : a.kind().id(),
        a.location() == null ? null : a.location().pageStart(), a.sekretess(), null, shown.namnd(), shown.meetingDate());
    return oparl(request).paper(entry);
  }

  @GetMapping(value = "/oparl/v1/file/{fileId}", produces = JSON)
  public Map<String, Object> file(@PathVariable String fileId, HttpServletRequest request) {
    var path = archive.file(fileId).orElseThrow(() -> new NotFound("Ingen fil har id " + fileId + "."));
    return oparl(request).file(fileId, path.getFileName().toString());
  }

  private Map<String, Object> meetings(String path, Map<String, List<String>> byOrganization, int page,
      HttpServletRequest request) {
    OParl o = oparl(request);
    List<String[]> all = new ArrayList<>();
    byOrganization.forEach((namnd, dates) -> dates.forEach(d -> all.add(new String[] {namnd, d})));
    all.sort((x, y) -> y[1].compareTo(x[1]) != 0 ? y[1].compareTo(x[1]) : x[0].compareTo(y[0]));
    int from = Math.min(all.size(), (page - 1) * OParl.PAGE);
    List<Map<String, Object>> data = new ArrayList<>();
    for (String[] m : all.subList(from, Math.min(all.size(), from + OParl.PAGE))) {
      data.add(o.meeting(m[0], m[1], archive.meeting(m[0], m[1])));
    }
    return o.list(path, data, all.size(), page);
  }

  /** The meetings' days per organization, by the name the archive shows. */
  private Map<String, List<String>> meetingsByOrganization() {
    Map<String, java.util.TreeSet<String>> days = new TreeMap<>();
    for (ArchiveEntry e : archive.meetings()) {
      if (e.namnd() != null && e.meetingDate() != null) {
        days.computeIfAbsent(e.namnd(), k -> new java.util.TreeSet<>()).add(e.meetingDate());
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    days.forEach((namnd, d) -> out.put(namnd, List.copyOf(d)));
    return out;
  }

  private static String organizationName(Map<String, List<String>> meetings, String key) {
    return meetings.keySet().stream().filter(n -> Names.key(n).equals(key)).findFirst()
        .orElseThrow(() -> new NotFound("Ingen organisation har id " + key + "."));
  }

  private OParl oparl(HttpServletRequest request) {
    return new OParl(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString(), settings.site());
  }

  /** A list's page, from 1 (the OParl lists have no last page but their own; the search page's cap is not theirs). */
  private static int page(String page) {
    try {
      return Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
