package se.namndkoll.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import se.namndkoll.NamndkollException;
import se.namndkoll.index.ArchiveEntry;
import se.namndkoll.index.ArchiveSearch;
import se.namndkoll.index.SearchHit;
import se.namndkoll.index.SearchRequest;
import se.namndkoll.index.SearchResult;
import se.namndkoll.index.ShownArende;
import se.namndkoll.report.Kinds;

/** What the pages read from the archive: searches, ärenden, meetings and files. */
public final class WebArchive implements AutoCloseable {

  static final int PAGE_SIZE = 20;
  /** The last page of hits shown: a search that needs more is narrowed by its facets. */
  static final int MAX_PAGE = 50;
  private static final int HISTORY = 50;

  /** How often the index folder is looked at for a newer commit, at most. */
  static final long LOOK_EVERY_MILLIS = 2_000;
  /** How long a replaced archive stays open for the requests that were reading it. */
  private static final long CLOSE_AFTER_SECONDS = 60;

  private final Supplier<ArchiveSearch> opener;
  private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "namndkoll-serve-archive");
    t.setDaemon(true);
    return t;
  });
  private volatile ArchiveSearch current;
  private volatile long lookedAt = System.currentTimeMillis();
  private volatile long generation;

  /** The archive the opener opens; opened again when an ingest has committed to it since. */
  public WebArchive(Supplier<ArchiveSearch> opener) {
    this.opener = opener;
    this.current = opener.get();
  }

  /**
   * The archive as it is now: at most every {@link #LOOK_EVERY_MILLIS} the index folder is looked
   * at, and opened again when an ingest has committed since (the one it replaces is closed a minute
   * later, when the requests reading it are done).
   */
  private ArchiveSearch search() {
    long now = System.currentTimeMillis();
    if (now - lookedAt >= LOOK_EVERY_MILLIS) {
      synchronized (this) {
        if (now - lookedAt >= LOOK_EVERY_MILLIS) {
          lookedAt = now;
          ArchiveSearch was = current;
          if (!was.isCurrent()) {
            current = opener.get();
            generation++;
            closer.schedule(was::close, CLOSE_AFTER_SECONDS, TimeUnit.SECONDS);
          }
        }
      }
    }
    return current;
  }

  /** How many times the archive was opened again since the server started: what the findings follow. */
  long generation() {
    search();
    return generation;
  }

  /** The search page for the form: its page of hits, the facets as links, the filters in force. */
  public SearchPage search(SearchForm form) {
    if (!form.hasQuery()) {
      return new SearchPage(form, null, List.of(), List.of(), filters(form), 0, null, null, null);
    }
    int page = Math.min(form.page(), MAX_PAGE);
    SearchResult result;
    try {
      result = search().search(request(form, page * PAGE_SIZE));
    } catch (NamndkollException e) {
      return new SearchPage(form, null, List.of(), List.of(), filters(form), 0, null, null, e.getMessage());
    }
    int from = Math.min((page - 1) * PAGE_SIZE, result.hits().size());
    List<SearchHit> hits = result.hits().subList(from, Math.min(from + PAGE_SIZE, result.hits().size()));
    int pages = (int) Math.min(MAX_PAGE, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    return new SearchPage(form, result, hits, facets(form, result), filters(form), pages,
        page > 1 ? Links.search(form, page - 1) : null, page < pages ? Links.search(form, page + 1) : null, null);
  }

  /** The result of the form's search as {@code search --format json} gives it. */
  public SearchResult searchResult(SearchForm form, int limit) {
    return search().search(request(form, limit));
  }

  /** The ärende (or a meeting's agenda) with this id. */
  public Optional<ShownArende> show(String id) {
    return search().show(id);
  }

  /** Other records with the ärende's Dnr across meetings, the newest first. */
  public List<SearchHit> history(ShownArende shown) {
    if (shown.arende() == null || shown.arende().dnr() == null) {
      return List.of();
    }
    SearchResult r = search().search(new SearchRequest("dnr:\"" + shown.arende().dnr().normalised() + "\"", null, null,
        null, null, HISTORY));
    return r.hits().stream().filter(h -> !h.id().equals(shown.id()))
        .sorted(Comparator.comparing((SearchHit h) -> h.meetingDate() == null ? "" : h.meetingDate()).reversed())
        .toList();
  }

  /** A meeting's files, each with its agenda and ärenden; empty when the archive has none of it. */
  public List<MeetingFile> meeting(String namnd, String date) {
    LocalDate day = day(date);
    Map<String, List<ArchiveEntry>> byFile = new LinkedHashMap<>();
    for (ArchiveEntry e : search().meeting(namnd, day)) {
      byFile.computeIfAbsent(e.fileId(), k -> new ArrayList<>()).add(e);
    }
    Map<String, String> arendeByTitle = new LinkedHashMap<>();
    byFile.values().forEach(entries -> entries.stream().filter(e -> "arende".equals(e.type()) && e.title() != null)
        .forEach(e -> arendeByTitle.putIfAbsent(e.title(), e.id())));
    List<MeetingFile> files = new ArrayList<>();
    byFile.forEach((fileId, entries) -> files.add(MeetingFile.of(fileId, entries, arendeByTitle)));
    files.sort(Comparator.comparingInt(MeetingFile::order));
    return files;
  }

  /** A meeting's records, as {@link ArchiveSearch#meeting} gives them. */
  List<ArchiveEntry> entries(String namnd, LocalDate date) {
    return search().meeting(namnd, date);
  }

  /** Every meeting record (see {@link ArchiveSearch#meetings}). */
  List<ArchiveEntry> meetings() {
    return search().meetings();
  }

  /** The ärenden, a page at a time. */
  ArchiveEntry.Slice arenden(int offset, int limit) {
    return search().arenden(offset, limit);
  }

  /** An archived file's path, when the archive has it and it is still there to read. */
  public Optional<Path> file(String fileId) {
    if (!fileId.matches("[0-9a-zA-Z]{1,64}")) {
      return Optional.empty();
    }
    return search().file(fileId).filter(Files::isRegularFile).filter(Files::isReadable);
  }

  private static SearchRequest request(SearchForm form, int limit) {
    return new SearchRequest(form.q(), form.namnd(), formDay(form.from(), "Från datum", false),
        formDay(form.to(), "Till datum", true), form.kind(), limit);
  }

  private static LocalDate formDay(String value, String field, boolean end) {
    try {
      return SearchRequest.day(value, field, end);
    } catch (NamndkollException e) {
      throw NamndkollException.badUsage(field + ": skriv ÅÅÅÅ-MM-DD eller ett år, inte '" + value + "'.");
    }
  }

  private static LocalDate day(String date) {
    try {
      return LocalDate.parse(date == null ? "" : date.strip());
    } catch (DateTimeParseException e) {
      throw NamndkollException.badUsage("datum: skriv ÅÅÅÅ-MM-DD, inte '" + date + "'.");
    }
  }

  private static List<SearchPage.FacetGroup> facets(SearchForm form, SearchResult result) {
    List<SearchPage.FacetGroup> groups = new ArrayList<>();
    Map<String, Map<String, Integer>> f = result.facets();
    groups.add(group("namnd", "Nämnd", f.get("namnd"), form, form.namnd(), "namnd"));
    groups.add(group("year", "År", f.get("year"), form, form.from() != null && form.from().equals(form.to())
        ? form.from() : null, "year"));
    groups.add(group("kind", "Typ", f.get("kind"), form, form.kind(), "kind"));
    return groups.stream().filter(g -> !g.links().isEmpty()).toList();
  }

  private static SearchPage.FacetGroup group(String name, String label, Map<String, Integer> counts, SearchForm form,
      String active, String filter) {
    List<SearchPage.FacetLink> links = new ArrayList<>();
    if (counts != null) {
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
      if (name.equals("year")) {
        entries.sort(Map.Entry.<String, Integer>comparingByKey().reversed());
      }
      for (Map.Entry<String, Integer> e : entries) {
        String shown = name.equals("kind") ? Kinds.swedish(e.getKey()) : e.getKey();
        links.add(new SearchPage.FacetLink(shown, e.getValue(), Links.search(form.with(filter, e.getKey())),
            e.getKey().equalsIgnoreCase(active == null ? "" : active)));
      }
    }
    return new SearchPage.FacetGroup(name, label, links);
  }

  private static List<SearchPage.ActiveFilter> filters(SearchForm form) {
    List<SearchPage.ActiveFilter> out = new ArrayList<>();
    if (form.namnd() != null) {
      out.add(new SearchPage.ActiveFilter("Nämnd: " + form.namnd(), Links.search(form.with("namnd", null))));
    }
    if (form.kind() != null) {
      out.add(new SearchPage.ActiveFilter("Typ: " + Kinds.swedish(form.kind()), Links.search(form.with("kind", null))));
    }
    if (form.from() != null || form.to() != null) {
      String label = form.from() != null && form.from().equals(form.to()) ? "År: " + form.from()
          : "Datum: " + (form.from() == null ? "" : form.from()) + " – " + (form.to() == null ? "" : form.to());
      out.add(new SearchPage.ActiveFilter(label, Links.search(form.with("dates", null))));
    }
    return out;
  }

  @Override
  public void close() {
    closer.shutdownNow();
    current.close();
  }
}
