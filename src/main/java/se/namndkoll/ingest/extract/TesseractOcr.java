package se.namndkoll.ingest.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Text of a scanned page by Tesseract with its Swedish model, run as the {@code tesseract} program
 * (Debian's {@code tesseract-ocr} and {@code tesseract-ocr-swe}) with its table output: every word
 * with its line and its confidence, so that a page gets its lines in order and the mean confidence
 * of its words. Tika's OCR parser gives the text without the confidences, which a revisor needs to
 * know how far a quote from a scan can be trusted.
 *
 * <p>Whether Tesseract and the Swedish model are there is asked once per program; where they are
 * not, {@link #unavailable()} says so in a line for the report.
 */
final class TesseractOcr {

  /** A page's lines, paragraphs apart by an empty line, and the mean confidence of its words (0–100). */
  record Page(List<String> lines, double confidence, int words) {}

  private static final String LANGUAGE = "swe";

  private final String command;
  private volatile String unavailable;
  private volatile boolean asked;

  TesseractOcr(String command) {
    this.command = command;
  }

  /** Tesseract as {@code $NAMNDKOLL_TESSERACT} names it, else {@code tesseract} on the PATH. */
  static TesseractOcr standard() {
    String own = System.getenv("NAMNDKOLL_TESSERACT");
    return new TesseractOcr(own == null || own.isBlank() ? "tesseract" : own);
  }

  /** Why scans cannot be read, in Swedish; {@code null} when they can. */
  String unavailable() {
    if (!asked) {
      synchronized (this) {
        if (!asked) {
          unavailable = ask();
          asked = true;
        }
      }
    }
    return unavailable;
  }

  private String ask() {
    try {
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "Tesseract svarade inte";
      }
      return out.lines().anyMatch(l -> l.strip().equals(LANGUAGE)) ? null
          : "Tesseracts svenska modell (tesseract-ocr-swe) är inte installerad";
    } catch (IOException e) {
      return "ingen OCR: Tesseract (tesseract-ocr, tesseract-ocr-swe) är inte installerat";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "OCR avbröts";
    }
  }

  /**
   * The text of one page image.
   *
   * @throws IOException Tesseract could not be run, ended with an error or took longer than the limit
   */
  Page recognise(BufferedImage image, Duration limit) throws IOException {
    Path png = Files.createTempFile("namndkoll-ocr-", ".png");
    Path table = Files.createTempFile("namndkoll-ocr-", ".tsv");
    try {
      ImageIO.write(image, "png", png.toFile());
      ProcessBuilder run = new ProcessBuilder(command, png.toString(), "stdout", "-l", LANGUAGE, "--psm", "3", "tsv")
          .redirectOutput(table.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
      // one thread per page: Tesseract's own threads wait on each other and make a page several
      // times slower (8.9 s against 1.6 s for an A4 page at 300 dpi, measured); pages run side by side instead
      run.environment().put("OMP_THREAD_LIMIT", "1");
      Process p = run.start();
      try {
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
          p.destroyForcibly();
          throw new IOException("sidan tog längre än " + limit.toSeconds() + " s");
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("OCR avbröts", e);
      }
      if (p.exitValue() != 0) {
        throw new IOException("Tesseract slutade med status " + p.exitValue());
      }
      return page(Files.readString(table, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(png);
      Files.deleteIfExists(table);
    }
  }

  /** A word of Tesseract's table: its text, where it stands and how sure Tesseract is of it. */
  private record Word(String text, int left, int width, int height, double confidence) {

    /**
     * A speck or a rule read as a word: bars, or at most two letters or signs read with less than
     * even confidence ("ee", "oo", "|", "-" where a scan has dust). A digit or a § is never taken
     * for a speck: it may be a paragraph's number.
     */
    boolean noise() {
      if (text.chars().allMatch(c -> c == '|')) {
        return true;
      }
      if (text.chars().anyMatch(c -> Character.isDigit(c) || c == '§')) {
        return false;
      }
      long letters = text.chars().filter(Character::isLetter).count();
      return confidence >= 0 && confidence < NOISE_BELOW && letters <= 2;
    }
  }

  /** A word read with less confidence than this, of two letters or fewer, is taken for a speck. */
  private static final double NOISE_BELOW = 45;

  private static final Pattern LIST_MARK = Pattern.compile("\\d{1,2}[.)]?|[a-h][.)]|[•·\\-–*]");

  /** A gap of more than this many times the line's letter height separates columns, as in a typed PDF. */
  private static final double COLUMN_GAP = 1.2;

  /**
   * Tesseract's table: level 5 rows are words, each with its block, paragraph and line. A line's
   * words are joined by spaces, or by a tab where the gap between them is a column's, as the PDF
   * reader marks columns; specks read as words are left out.
   */
  static Page page(String tsv) {
    Map<String, List<Word>> lines = new LinkedHashMap<>();
    for (String row : tsv.split("\n")) {
      String[] c = row.split("\t", -1);
      if (c.length < 12 || !c[0].equals("5")) {
        continue;
      }
      String text = c[11].strip();
      if (!text.isEmpty()) {
        lines.computeIfAbsent(c[2] + "/" + c[3] + "/" + c[4], k -> new ArrayList<>())
            .add(new Word(text, number(c[6]), number(c[8]), number(c[9]), decimal(c[10])));
      }
    }
    double confidence = 0;
    int words = 0;
    List<String> out = new ArrayList<>();
    String paragraph = null;
    for (Map.Entry<String, List<Word>> e : lines.entrySet()) {
      List<Word> kept = withoutSpecks(e.getValue());
      for (Word w : kept) {
        if (w.confidence() >= 0) {
          confidence += w.confidence();
          words++;
        }
      }
      if (kept.isEmpty()) {
        continue;
      }
      String par = e.getKey().substring(0, e.getKey().lastIndexOf('/'));
      if (paragraph != null && !paragraph.equals(par)) {
        out.add("");
      }
      paragraph = par;
      out.add(OcrRepairs.repaired(joined(kept)));
    }
    return new Page(out, words == 0 ? 0 : confidence / words, words);
  }

  /** The line's words less its specks; a sign before a number stays, as a paragraph's misread §. */
  private static List<Word> withoutSpecks(List<Word> line) {
    List<Word> kept = new ArrayList<>(line.size());
    for (int i = 0; i < line.size(); i++) {
      Word w = line.get(i);
      boolean beforeNumber = i + 1 < line.size() && line.get(i + 1).text().chars().allMatch(Character::isDigit);
      if (!w.noise() || (beforeNumber && w.text().length() == 1)) {
        kept.add(w);
      }
    }
    return kept;
  }

  private static String joined(List<Word> words) {
    int[] heights = words.stream().mapToInt(Word::height).sorted().toArray();
    int letter = heights[heights.length / 2];
    StringBuilder line = new StringBuilder();
    Word previous = null;
    for (Word w : words) {
      if (previous != null) {
        int gap = w.left() - (previous.left() + previous.width());
        // a list's number or bullet stands apart from its text by an indent, not a column
        boolean listMark = previous == words.get(0) && LIST_MARK.matcher(previous.text()).matches();
        line.append(letter > 0 && gap > COLUMN_GAP * letter && !listMark ? '\t' : ' ');
      }
      line.append(w.text());
      previous = w;
    }
    return line.toString();
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A word's confidence; -1 where the table gives none. */
  private static double decimal(String s) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
