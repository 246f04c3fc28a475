package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.ArchiveFiles;
import se.namndkoll.ingest.extract.OfficeFixtures.Paragraph;

/** Names that are not UTF-8: of the entries inside a DOCX, and of the file itself. */
class OddNamesTests {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

  @TempDir Path dir;

  @Test
  void aDocxWhoseEntryNamesAreNotUtf8IsRead() throws Exception {
    Path plain = OfficeFixtures.docx(dir.resolve("plain.docx"),
        List.of(new Paragraph("Kulturnämndens beslut"), new Paragraph("Nämnden beslutar att köpa konst.")));
    Path odd = dir.resolve("bild.docx");
    // an old Windows program's zip: names in code page 850, without the zip's UTF-8 flag
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(odd), Charset.forName("IBM850"))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("word/media/bild_åäö.png"));
      out.write(new byte[] {1, 2, 3});
      out.closeEntry();
    }
    assertThat(new String(Files.readAllBytes(odd), Charset.forName("IBM850"))).contains("bild_åäö.png");

    ExtractedText text = EXTRACTOR.extract(odd);

    assertThat(text.lines()).extracting(RawLine::text).contains("Kulturnämndens beslut", "Nämnden beslutar att köpa konst.");
  }

  @Test
  void aFileWhoseNameIsNotUtf8IsReadAndTheParseSaysSo() throws Exception {
    Path source = dir.resolve("källa.txt");
    Files.writeString(source, "Kulturnämndens beslut\nNämnden beslutar att köpa konst.\n");
    Path folder = Files.createDirectories(dir.resolve("mapp"));
    // Java cannot make such a name itself: the shell writes the bytes (0xE4, 'ä' in Latin-1)
    Process p = shell("cp '" + source + "' \"$(printf 'beslut_\\344.txt')\"", folder);
    Assumptions.assumeTrue(p != null && p.exitValue() == 0, "no POSIX shell to make a file name that is not UTF-8");
    List<Path> found = ArchiveFiles.under(List.of(folder));
    assertThat(found).hasSize(1);
    Path odd = found.get(0);
    Assumptions.assumeFalse(Files.exists(odd.toFile().toPath()), "this platform opens such names by their text");

    ExtractedText text = EXTRACTOR.extract(odd);

    assertThat(text.lines()).extracting(RawLine::text).contains("Nämnden beslutar att köpa konst.");
    assertThat(text.notes()).singleElement().asString().contains("name is not valid UTF-8");
  }

  @Test
  void aPdfWhoseNameIsNotUtf8IsReadNotCalledCorrupt() throws Exception {
    Path pdf = PdfFixtures.write(dir.resolve("källa.pdf"),
        List.of(List.of("Protokoll", "Sammanträdesdatum 2025-05-13", "§ 60 Val av justerare")));
    Path folder = Files.createDirectories(dir.resolve("mapp"));
    Process p = shell("cp '" + pdf + "' \"$(printf 'protokoll_\\366.pdf')\"", folder);
    Assumptions.assumeTrue(p != null && p.exitValue() == 0, "no POSIX shell to make a file name that is not UTF-8");
    Path odd = ArchiveFiles.under(List.of(folder)).get(0);

    ExtractedText text = EXTRACTOR.extract(odd);

    assertThat(text.lines()).extracting(RawLine::text).contains("§ 60 Val av justerare");
  }

  private static Process shell(String command, Path workDir) throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of("/bin/sh"))) {
      return null;
    }
    Process p = new ProcessBuilder("/bin/sh", "-c", command).directory(workDir.toFile()).redirectErrorStream(true).start();
    try (InputStream in = p.getInputStream(); OutputStream out = OutputStream.nullOutputStream()) {
      in.transferTo(out);
    }
    return p.waitFor(30, TimeUnit.SECONDS) ? p : null;
  }
}
