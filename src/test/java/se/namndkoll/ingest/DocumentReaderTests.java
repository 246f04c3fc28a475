package se.namndkoll.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.extract.UnreadableFileException;
import se.namndkoll.model.Reading;

/** Reading a file gives its document or the reason it cannot be read, never a message to cut apart. */
class DocumentReaderTests {

  private static final DocumentReader READER = DocumentReader.standard();

  @Test
  void aReadableFileIsParsed(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("kallelse.txt"), "Kallelse\n\nSocialnämnden\n\n1. Val av justerare\n");

    Reading reading = READER.reading(file);

    assertThat(reading).isInstanceOfSatisfying(Reading.Parsed.class, parsed -> {
      assertThat(parsed.source()).isEqualTo(file.toString());
      assertThat(parsed.document().source()).isEqualTo(file.toString());
    });
  }

  @Test
  void anUnreadableFileGivesItsReasonWithoutItsName(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("tom.txt"), "");

    assertThat(READER.reading(empty)).isEqualTo(new Reading.Unreadable(empty.toString(), "empty file"));
    assertThatThrownBy(() -> READER.read(empty)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
      assertThat(e.getMessage()).isEqualTo(empty + ": empty file");
      assertThat(e.reason()).isEqualTo("empty file");
      assertThat(e.file()).isEqualTo(empty);
    });
  }

  @Test
  void aMissingFileIsUnreadable(@TempDir Path dir) {
    Path missing = dir.resolve("saknas.pdf");

    assertThat(READER.reading(missing)).isInstanceOfSatisfying(Reading.Unreadable.class, u -> {
      assertThat(u.source()).isEqualTo(missing.toString());
      assertThat(u.reason()).isNotBlank().doesNotContain(missing.toString());
    });
  }
}
