package se.namndkoll.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import se.namndkoll.model.ScannedPages;

/**
 * The text of one file, line by line, as read by an extractor. Line {@code i} of the list is line
 * {@code i + 1} of the document: for a text file exactly its lines, for other types the lines of
 * the extracted text.
 *
 * @param mediaType the detected type ("application/pdf")
 * @param pageCount pages of the source, 0 where it has none
 * @param notes what the reader had to mend to read the file ("2 bytes that are not valid UTF-8
 *     replaced …"), for the parse to say; empty when nothing was
 */
public record ExtractedText(String mediaType, int pageCount, List<RawLine> lines, List<String> notes,
    ScannedPages scanned) {

  public ExtractedText {
    lines = List.copyOf(lines);
    notes = notes == null ? List.of() : List.copyOf(notes);
    scanned = scanned == null ? ScannedPages.NONE : scanned;
  }

  public ExtractedText(String mediaType, int pageCount, List<RawLine> lines, List<String> notes) {
    this(mediaType, pageCount, lines, notes, ScannedPages.NONE);
  }

  public ExtractedText(String mediaType, int pageCount, List<RawLine> lines) {
    this(mediaType, pageCount, lines, List.of());
  }

  /** The same text with one more note. */
  public ExtractedText withNote(String note) {
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new ExtractedText(mediaType, pageCount, lines, more, scanned);
  }
}
