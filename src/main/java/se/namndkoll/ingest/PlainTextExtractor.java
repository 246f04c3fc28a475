package se.namndkoll.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.namndkoll.NamndkollException;

/** Reads UTF-8 text files line by line. */
final class PlainTextExtractor implements Extractor {

  @Override
  public ExtractedText extract(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new NamndkollException(file + ": no such file");
    }
    try {
      List<RawLine> lines = new ArrayList<>();
      for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lines.add(RawLine.of(l, 0));
      }
      return new ExtractedText("text/plain", 0, lines);
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
