package se.namndkoll.index;

import java.util.List;
import java.util.Map;

/** The names of the index's fields: one place, for the writer and the readers. */
final class IndexFields {

  static final String ID = "id";
  static final String TYPE = "type";
  static final String FILE = "file";
  static final String SOURCE = "source";
  static final String HASH = "hash";
  /**
   * On every record of a file: the kommun its letterhead names, by {@code Names.key}
   * ("goteborgsstad"), or {@link #UNKNOWN_KOMMUN}. A collection made by {@code solr init} keeps each
   * kommun's records on one shard by it.
   */
  static final String KOMMUN = "kommun";
  static final String UNKNOWN_KOMMUN = "okand";
  /**
   * On a file's record: the body a sweep reads it with, by {@code Names.key}: the nämnd of its
   * meeting (an utskott's nämnd for an utskott), else of its ärende; empty when it names none.
   */
  static final String SWEEP = "sweep";
  /**
   * On a file's record: the prefixes of the registry numbers it names, lower-cased ("ifn"): what ties
   * a document that names no nämnd to the nämnd whose other documents carry the same prefix.
   */
  static final String FILE_DNR_PREFIXES = "dnrPrefixes";
  static final String PAGES = "pages";
  static final String NAMND = "namnd";
  static final String NAMND_KEY = "namndKey";
  static final String DATE = "date";
  static final String DAY = "day";
  static final String YEAR = "year";
  static final String DNR = "dnr";
  /** The Dnr by its key, the same however it is written ("2026-21"): see {@code Dnr.key}. */
  static final String DNR_KEY = "dnrKey";
  static final String DNR_FULL = "dnrFull";
  static final String DNR_PREFIX = "dnrPrefix";
  static final String KLASSA = "klassa";
  static final String DOC_KIND = "docKind";
  static final String KIND = "kind";
  static final String SEKRETESS = "sekretess";
  static final String PAGE = "page";
  /** An ärende's protocol paragraph ("§ 16"), stored to show with a hit. */
  static final String PARAGRAPH = "paragraph";
  /** Stored "true" on an ärende read, in part, from scanned pages by OCR. */
  static final String OCR = "ocr";
  static final String LINE = "line";
  static final String TITLE = "title";
  static final String BODY = "body";
  /** What stands above an ärende: its paragraph, Dnr, officer and nämnd. */
  static final String HEAD = "head";
  static final String ATTACHMENTS = "bilagor";
  static final String STORED_ARENDE = "arendeJson";
  static final String STORED_DOCUMENT = "documentJson";

  static final String TYPE_ARENDE = "arende";
  static final String TYPE_MEETING = "meeting";
  static final String TYPE_FILE = "file";
  static final String TYPE_FAILED = "failed";
  static final String REASON = "reason";

  /** A meeting's kind: its facet label, and its value in {@link #KIND}, folded as kinds are searched. */
  static final String KIND_MEETING = "sammanträde";
  static final String KIND_MEETING_FOLDED = "sammantrade";

  /** How a value of {@link #KIND} is shown as a facet label. */
  static String kindLabel(String kind) {
    return KIND_MEETING_FOLDED.equals(kind) ? KIND_MEETING : kind;
  }

  /** Text fields of a document's sections, one per section kind, searchable by name. */
  static final List<String> SECTIONS =
      List.of("beslut", "sammanfattning", "arendet", "barnkonsekvensanalys", "beslutsunderlag", "samverkan",
          "expedieras");

  /** The folded twin of a text field: å ä ö folded, not stemmed. */
  static final String FOLDED = "_f";

  /** The fields free text searches, with their weights. */
  static final Map<String, Float> SEARCHED =
      Map.of(TITLE, 3f, BODY, 1f, HEAD, 1f, ATTACHMENTS, 0.3f, TITLE + FOLDED, 1.5f, BODY + FOLDED, 0.5f);

  /** Fields whose values are matched exactly, lower-cased. */
  static final List<String> EXACT =
      List.of(NAMND_KEY, YEAR, DNR, DNR_KEY, DNR_FULL, DNR_PREFIX, KLASSA, DOC_KIND, KIND, SEKRETESS, TYPE, ID, KOMMUN,
          SWEEP, FILE_DNR_PREFIXES);

  private IndexFields() {}
}
