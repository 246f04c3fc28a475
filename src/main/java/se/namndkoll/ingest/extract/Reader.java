package se.namndkoll.ingest.extract;

/** Which reader extracts a type. */
enum Reader {
  /** Apache Tika over its XHTML: PDF and office formats. */
  TIKA,
  /** Jsoup: HTML and XHTML pages. */
  HTML,
  /** The file's own lines, exactly. */
  TEXT
}
