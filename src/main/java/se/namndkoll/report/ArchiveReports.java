package se.namndkoll.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.namndkoll.index.ArchiveStats;
import se.namndkoll.index.IngestService;
import se.namndkoll.index.IngestSummary;
import se.namndkoll.index.SearchHit;
import se.namndkoll.index.SearchResult;
import se.namndkoll.index.ShownArende;
import se.namndkoll.model.Section;

/** The archive commands' output: for people (table) and for scripts (JSON). */
public final class ArchiveReports {

  /** Said when no hit had every word of the query and those shown have some of them. */
  public static final String RELAXED = "Inga träffar för alla ord; visar träffar för några av dem.";

  private ArchiveReports() {}

  public static String ingestTable(IngestSummary s) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Read %d file%s, skipped %d unchanged, %d failed; %d ärenden indexed; "
            + "%d pages in %.1f s (%.0f pages/s)%n",
        s.read(), s.read() == 1 ? "" : "s", s.skipped(), s.failed().size(), s.arenden(), s.pages(),
        s.time().toMillis() / 1000.0, s.pagesPerSecond()));
    if (s.ocrPages() > 0) {
      sb.append(String.format(Locale.ROOT, "%d scanned page%s read by OCR (quotes from them may hold misreads)%n",
          s.ocrPages(), s.ocrPages() == 1 ? "" : "s"));
    }
    if (s.unreadPages() > 0) {
      sb.append(String.format(Locale.ROOT, "%d scanned page%s without text not read: %s (check gives OCR-UNAVAILABLE)%n",
          s.unreadPages(), s.unreadPages() == 1 ? "" : "s", Shown.line(s.unreadReason())));
    }
    for (IngestService.Failed f : s.failed()) {
      sb.append("  failed: ").append(Shown.name(f.source())).append(": ").append(Shown.line(f.reason())).append('\n');
    }
    return sb.toString();
  }

  public static String ingestJson(IngestSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("read", s.read());
    m.put("skipped", s.skipped());
    m.put("failed", s.failed().stream().map(f -> Map.of("source", f.source(), "reason", f.reason())).toList());
    m.put("arenden", s.arenden());
    m.put("pages", s.pages());
    m.put("ocrPages", s.ocrPages());
    m.put("unreadPages", s.unreadPages());
    m.put("seconds", s.time().toMillis() / 1000.0);
    return Json.write(m);
  }

  public static String searchTable(SearchResult r) {
    return searchTable(r, false);
  }

  /**
   * The hits for people: each with its § where it has one, the words found in the terminal's bold
   * when {@code bold} (standard output is a terminal), else unmarked.
   */
  public static String searchTable(SearchResult r, boolean bold) {
    StringBuilder sb = new StringBuilder();
    if (r.suggestion() != null) {
      sb.append("Menade du: ").append(r.suggestion()).append('\n');
    }
    if (r.relaxed()) {
      sb.append(RELAXED).append('\n');
    }
    sb.append(r.total()).append(r.total() == 1 ? " hit" : " hits").append(" (").append(r.millis()).append(" ms)\n");
    int n = 0;
    for (SearchHit h : r.hits()) {
      sb.append(String.format(Locale.ROOT, "%n%2d. %s%n", ++n, h.title()));
      sb.append("    ").append(join(" · ", h.paragraph(), h.namnd(), h.meetingDate(), h.dnr() == null ? null : "Dnr " + h.dnr(), Kinds.swedish(h.kind()),
          Shown.name(h.source()) + (h.page() == null ? "" : " s. " + h.page()), "id " + h.id(),
          h.ocr() ? "läst med OCR: citatet kan innehålla feltolkningar" : null)).append('\n');
      if (h.snippet() != null && !h.snippet().isEmpty()) {
        sb.append("    ").append(bold ? h.snippet("\u001b[1m", "\u001b[0m") : h.plainSnippet()).append('\n');
      }
    }
    if (!r.facets().isEmpty()) {
      sb.append('\n');
      r.facets().forEach((dim, values) -> {
        if (!values.isEmpty()) {
          sb.append(label(dim)).append(": ");
          List<String> parts = values.entrySet().stream()
              .map(e -> (dim.equals("kind") ? Kinds.swedish(e.getKey()) : e.getKey()) + " (" + e.getValue() + ")").toList();
          sb.append(String.join(", ", parts)).append('\n');
        }
      });
    }
    return sb.toString();
  }

  private static String label(String dim) {
    return switch (dim) {
      case "namnd" -> "Nämnd";
      case "year" -> "År";
      case "kind" -> "Typ";
      default -> dim;
    };
  }

  public static String searchJson(SearchResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    m.put("hits", r.hits().stream().map(h -> {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("namnd", h.namnd());
      hit.put("meetingDate", h.meetingDate());
      hit.put("dnr", h.dnr());
      hit.put("title", h.title());
      hit.put("kind", h.kind());
      hit.put("source", h.source());
      hit.put("page", h.page());
      hit.put("score", h.score());
      hit.put("paragraph", h.paragraph());
      hit.put("ocr", h.ocr());
      hit.put("snippet", h.plainSnippet());
      hit.put("snippetHtml", h.htmlSnippet());
      return hit;
    }).toList());
    m.put("facets", r.facets());
    m.put("suggestion", r.suggestion());
    m.put("relaxed", r.relaxed());
    return Json.write(m);
  }

  public static String show(ShownArende s) {
    StringBuilder sb = new StringBuilder();
    sb.append(s.title()).append('\n');
    sb.append(join(" · ", s.namnd(), s.meetingDate(), s.arende() == null || s.arende().dnr() == null ? null
        : "Dnr " + s.arende().dnr().full(), s.arende() == null ? null : Kinds.swedish(s.arende().kind().id()),
        Shown.name(s.source()))).append("\n");
    if (s.arende() == null) {
      sb.append('\n').append(s.text() == null ? "" : s.text()).append('\n');
      return sb.toString();
    }
    if (s.arende().sekretess()) {
      sb.append("\n(sekretess: innehållet finns inte i arkivet)\n");
      return sb.toString();
    }
    for (Section section : s.arende().sections()) {
      sb.append('\n').append(section.heading().isEmpty() ? Kinds.section(section.kind().id()) : section.heading()).append('\n');
      sb.append(section.text()).append('\n');
    }
    return sb.toString();
  }

  public static String statsTable(ArchiveStats s) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Index %s: %d files (%d failed), %d ärenden%s%n", s.index(), s.files(),
        s.failed(), s.arenden(), s.bytes() < 0 ? "" : String.format(Locale.ROOT, ", %.1f MB", s.bytes() / 1_000_000.0)));
    if (!s.meetings().isEmpty()) {
      sb.append("\nSammanträden per nämnd och år\n");
      s.meetings().forEach((namnd, years) -> {
        sb.append("  ").append(namnd).append(": ");
        List<String> parts = years.entrySet().stream()
            .map(e -> (e.getKey() == 0 ? "utan datum" : String.valueOf(e.getKey())) + " (" + e.getValue() + ")").toList();
        sb.append(String.join(", ", parts)).append('\n');
      });
    }
    return sb.toString();
  }

  public static String statsJson(ArchiveStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("index", s.index());
    m.put("files", s.files());
    m.put("failed", s.failed());
    m.put("arenden", s.arenden());
    m.put("bytes", s.bytes() < 0 ? null : s.bytes());
    m.put("meetings", s.meetings());
    return Json.write(m);
  }

  private static String join(String sep, String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(sep);
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
