package se.namndkoll.ingest.extract;

/** Which reader extracts a type. */
enum Reader {
  /** PDFBox's text stripper, keeping letter sizes, bold and column gaps. */
  PDF,
  /** Apache Tika over its XHTML: office formats. */
  TIKA,
  /** Jsoup: HTML and XHTML pages. */
  HTML,
  /** The file's own lines, exactly. */
  TEXT
}
