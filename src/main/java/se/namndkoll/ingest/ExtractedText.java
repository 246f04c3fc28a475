package se.namndkoll.ingest;

import java.util.List;

/**
 * The text of one file, line by line, as read by an extractor. Line {@code i} of the list is line
 * {@code i + 1} of the document: for a text file exactly its lines, for other types the lines of
 * the extracted text.
 *
 * @param mediaType the detected type ("application/pdf")
 * @param pageCount pages of the source, 0 where it has none
 */
public record ExtractedText(String mediaType, int pageCount, List<RawLine> lines) {

  public ExtractedText {
    lines = List.copyOf(lines);
  }
}
