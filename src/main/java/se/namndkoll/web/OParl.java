package se.namndkoll.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndkoll.index.ArchiveEntry;
import se.namndkoll.model.Names;
import se.namndkoll.report.Kinds;
import se.namndkoll.serve.Site;

/**
 * The archive in the OParl 1.1 vocabulary (https://schema.oparl.org/1.1/): one body (the kommun's
 * archive), its organizations (the nämnder and utskott), their meetings with their agenda items and
 * files, and the papers (the ärenden). Every id is the object's own address.
 */
final class OParl {

  static final String SCHEMA = "https://schema.oparl.org/1.1/";
  static final String BODY = "1";
  static final int PAGE = 50;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final String base;
  private final Site site;

  /** @param base the server's address, without a closing slash ("http://127.0.0.1:8080") */
  OParl(String base, Site site) {
    this.base = base;
    this.site = site;
  }

  String url(String path) {
    return base + "/oparl/v1/" + path;
  }

  Map<String, Object> system() {
    Map<String, Object> m = object("system", "System");
    m.put("oparlVersion", SCHEMA);
    m.put("name", site.name());
    m.put("body", url("bodies"));
    m.put("website", base + "/");
    m.put("product", "namndkoll");
    return m;
  }

  Map<String, Object> body() {
    Map<String, Object> m = object("body/" + BODY, "Body");
    m.put("system", url("system"));
    m.put("name", site.name());
    m.put("website", base + "/");
    m.put("organization", url("body/" + BODY + "/organizations"));
    m.put("person", url("body/" + BODY + "/people"));
    m.put("meeting", url("body/" + BODY + "/meetings"));
    m.put("paper", url("body/" + BODY + "/papers"));
    m.put("legislativeTerm", List.of());
    m.put("web", base + "/");
    return m;
  }

  Map<String, Object> organization(String name) {
    Map<String, Object> m = object("organization/" + Names.key(name), "Organization");
    m.put("body", url("body/" + BODY));
    m.put("name", name);
    m.put("classification", name.toLowerCase(java.util.Locale.ROOT).contains("utskott") ? "Utskott" : "Nämnd");
    m.put("meeting", url("organization/" + Names.key(name) + "/meetings"));
    return m;
  }

  /** A meeting's id: its nämnd's key and its day. */
  static String meetingKey(String namnd, String date) {
    return Names.key(namnd) + "_" + date;
  }

  /**
   * A meeting from its records: its agenda items are the ärenden of its protocol, else of its
   * notice; its files the protocol (resultsProtocol), the notice (invitation) and the rest.
   */
  Map<String, Object> meeting(String namnd, String date, List<MeetingFile> files) {
    String key = meetingKey(namnd, date);
    Map<String, Object> m = object("meeting/" + key, "Meeting");
    m.put("name", "Sammanträde " + namnd + " " + date);
    m.put("start", LocalDate.parse(date).atStartOfDay(SWEDEN).toOffsetDateTime().toString());
    m.put("organization", List.of(url("organization/" + Names.key(namnd))));
    List<Map<String, Object>> auxiliary = new ArrayList<>();
    MeetingFile itemsFrom = null;
    for (MeetingFile f : files) {
      Map<String, Object> file = file(f.fileId(), f.name());
      if ("protokoll".equals(f.docKind()) && !m.containsKey("resultsProtocol")) {
        m.put("resultsProtocol", file);
      } else if ("kallelse".equals(f.docKind()) && !m.containsKey("invitation")) {
        m.put("invitation", file);
      } else {
        auxiliary.add(file);
      }
      if (!f.arenden().isEmpty() && (itemsFrom == null || "protokoll".equals(f.docKind()))) {
        itemsFrom = itemsFrom != null && "protokoll".equals(itemsFrom.docKind()) ? itemsFrom : f;
      }
    }
    if (!auxiliary.isEmpty()) {
      m.put("auxiliaryFile", auxiliary);
    }
    List<Map<String, Object>> items = new ArrayList<>();
    if (itemsFrom != null) {
      int n = 0;
      for (ArchiveEntry e : itemsFrom.arenden()) {
        n++;
        Map<String, Object> item = object("agendaitem/" + key + "_" + n, "AgendaItem");
        item.put("meeting", url("meeting/" + key));
        item.put("number", e.paragraph() != null ? e.paragraph() : String.valueOf(n));
        item.put("order", n);
        item.put("name", e.title());
        item.put("public", !e.sekretess());
        item.put("web", base + Links.arende(e.id()));
        items.add(item);
      }
    }
    m.put("agendaItem", items);
    m.put("web", base + Links.meeting(namnd, date));
    return m;
  }

  Map<String, Object> paper(ArchiveEntry e) {
    Map<String, Object> m = object("paper/" + e.id(), "Paper");
    m.put("body", url("body/" + BODY));
    m.put("name", e.title());
    if (e.dnr() != null) {
      m.put("reference", e.dnr());
    }
    if (e.meetingDate() != null) {
      m.put("date", e.meetingDate());
    }
    if (e.kind() != null) {
      m.put("paperType", Kinds.swedish(e.kind()));
    }
    m.put("mainFile", file(e.fileId(), ArendePage.fileName(e.source())));
    m.put("web", base + Links.arende(e.id()));
    return m;
  }

  Map<String, Object> file(String fileId, String name) {
    Map<String, Object> m = object("file/" + fileId, "File");
    m.put("name", name);
    m.put("fileName", name);
    m.put("mimeType", SourceController.type(name == null ? "" : name).toString());
    m.put("accessUrl", base + Links.source(fileId, null));
    m.put("downloadUrl", base + Links.source(fileId, null));
    return m;
  }

  /** A list object: the page's data, its place among the pages, and the links to the others. */
  Map<String, Object> list(String path, List<Map<String, Object>> data, long total, int page) {
    long pages = Math.max(1, (total + PAGE - 1) / PAGE);
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("totalElements", total);
    pagination.put("elementsPerPage", PAGE);
    pagination.put("currentPage", page);
    pagination.put("totalPages", pages);
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("first", url(path) + "?page=1");
    if (page > 1) {
      links.put("prev", url(path) + "?page=" + (page - 1));
    }
    if (page < pages) {
      links.put("next", url(path) + "?page=" + (page + 1));
    }
    links.put("last", url(path) + "?page=" + pages);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("data", data);
    m.put("pagination", pagination);
    m.put("links", links);
    return m;
  }

  private Map<String, Object> object(String path, String type) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", url(path));
    m.put("type", SCHEMA + type);
    return m;
  }
}
