package se.namndkoll.ingest.extract;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/** The kinds of document namndkoll reads, with the media types that make them up. */
enum DocumentType {
  PDF("PDF", Reader.PDF, "application/pdf"),
  WORD(
      "Word document",
      Reader.TIKA,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
      "application/vnd.ms-word.document.macroenabled.12",
      "application/vnd.ms-word.template.macroenabled.12",
      "application/msword"),
  EXCEL(
      "Excel workbook",
      Reader.TIKA,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.ms-excel.sheet.macroenabled.12",
      "application/vnd.ms-excel"),
  POWERPOINT(
      "PowerPoint presentation",
      Reader.TIKA,
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/vnd.ms-powerpoint"),
  OPENDOCUMENT(
      "OpenDocument file",
      Reader.TIKA,
      "application/vnd.oasis.opendocument.text",
      "application/vnd.oasis.opendocument.text-template",
      "application/vnd.oasis.opendocument.spreadsheet",
      "application/vnd.oasis.opendocument.presentation"),
  RTF("RTF document", Reader.TIKA, "application/rtf"),
  HTML("HTML page", Reader.HTML, "text/html", "application/xhtml+xml"),
  /** Any {@code text/*} type other than HTML: plain text, markdown, CSV. */
  TEXT("text file", Reader.TEXT);

  private final String label;
  private final Reader reader;
  private final Set<String> mediaTypes;

  DocumentType(String label, Reader reader, String... mediaTypes) {
    this.label = label;
    this.reader = reader;
    this.mediaTypes = Set.of(mediaTypes);
  }

  /** The type a media type (parameters ignored) belongs to, if namndkoll reads it. */
  static Optional<DocumentType> of(MediaType mediaType) {
    String base = mediaType.getBaseType().toString();
    Optional<DocumentType> listed =
        Arrays.stream(values()).filter(t -> t.mediaTypes.contains(base)).findFirst();
    if (listed.isPresent()) {
      return listed;
    }
    return mediaType.getType().equals("text") ? Optional.of(TEXT) : Optional.empty();
  }

  /** How a user names it: "PDF", "Word document". */
  String label() {
    return label;
  }

  Reader reader() {
    return reader;
  }

  /** A text format: a file of this type can hold anything, so it never proves a name wrong. */
  boolean isText() {
    return reader == Reader.HTML || reader == Reader.TEXT;
  }
}
