package se.namndkoll.assemble;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.NamndkollException;
import se.namndkoll.index.ArchiveIndex;
import se.namndkoll.ingest.vocabulary.Headings;
import se.namndkoll.model.Arende;
import se.namndkoll.model.ArendeKind;
import se.namndkoll.model.Document;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Line;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.Reading;
import se.namndkoll.model.SectionKind;
import se.namndkoll.model.Signatory;

/**
 * What assembly takes from the archive: the ärende a protokollsutdrag is made of, and the nämnder,
 * Dnr and recipients the wizard offers.
 */
public final class ArchiveLookup {

  private final List<Document> documents;

  private ArchiveLookup(List<Document> documents) {
    this.documents = documents;
  }

  /** The archive in the folder; none (empty) when the folder holds no index. */
  public static ArchiveLookup open(Path index) {
    if (index == null || !Files.isDirectory(index)) {
      return new ArchiveLookup(List.of());
    }
    try (ArchiveIndex archive = ArchiveIndex.forReading(index)) {
      List<Document> docs = new ArrayList<>();
      for (Reading f : archive.files()) {
        if (f instanceof Reading.Parsed parsed) {
          docs.add(parsed.document());
        }
      }
      return new ArchiveLookup(docs);
    } catch (NamndkollException e) {
      return new ArchiveLookup(List.of());
    }
  }

  /** These documents as the archive (a SolrCloud collection's documents of one ärende). */
  public static ArchiveLookup of(List<Document> documents) {
    return new ArchiveLookup(List.copyOf(documents));
  }

  public boolean isEmpty() {
    return documents.isEmpty();
  }

  /** Nämnder named by meetings and decisions, sorted. */
  public List<String> namnder() {
    TreeSet<String> names = new TreeSet<>(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT)));
    for (Document d : documents) {
      d.meetings().stream().map(Meeting::namnd).filter(n -> n != null && !n.isBlank()).forEach(names::add);
      d.arenden().stream().map(Arende::namnd).filter(n -> n != null && !n.isBlank()).forEach(names::add);
    }
    return List.copyOf(names);
  }

  /** Registry numbers as written, sorted. */
  public List<String> dnr() {
    TreeSet<String> numbers = new TreeSet<>();
    for (Document d : documents) {
      d.arenden().stream().map(Arende::dnr).filter(n -> n != null && !n.isShort()).map(Dnr::full)
          .forEach(numbers::add);
    }
    return List.copyOf(numbers);
  }

  /**
   * Registry numbers of the ärenden of one nämnd (as {@link #namnder()} names it), sorted; all of
   * them when the nämnd is unknown or blank.
   */
  public List<String> dnr(String namnd) {
    if (namnd == null || namnd.isBlank()) {
      return dnr();
    }
    String wanted = namnd.strip().toLowerCase(Locale.ROOT);
    TreeSet<String> numbers = new TreeSet<>();
    for (Document d : documents) {
      String meetingNamnd = d.meeting().map(Meeting::namnd).orElse(null);
      for (Arende a : d.arenden()) {
        String of = a.namnd() != null ? a.namnd() : meetingNamnd;
        if (of != null && of.strip().toLowerCase(Locale.ROOT).equals(wanted) && a.dnr() != null && !a.dnr().isShort()) {
          numbers.add(a.dnr().full());
        }
      }
    }
    return numbers.isEmpty() ? dnr() : List.copyOf(numbers);
  }

  /** The kommuner the documents' letterheads name ("Norrvik kommun"), sorted. */
  public List<String> kommuner() {
    return linesOf(KOMMUN);
  }

  /** The förvaltningar the documents' letterheads name, never an agenda item's title, sorted. */
  public List<String> forvaltningar() {
    return linesOf(FORVALTNING);
  }

  private List<String> linesOf(Pattern pattern) {
    TreeSet<String> found = new TreeSet<>(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT)));
    for (Document d : documents) {
      Set<String> titles = titles(d);
      d.lines().stream().map(l -> l.text().strip())
          .filter(t -> pattern.matcher(t).matches() && !titles.contains(t.toLowerCase(Locale.ROOT)))
          .forEach(found::add);
    }
    return List.copyOf(found);
  }

  /** The titles of a document's agenda items and ärenden, lower case. */
  private static Set<String> titles(Document d) {
    Set<String> titles = new HashSet<>();
    d.agenda().forEach(item -> titles.add(item.title().strip().toLowerCase(Locale.ROOT)));
    d.arenden().forEach(a -> titles.add(a.title() == null ? "" : a.title().strip().toLowerCase(Locale.ROOT)));
    return titles;
  }

  /** Recipients of decisions, sorted. */
  public List<String> recipients() {
    TreeSet<String> names = new TreeSet<>(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT)));
    for (Document d : documents) {
      d.arenden().forEach(a -> names.addAll(a.expedierasTill()));
    }
    return List.copyOf(names);
  }

  /**
   * The values of a protokollsutdrag for the ärende with the Dnr at the meeting: its paragraph from
   * the protocol where the archive holds one, else the skrivelse of the meeting's kallelse.
   */
  public Map<String, Object> utdrag(String dnrText, LocalDate meeting) {
    Dnr dnr = Dnr.parse(dnrText)
        .orElseThrow(() -> NamndkollException.badUsage("--dnr takes a registry number, not '" + dnrText + "'"));
    if (documents.isEmpty()) {
      throw new NamndkollException("the archive is empty or missing: ingest the meeting's protocol first, "
          + "or give the whole utdrag with --data");
    }
    record Hit(Document document, Arende arende) {}
    List<Hit> hits = new ArrayList<>();
    for (Document d : documents) {
      boolean thatMeeting = d.meetings().stream().anyMatch(m -> meeting.equals(m.date()));
      if (!thatMeeting) {
        continue;
      }
      for (Arende a : d.arenden()) {
        if (a.dnr() != null && a.dnr().sameAs(dnr)) {
          hits.add(new Hit(d, a));
        }
      }
    }
    Hit hit = hits.stream()
        .max(Comparator.comparing((Hit h) -> h.arende().kind() == ArendeKind.PROTOKOLLSPARAGRAF)
            .thenComparing(h -> h.arende().sections().size()))
        .orElseThrow(() -> new NamndkollException("no ärende " + dnr.full() + " at a meeting on " + meeting
            + " in the archive"));
    Arende a = hit.arende();
    Map<String, Object> values = new LinkedHashMap<>();
    String namnd = a.namnd() != null ? a.namnd()
        : hit.document().meeting().map(Meeting::namnd).orElse(null);
    putIf(values, "namnd", namnd);
    values.put("sammantradesdatum", meeting.toString());
    putIf(values, "paragraf", a.paragraph() == null ? null : a.paragraph().replaceFirst("^§\\s*", ""));
    values.put("dnr", a.dnr().full());
    putIf(values, "rubrik", a.title());
    section(a, SectionKind.BESLUT).map(ArchiveLookup::withoutDecisionHeading).filter(t -> !t.isEmpty())
        .ifPresent(t -> values.put("beslut", t));
    section(a, SectionKind.ARENDET).ifPresent(t -> values.put("arendet", t));
    section(a, SectionKind.BARNKONSEKVENSANALYS).ifPresent(t -> values.put("barnkonsekvensanalys", t));
    if (!a.beslutsunderlag().isEmpty()) {
      values.put("beslutsunderlag", a.beslutsunderlag());
    }
    if (a.has(SectionKind.EXPEDIERAS)) {
      values.put("expedieras", a.expedierasTill());
    }
    for (Signatory s : signatories(hit.document())) {
      String role = s.role() == null ? "" : s.role().toLowerCase(Locale.ROOT);
      if (role.contains("ordförande") && !role.contains("vice")) {
        values.putIfAbsent("ordforande", s.name());
      } else if (role.contains("justera")) {
        values.putIfAbsent("justerare", s.name());
      } else if (role.contains("sekreterare")) {
        values.putIfAbsent("sekreterare", s.name());
      }
    }
    fromLines(hit.document(), values);
    return values;
  }

  private static final Pattern ROLE = Pattern.compile(
      "^(Ordförande|Justerande|Justerare|Sekreterare)\\b.*", Pattern.UNICODE_CASE);
  private static final Pattern NAME = Pattern.compile(
      "^\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){1,3}$", Pattern.UNICODE_CASE);
  private static final Pattern JUSTERING = Pattern.compile(
      "(?iu)justering.{0,80}?(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern KOMMUN = Pattern.compile(
      "^\\p{Lu}[\\p{L}-]+ (?:kommun|stad)$", Pattern.UNICODE_CASE);
  /** A förvaltning's name: one word ending in it, or two joined by "och" ("Individ- och familjeomsorgsförvaltningen"). */
  private static final Pattern FORVALTNING = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}]*-? och )?\\p{Lu}?[\\p{L}]*förvaltningen$", Pattern.UNICODE_CASE);

  /**
   * What the protocol says outside its paragraphs: the names above the roles of its signature block,
   * the date of the justering, the kommun and förvaltning of its header and footer.
   */
  private static void fromLines(Document d, Map<String, Object> values) {
    List<Line> lines = d.lines().stream().filter(l -> !l.isBlank()).toList();
    // a line that is the title of an agenda item or an ärende ("Information från förvaltningen") is
    // not the header's or footer's name of the förvaltning
    Set<String> titles = titles(d);
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      Matcher role = ROLE.matcher(t);
      if (role.matches() && i > 0 && NAME.matcher(lines.get(i - 1).text()).matches()) {
        String key = switch (role.group(1)) {
          case "Ordförande" -> "ordforande";
          case "Sekreterare" -> "sekreterare";
          default -> "justerare";
        };
        values.putIfAbsent(key, lines.get(i - 1).text());
      }
      Matcher justering = JUSTERING.matcher(t);
      if (justering.find()) {
        values.putIfAbsent("justeringsdatum", justering.group(1));
      }
      if (KOMMUN.matcher(t).matches()) {
        values.putIfAbsent("kommun", t);
      }
      if (FORVALTNING.matcher(t).matches() && !titles.contains(t.strip().toLowerCase(Locale.ROOT))) {
        values.putIfAbsent("forvaltning", t);
      }
    }
  }

  private static List<Signatory> signatories(Document d) {
    List<Signatory> all = new ArrayList<>();
    d.arenden().forEach(a -> all.addAll(a.signatories()));
    return all;
  }

  /**
   * The decision without its heading: in a protocol paragraph the parser keeps the heading ("Kultur-
   * och fritidsnämndens beslut") as the section's first line, and the template writes its own.
   */
  static String withoutDecisionHeading(String text) {
    List<String> lines = text.strip().lines().toList();
    if (!lines.isEmpty() && Headings.decision(lines.get(0).strip()).isPresent()) {
      return String.join("\n", lines.subList(1, lines.size())).strip();
    }
    return text.strip();
  }

  private static Optional<String> section(Arende a, SectionKind kind) {
    return a.section(kind).map(s -> s.text().strip()).filter(t -> !t.isEmpty());
  }

  private static void putIf(Map<String, Object> values, String key, Object value) {
    if (value != null) {
      values.put(key, value);
    }
  }
}
