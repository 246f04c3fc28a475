package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.extract.OfficeFixtures.Paragraph;

class BadInputTests {

  private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
  private static final List<List<String>> ONE_PAGE =
      List.of(List.of("Protokoll", "Sammanträdesdatum 2025-05-13", "§ 60 Val av justerare"));

  @TempDir Path dir;

  @Test
  void refusesAMissingFile() {
    Path file = dir.resolve("saknas.pdf");

    assertRefused(file, file + ": no such file");
  }

  @Test
  void refusesADirectory() {
    assertRefused(dir, dir + ": is a directory, not a file");
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path file = Files.createFile(dir.resolve("tom.pdf"));

    assertRefused(file, file + ": empty file");
  }

  @Test
  void refusesAFileOfOnlyWhiteSpace() throws IOException {
    Path file = Files.writeString(dir.resolve("blanksteg.txt"), " \n\t\r\n  \n");

    assertRefused(file, file + ": empty file");
  }

  @Test
  void refusesAnEncryptedPdf() throws IOException {
    Path file = PdfFixtures.writeEncrypted(dir.resolve("lasad.pdf"), ONE_PAGE, "hemligt");

    assertRefused(file, file + ": encrypted PDF, no password given");
  }

  @Test
  void refusesAnEncryptedWordDocument() throws Exception {
    Path plain =
        OfficeFixtures.docx(dir.resolve("oppen.docx"), List.of(new Paragraph("Sekretess")));
    Path file = dir.resolve("lasad.docx");
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("hemligt");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OutputStream out = encryptor.getDataStream(fs)) {
        Files.copy(plain, out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }

    assertRefused(file, file + ": encrypted Word document, no password given");
  }

  @Test
  void refusesATruncatedPdf() throws IOException {
    Path whole = PdfFixtures.write(dir.resolve("hel.pdf"), ONE_PAGE);
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("avbruten.pdf"), Arrays.copyOf(bytes, bytes.length / 2));

    assertRefused(
        file,
        file
            + ": corrupt or unreadable PDF (truncated: no %%EOF end marker in the last 1024"
            + " bytes)");
  }

  @Test
  void refusesAPdfWithGarbageAfterTheHeader() throws IOException {
    byte[] garbage = new byte[4000];
    new Random(7).nextBytes(garbage);
    Path file = dir.resolve("skrap.pdf");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
      out.write(garbage);
      out.write("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    assertThatThrownBy(() -> EXTRACTOR.extract(file))
        .isInstanceOf(NamndkollException.class)
        .hasMessageStartingWith(file + ": corrupt or unreadable PDF (")
        .hasMessageEndingWith(")")
        .satisfies(e -> assertOneCleanLine(e.getMessage()));
  }

  @Test
  void refusesBinaryJunkNamedPdf() throws IOException {
    byte[] junk = new byte[5000];
    new Random(11).nextBytes(junk);
    junk[0] = 0x01;
    Path file = Files.write(dir.resolve("skrap2.pdf"), junk);

    assertRefused(file, file + ": not a PDF: the content is application/octet-stream");
  }

  @Test
  void refusesAnHtmlErrorPageSavedAsPdf() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("nedladdad.pdf"),
            "<!DOCTYPE html><html><body><h1>404 Sidan finns inte</h1></body></html>");

    assertRefused(file, file + ": not a PDF: the content is text/html");
  }

  @Test
  void refusesAZipBombNamedDocxQuickly() throws IOException {
    Path file = dir.resolve("bomb.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(file)).isLessThan(1024 * 1024);

    long start = System.nanoTime();
    assertRefused(
        file,
        file
            + ": refused: zip entry \"word/document.xml\" inflates to more than 100 times its"
            + " compressed size (compression ratio limit 100:1), it looks like a zip bomb");
    // The guard stops after inflating about a megabyte; a generous bound for a slow CI machine.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void refusesATooLargeFileByItsSizeBeforeReadingIt() throws IOException {
    Path file = dir.resolve("stor.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(100L * 1024 * 1024); // sparse: no bytes written, nothing to read
    }

    long start = System.nanoTime();
    assertRefused(file, file + ": too large: 100 MiB, the limit is 64 MiB");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void refusesAnImage() throws IOException {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1A,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      2,
      0,
      0,
      0
    };
    Path file = Files.write(dir.resolve("logotyp.png"), png);

    assertRefused(file, file + ": unsupported type image/png");
  }

  @Test
  void refusesAZipOfOtherFiles() throws IOException {
    Path file = dir.resolve("bilagor.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("anteckningar.bin"));
      byte[] bytes = new byte[2000];
      new Random(3).nextBytes(bytes);
      zip.write(bytes);
      zip.closeEntry();
    }

    assertRefused(file, file + ": unsupported type application/zip");
  }

  @Test
  void refusesAnExecutable() throws IOException {
    byte[] elf = new byte[256];
    elf[0] = 0x7F;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2;
    elf[5] = 1;
    elf[6] = 1;
    elf[16] = 2;
    Path file = Files.write(dir.resolve("program"), elf);

    assertThatThrownBy(() -> EXTRACTOR.extract(file))
        .isInstanceOf(NamndkollException.class)
        .hasMessageStartingWith(file + ": unsupported type application/x-");
  }

  @Test
  void refusesTextPastTheCharacterLimit() throws IOException {
    Path file = Files.writeString(dir.resolve("lang.txt"), "Nämnden beslutar att ".repeat(50));
    DocumentExtractor small =
        new DocumentExtractor(ExtractionLimits.defaults().withMaxCharacters(100));

    assertThatThrownBy(() -> small.extract(file))
        .isInstanceOf(NamndkollException.class)
        .hasMessage(file + ": too much text: the text passed the limit of 100 characters");
  }

  @Test
  void stopsAPdfParseAtTheCharacterLimit() throws IOException {
    List<String> page = List.of("Ärendet gäller förlängning av avtal om skyddat boende.".repeat(2));
    Path file = PdfFixtures.write(dir.resolve("manga-sidor.pdf"), List.of(page, page, page, page));
    DocumentExtractor small =
        new DocumentExtractor(ExtractionLimits.defaults().withMaxCharacters(150));

    assertThatThrownBy(() -> small.extract(file))
        .isInstanceOf(NamndkollException.class)
        .hasMessage(file + ": too much text: the text passed the limit of 150 characters");
  }

  @Test
  void stopsAWordDocumentAtTheCharacterLimit() throws Exception {
    List<OfficeFixtures.Block> paragraphs =
        IntStream.range(0, 40)
            .<OfficeFixtures.Block>mapToObj(i -> new Paragraph("Punkt " + i + " i protokollet."))
            .toList();
    Path file = OfficeFixtures.docx(dir.resolve("protokoll.docx"), paragraphs);
    DocumentExtractor small =
        new DocumentExtractor(ExtractionLimits.defaults().withMaxCharacters(200));

    assertThatThrownBy(() -> small.extract(file))
        .isInstanceOf(NamndkollException.class)
        .hasMessage(file + ": too much text: the text passed the limit of 200 characters");
  }

  @Test
  void refusesAPdfWithoutText() throws IOException {
    Path file = PdfFixtures.write(dir.resolve("skannad.pdf"), List.of(List.of(), List.of()));

    assertRefused(
        file,
        file + ": no text found in 2 pages (scanned images? text recognition, OCR, is not done)");
  }

  private static void assertRefused(Path file, String message) {
    assertThatThrownBy(() -> EXTRACTOR.extract(file))
        .isInstanceOf(NamndkollException.class)
        .hasMessage(message)
        .satisfies(e -> assertOneCleanLine(e.getMessage()));
  }

  private static void assertOneCleanLine(String message) {
    assertThat(message)
        .doesNotContain("\n")
        .doesNotContain("Exception")
        .doesNotContainPattern("\\b(org|java|javax)\\.[a-z]+\\.");
  }
}
