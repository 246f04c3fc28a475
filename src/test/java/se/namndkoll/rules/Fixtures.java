package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.namndkoll.ingest.extract.ExtractedText;
import se.namndkoll.ingest.extract.RawLine;
import se.namndkoll.ingest.normalise.Normaliser;
import se.namndkoll.ingest.segment.Segmenter;
import se.namndkoll.model.Document;

/**
 * The documents of the rule tests: a clean kallelse of Sjöby kommun's Socialnämnden and a
 * protocol of its utskott, each changed in one place to plant a defect.
 */
final class Fixtures {

  static final String KALLELSE = "sn-2025-05-20-kallelse.txt";
  static final String UTSKOTT = "sn-su-2025-05-06-protokoll.txt";

  private Fixtures() {}

  static String text(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/rules", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with the first occurrence of a passage replaced; the passage must be there. */
  static String change(String text, String passage, String replacement) {
    assertThat(text).as("the fixture holds the passage to change").contains(passage);
    int at = text.indexOf(passage);
    return text.substring(0, at) + replacement + text.substring(at + passage.length());
  }

  static Document parse(String name, String text) {
    List<RawLine> lines = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      lines.add(RawLine.of(l, 0));
    }
    return new Segmenter().segment(name, "text/plain", 0,
        new Normaliser().normalise(new ExtractedText("text/plain", 0, lines)));
  }

  static Document kallelse() {
    return parse(KALLELSE, text(KALLELSE));
  }

  static Document utskott() {
    return parse(UTSKOTT, text(UTSKOTT));
  }
}
