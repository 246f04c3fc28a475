package se.namndkoll.index;

import se.namndkoll.model.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.Attachment;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Line;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.Personnummer;
import se.namndkoll.model.Section;
import se.namndkoll.text.KommunNames;

/**
 * Turns one read document into the index's documents: one per ärende, one for the meeting with its
 * agenda, one for the file itself (its hash and the stored model), all of them made from the
 * document's {@link PublicCopy}: sekretess ärenden by title and Dnr only, no section, list entry,
 * table, attachment or line of theirs; every personnummer masked.
 */
final class DocumentIndexer {

  static final FacetsConfig FACETS = new FacetsConfig();

  /** Text shown in hits: stored, with offsets in the postings so that highlighting reads no text again. */
  private static final FieldType SHOWN_TEXT = shownText();

  private static FieldType shownText() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** A text field shown in hits, and its folded twin for searches without å, ä and ö. */
  private static void text(Document doc, String field, String value) {
    doc.add(new Field(field, value, SHOWN_TEXT));
    doc.add(new TextField(field + IndexFields.FOLDED, value, Field.Store.NO));
  }

  private DocumentIndexer() {}

  /** The index documents of one file. */
  static List<Document> documents(String fileKey, String source, String hash, se.namndkoll.model.Document doc) {
    se.namndkoll.model.Document safe = PublicCopy.of(doc);
    String shown = Personnummer.mask(source);
    String filePrefix = shortHash(fileKey);
    Meeting meeting = safe.meeting().orElse(null);
    List<Document> out = new ArrayList<>();
    Document file = new Document();
    file.add(new StringField(IndexFields.ID, filePrefix, Field.Store.YES));
    file.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_FILE, Field.Store.YES));
    file.add(new StringField(IndexFields.FILE, fileKey, Field.Store.YES));
    file.add(new StoredField(IndexFields.SOURCE, shown));
    file.add(new StringField(IndexFields.HASH, hash, Field.Store.YES));
    file.add(new StoredField(IndexFields.PAGES, Math.max(0, safe.pageCount())));
    file.add(new StoredField(IndexFields.STORED_DOCUMENT, DocumentCodec.document(safe)));
    file.add(new StringField(IndexFields.SWEEP, sweep(safe), Field.Store.NO));
    for (String prefix : dnrPrefixes(safe)) {
      file.add(new StringField(IndexFields.FILE_DNR_PREFIXES, prefix, Field.Store.NO));
    }
    String kommun = kommunKey(safe);
    file.add(new StringField(IndexFields.KOMMUN, kommun, Field.Store.NO));
    out.add(file);
    if (meeting != null || !safe.agenda().isEmpty()) {
      out.add(meetingDocument(filePrefix + "-m", fileKey, shown, safe, meeting, kommun));
    }
    int n = 0;
    for (Arende a : safe.arenden()) {
      out.add(arendeDocument(filePrefix + "-" + (++n), fileKey, shown, safe, meeting, a, kommun));
    }
    return out;
  }

  /** The kommun the document's letterhead names, by its key: see {@link IndexFields#KOMMUN}. */
  static String kommunKey(se.namndkoll.model.Document d) {
    String kommun = KommunNames.mostNamed(List.of(d.lines().stream().map(Line::text).toList()));
    return kommun == null ? IndexFields.UNKNOWN_KOMMUN : Names.key(kommun);
  }

  /** The body a sweep reads the document with: see {@link IndexFields#SWEEP}. */
  static String sweep(se.namndkoll.model.Document d) {
    Meeting m = d.meeting().orElse(null);
    if (m != null && m.parent() != null && !m.parent().isBlank()) {
      return Names.key(m.parent());
    }
    if (m != null && m.namnd() != null && !m.namnd().isBlank()) {
      return Names.key(m.namnd());
    }
    return d.arenden().stream().map(Arende::namnd).filter(n -> n != null && !n.isBlank()).findFirst()
        .map(Names::key).orElse("");
  }

  /** The prefixes of the registry numbers the document names, lower-cased, in the order of its lines. */
  static java.util.Set<String> dnrPrefixes(se.namndkoll.model.Document d) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Line l : d.lines()) {
      for (Dnr dnr : Dnr.findAll(l.text())) {
        if (dnr.prefix() != null && !dnr.prefix().isBlank()) {
          out.add(dnr.prefix().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** The record of a file that could not be read: kept so that a sweep reports it. */
  static Document failed(String fileKey, String source, String hash, String reason) {
    Document d = new Document();
    d.add(new StringField(IndexFields.ID, shortHash(fileKey), Field.Store.YES));
    d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_FAILED, Field.Store.YES));
    d.add(new StringField(IndexFields.KOMMUN, IndexFields.UNKNOWN_KOMMUN, Field.Store.NO));
    d.add(new StringField(IndexFields.FILE, fileKey, Field.Store.YES));
    d.add(new StoredField(IndexFields.SOURCE, Personnummer.mask(source)));
    d.add(new StringField(IndexFields.HASH, hash, Field.Store.YES));
    d.add(new StoredField(IndexFields.REASON, Personnummer.mask(reason)));
    return d;
  }

  private static Document meetingDocument(String id, String fileKey, String source, se.namndkoll.model.Document d,
      Meeting meeting, String kommun) {
    Document doc = common(id, IndexFields.TYPE_MEETING, fileKey, source, d, meeting, meeting == null ? null : meeting.namnd(),
        kommun);
    String namnd = meeting == null || meeting.namnd() == null ? "" : meeting.namnd();
    String title = ("Sammanträde " + namnd + (meeting != null && meeting.date() != null ? " " + meeting.date() : "")).strip();
    text(doc, IndexFields.TITLE, title);
    String agenda = d.agenda().stream().map(DocumentIndexer::agendaLine).collect(Collectors.joining("\n"));
    text(doc, IndexFields.BODY, agenda);
    facet(doc, IndexFields.KIND, IndexFields.KIND_MEETING);
    doc.add(new StringField(IndexFields.KIND, IndexFields.KIND_MEETING_FOLDED, Field.Store.YES));
    if (!d.agenda().isEmpty() && d.agenda().get(0).location() != null && d.agenda().get(0).location().pageStart() != null) {
      doc.add(new StoredField(IndexFields.PAGE, d.agenda().get(0).location().pageStart()));
    }
    return doc;
  }

  private static String agendaLine(AgendaItem a) {
    return (a.no() == null ? "" : a.no() + ". ") + a.title() + (a.sekretess() ? " (sekretess)" : "") + (a.dnr() == null ? "" : " Dnr " + a.dnr().full());
  }

  private static Document arendeDocument(String id, String fileKey, String source, se.namndkoll.model.Document d,
      Meeting meeting, Arende a, String kommun) {
    String namnd = meeting != null && meeting.namnd() != null ? meeting.namnd() : a.namnd();
    Document doc = common(id, IndexFields.TYPE_ARENDE, fileKey, source, d, meeting, namnd, kommun);
    text(doc, IndexFields.TITLE, a.title());
    doc.add(new StringField(IndexFields.KIND, a.kind().id(), Field.Store.YES));
    facet(doc, IndexFields.KIND, a.kind().id());
    doc.add(new StringField(IndexFields.SEKRETESS, String.valueOf(a.sekretess()), Field.Store.YES));
    String head = String.join(" ", nz(a.paragraph()), a.dnr() == null ? "" : a.dnr().full(), nz(a.handlaggare()), nz(namnd));
    doc.add(new TextField(IndexFields.HEAD, head.strip(), Field.Store.NO));
    if (a.dnr() != null) {
      dnr(doc, a.dnr());
    }
    if (a.paragraph() != null && !a.paragraph().isBlank()) {
      doc.add(new StoredField(IndexFields.PARAGRAPH, a.paragraph().strip()));
    }
    if (a.location().pageStart() != null) {
      doc.add(new StoredField(IndexFields.PAGE, a.location().pageStart()));
    }
    Integer lastPage = a.location().pageEnd() != null ? a.location().pageEnd() : a.location().pageStart();
    if (d.scanned().recognisedBetween(a.location().pageStart(), lastPage)) {
      doc.add(new StoredField(IndexFields.OCR, "true"));
    }
    if (a.location().lineStart() != null) {
      doc.add(new StoredField(IndexFields.LINE, a.location().lineStart()));
    }
    if (!a.sekretess()) {
      StringBuilder body = new StringBuilder();
      for (Section s : a.sections()) {
        String field = s.kind().id();
        if (IndexFields.SECTIONS.contains(field)) {
          doc.add(new TextField(field, s.text(), Field.Store.NO));
        }
        if (body.length() > 0) {
          body.append("\n\n");
        }
        body.append(s.heading().isEmpty() ? "" : s.heading() + "\n").append(s.text());
      }
      text(doc, IndexFields.BODY, body.toString());
      String attachments = attachmentText(d.lines(), a.attachments());
      if (!attachments.isEmpty()) {
        doc.add(new TextField(IndexFields.ATTACHMENTS, attachments, Field.Store.NO));
      }
    }
    doc.add(new StoredField(IndexFields.STORED_ARENDE, DocumentCodec.arende(a)));
    return doc;
  }

  private static Document common(String id, String type, String fileKey, String source, se.namndkoll.model.Document d,
      Meeting meeting, String namnd, String kommun) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    doc.add(new StringField(IndexFields.TYPE, type, Field.Store.YES));
    doc.add(new StringField(IndexFields.FILE, fileKey, Field.Store.NO));
    doc.add(new StoredField(IndexFields.SOURCE, source));
    doc.add(new StringField(IndexFields.DOC_KIND, d.kind().id(), Field.Store.YES));
    doc.add(new StringField(IndexFields.KOMMUN, kommun, Field.Store.NO));
    if (namnd != null && !namnd.isBlank()) {
      doc.add(new StoredField(IndexFields.NAMND, namnd));
      doc.add(new StringField(IndexFields.NAMND_KEY, Names.key(namnd), Field.Store.NO));
      facet(doc, IndexFields.NAMND, namnd);
    }
    LocalDate date = meeting == null ? null : meeting.date();
    if (date != null) {
      doc.add(new StoredField(IndexFields.DATE, date.toString()));
      doc.add(new LongPoint(IndexFields.DAY, date.toEpochDay()));
      doc.add(new NumericDocValuesField(IndexFields.DAY, date.toEpochDay()));
      doc.add(new StringField(IndexFields.YEAR, String.valueOf(date.getYear()), Field.Store.NO));
      facet(doc, IndexFields.YEAR, String.valueOf(date.getYear()));
    }
    return doc;
  }

  private static void dnr(Document doc, Dnr dnr) {
    doc.add(new StringField(IndexFields.DNR, dnr.normalised(), Field.Store.YES));
    doc.add(new StringField(IndexFields.DNR_KEY, dnr.key(), Field.Store.NO));
    doc.add(new StringField(IndexFields.DNR_FULL, dnr.full().toLowerCase(Locale.ROOT), Field.Store.NO));
    doc.add(new StoredField(IndexFields.DNR_FULL + "Shown", dnr.full()));
    if (dnr.prefix() != null) {
      doc.add(new StringField(IndexFields.DNR_PREFIX, dnr.prefix().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    if (dnr.klassa() != null) {
      String[] parts = dnr.klassa().split("\\.");
      StringBuilder prefix = new StringBuilder();
      for (String part : parts) {
        prefix.append(prefix.length() == 0 ? "" : ".").append(part);
        doc.add(new StringField(IndexFields.KLASSA, prefix.toString(), Field.Store.NO));
      }
    }
  }

  private static void facet(Document doc, String dim, String value) {
    doc.add(new SortedSetDocValuesFacetField(dim, value));
  }

  private static String attachmentText(List<Line> lines, List<Attachment> attachments) {
    if (attachments.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Attachment att : attachments) {
      Integer from = att.location().lineStart();
      Integer to = att.location().lineEnd();
      if (from == null || to == null) {
        continue;
      }
      for (Line l : lines) {
        if (l.lineNo() >= from && l.lineNo() <= to && !l.isBlank()) {
          sb.append(l.text().replace('\t', ' ')).append('\n');
        }
      }
    }
    return sb.toString();
  }


  static String shortHash(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Builds the facet fields of a document for writing. */
  static Document build(Document doc) {
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Float> searched() {
    return IndexFields.SEARCHED;
  }
}
