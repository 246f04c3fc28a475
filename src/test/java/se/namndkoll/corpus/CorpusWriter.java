package se.namndkoll.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Renders the sample archive: each source in the corpus markup (see {@link SourceDocument}) to the
 * PDF, DOCX or HTML file it describes.
 *
 * <p>A source is a UTF-8 {@code .txt} file: front matter ({@code format}, {@code title},
 * {@code kommun}, {@code unit}, {@code footer}, {@code created} …) up to a line {@code ---}, then
 * the document. {@code format} names the format the archive ships it in; {@link #render(Path,
 * Format, Path)} renders any source to any of the three. Page furniture: {@code label} and {@code
 * headerright} in the page header ({@code "a | b"} is two lines), {@code pagelabel} ("Sida {n}({m})"),
 * {@code pagenumbers} (header or footer), {@code paging} (part or document), {@code furniture}
 * (standard or plain), and {@code protocolfooter}: {@code yes} for the boxes "Justerandes signatur"
 * and "Utdragsbestyrkande", or the boxes named ({@code "Ordförandes signatur | Justerandes signatur
 * | Utdragsbestyrkande"}). Output is deterministic: fixed dates and
 * document ids, so a rerun writes the same files.
 *
 * <p>To regenerate the archive:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=se.namndkoll.corpus.CorpusWriter \
 *     -Dexec.classpathScope=test -Dexec.args="src/test/resources/corpus-src corpus"
 * </pre>
 */
public final class CorpusWriter {

  /** The formats a source renders to. */
  public enum Format {
    PDF("pdf"),
    DOCX("docx"),
    HTML("html");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }

    public static Format of(String name) {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
  }

  private CorpusWriter() {}

  /**
   * Renders every source in {@code args[0]} into the folder {@code args[1]}, one file per source,
   * named after the source with the extension of its format.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CorpusWriter SOURCE_DIR OUTPUT_DIR");
      System.exit(2);
    }
    for (Path p : renderAll(Path.of(args[0]), Path.of(args[1]))) {
      System.out.println(p);
    }
  }

  /**
   * Renders every {@code *.txt} source of {@code sourceDir} to its own format into {@code
   * outputDir}, which is created if missing.
   *
   * @return the files written, in source name order
   */
  public static List<Path> renderAll(Path sourceDir, Path outputDir) throws IOException {
    Files.createDirectories(outputDir);
    List<Path> written = new ArrayList<>();
    for (Path source : sources(sourceDir)) {
      Format format = formatOf(source);
      Path out = outputDir.resolve(outputName(source, format));
      render(source, format, out);
      written.add(out);
    }
    return written;
  }

  /** The sources of a folder: its {@code *.txt} files, sorted by name. */
  public static List<Path> sources(Path sourceDir) throws IOException {
    try (Stream<Path> s = Files.list(sourceDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The format a source asks for in its front matter ({@code format: pdf}). */
  public static Format formatOf(Path source) throws IOException {
    return Format.of(read(source).get("format", "pdf"));
  }

  /** The name a source renders to in a format: its own name with the format's extension. */
  public static String outputName(Path source, Format format) {
    String name = source.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length()) + "." + format.extension();
  }

  /**
   * Renders one source to one format into the given path (its folder must exist). This is the
   * method tests call to turn a fixture into a PDF, a DOCX or an HTML page.
   *
   * @param source a source file in the corpus markup
   * @param format the format to write, whatever the source's front matter asks for
   * @param out the file to write; overwritten if present
   */
  public static void render(Path source, Format format, Path out) throws IOException {
    SourceDocument doc = read(source);
    switch (format) {
      case PDF -> PdfRenderer.render(doc, out);
      case DOCX -> DocxRenderer.render(doc, out);
      case HTML -> HtmlRenderer.render(doc, out);
      default -> throw new IllegalArgumentException(format.toString());
    }
  }

  /** The text of the first level-1 heading of a source, as the rendered document shows it. */
  public static String title(Path source) throws IOException {
    return read(source).firstH1();
  }

  static SourceDocument read(Path source) throws IOException {
    try {
      return SourceDocument.parse(Files.readString(source, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source.getFileName() + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
