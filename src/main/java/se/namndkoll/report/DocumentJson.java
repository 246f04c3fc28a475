package se.namndkoll.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.namndkoll.model.AgendaItem;
import se.namndkoll.model.Arende;
import se.namndkoll.model.BudgetStatement;
import se.namndkoll.model.DelegationEntry;
import se.namndkoll.model.Document;
import se.namndkoll.model.Dnr;
import se.namndkoll.model.Meeting;
import se.namndkoll.model.MoneyTable;
import se.namndkoll.model.Section;

/**
 * The JSON of {@code parse --format json}, as OUTPUT.md sets it out; fields beyond the contract
 * are added after the contract's own.
 */
public final class DocumentJson {

  private DocumentJson() {}

  /** The document as JSON, every personnummer in its texts masked ({@code 19850312-XXXX}). */
  public static String write(Document d) {
    return Json.write(masked(toMap(d)));
  }

  /** The value with every personnummer in its strings masked; numbers and the rest as they are. */
  private static Object masked(Object value) {
    if (value instanceof String s) {
      return se.namndkoll.model.Personnummer.mask(s);
    }
    if (value instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, masked(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      return l.stream().map(DocumentJson::masked).toList();
    }
    return value;
  }

  public static Map<String, Object> toMap(Document d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", d.source());
    m.put("kind", d.kind().id());
    m.put("meetings", d.meetings().stream().map(DocumentJson::meeting).toList());
    m.put("agenda", d.agenda().stream().map(DocumentJson::agendaItem).toList());
    m.put("arenden", d.arenden().stream().map(DocumentJson::arende).toList());
    m.put("mediaType", d.mediaType());
    m.put("pages", d.pageCount());
    m.put("delegation", d.delegation().stream().map(DocumentJson::delegation).toList());
    m.put("anmalningar", d.anmalningar().stream().map(a -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("text", a.text());
      e.put("date", str(a.date()));
      e.put("reportedInDnr", a.reportedInDnr());
      e.put("location", Json.location(a.location()));
      return e;
    }).toList());
    m.put("tables", d.tables().stream().map(DocumentJson::table).toList());
    m.put("statements", d.statements().stream().map(DocumentJson::statement).toList());
    m.put("notes", d.notes());
    Map<String, Object> scanned = new LinkedHashMap<>();
    scanned.put("ocrPages", d.scanned().recognised());
    scanned.put("ocrConfidence", d.scanned().recognised().isEmpty() ? null
        : Math.round(d.scanned().confidence() * 10) / 10.0);
    Map<String, Object> perPage = new LinkedHashMap<>();
    for (int p : d.scanned().recognised()) {
      Double c = d.scanned().confidenceOf(p);
      if (c != null) {
        perPage.put(String.valueOf(p), Math.round(c * 10) / 10.0);
      }
    }
    scanned.put("ocrPageConfidence", perPage);
    scanned.put("unreadPages", d.scanned().unread());
    scanned.put("unreadReason", d.scanned().unread().isEmpty() ? null : d.scanned().reason());
    scanned.put("poorTextLayerPages", d.scanned().poorLayer());
    m.put("scanned", scanned);
    return m;
  }

  private static Map<String, Object> meeting(Meeting meeting) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("namnd", meeting.namnd());
    m.put("date", str(meeting.date()));
    m.put("time", meeting.time());
    m.put("place", meeting.place());
    m.put("parent", meeting.parent());
    return m;
  }

  private static Map<String, Object> agendaItem(AgendaItem a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("no", a.no());
    m.put("title", a.title());
    m.put("dnr", a.dnr() == null ? null : a.dnr().normalised());
    m.put("sekretess", a.sekretess());
    m.put("dnrFull", full(a.dnr()));
    m.put("standing", a.standing());
    if (a.documentsLater()) {
      m.put("documentsLater", true);
    }
    m.put("location", Json.location(a.location()));
    return m;
  }

  private static Map<String, Object> arende(Arende a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dnr", a.dnrNormalised());
    m.put("dnrFull", full(a.dnr()));
    m.put("title", a.title());
    m.put("kind", a.kind().id());
    m.put("agendaNo", a.agendaNo());
    m.put("sections", sectionNames(a.sections()));
    m.put("expedierasTill", a.expedierasTill());
    m.put("location", Json.location(a.location()));
    m.put("dnrSource", a.dnrSource().name().toLowerCase(Locale.ROOT));
    m.put("namnd", a.namnd());
    m.put("paragraph", a.paragraph());
    m.put("handlaggare", a.handlaggare());
    m.put("date", str(a.date()));
    m.put("beslutsunderlag", a.beslutsunderlag());
    m.put("samverkanDate", str(a.samverkanDate()));
    m.put("signatories", a.signatories().stream().map(s -> {
      Map<String, Object> sig = new LinkedHashMap<>();
      sig.put("name", s.name());
      sig.put("role", s.role());
      return sig;
    }).toList());
    m.put("attachments", a.attachments().stream().map(t -> {
      Map<String, Object> att = new LinkedHashMap<>();
      att.put("title", t.title());
      att.put("location", Json.location(t.location()));
      return att;
    }).toList());
    return m;
  }

  static List<String> sectionNames(List<Section> sections) {
    Set<String> names = new LinkedHashSet<>();
    for (Section s : sections) {
      names.add(s.kind().id());
    }
    return new ArrayList<>(names);
  }

  private static Map<String, Object> delegation(DelegationEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("decidedBy", e.decidedBy());
    m.put("date", str(e.date()));
    m.put("text", e.text());
    m.put("reportedInDnr", e.reportedInDnr());
    m.put("location", Json.location(e.location()));
    return m;
  }

  private static Map<String, Object> table(MoneyTable t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("caption", t.caption());
    m.put("unit", t.unit());
    m.put("columns", t.columns());
    m.put("rows", t.rows().stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", r.label());
      row.put("values", r.values());
      return row;
    }).toList());
    m.put("dnr", t.dnr());
    m.put("location", Json.location(t.location()));
    return m;
  }

  private static Map<String, Object> statement(BudgetStatement s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", s.text());
    m.put("kind", s.kind().id());
    m.put("amountTkr", s.amountTkr());
    m.put("deficit", s.deficit());
    m.put("mentionsMeasures", s.mentionsMeasures());
    m.put("dnr", s.dnr());
    m.put("location", Json.location(s.location()));
    return m;
  }

  private static String full(Dnr dnr) {
    return dnr == null ? null : dnr.full();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
