package se.namndkoll.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * Renders a plain-text document as a kommun would publish it: a PDF of A4 pages with lines wrapped
 * to the page width, a running header and an address-block footer on every page; or a DOCX with a
 * paragraph per line. Used to check that the same document parses the same in every format.
 */
public final class SeedRenderer {

  private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final float SIZE = 9f;
  private static final float LEADING = 11f;
  private static final float LEFT = 60f;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;
  private static final float TOP = PDRectangle.A4.getHeight() - 70f;
  private static final float BOTTOM = 80f;

  private SeedRenderer() {}

  public static Path pdf(Path text, Path out) {
    List<String> lines = read(text);
    List<List<String>> pages = paginate(lines);
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          show(cs, LEFT, PDRectangle.A4.getHeight() - 40f, "Testkommunen");
          show(cs, PDRectangle.A4.getWidth() - LEFT - 50f, PDRectangle.A4.getHeight() - 40f,
              "Sida " + (p + 1) + "(" + pages.size() + ")");
          float y = TOP;
          for (String line : pages.get(p)) {
            if (!line.isBlank()) {
              show(cs, LEFT, y, line.replace('\t', ' '));
            }
            y -= LEADING;
          }
          show(cs, LEFT, 50f, "Postadress Box 1, 100 00 Testorten   Telefon 0100-10 00 00   E-post info@test.example");
        }
      }
      doc.save(out.toFile());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path docx(Path text, Path out) {
    try {
      WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
      ObjectFactory f = Context.getWmlObjectFactory();
      for (String line : read(text)) {
        P p = f.createP();
        String[] cells = line.split("\t", -1);
        R r = f.createR();
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            r.getContent().add(f.createRTab());
          }
          Text t = f.createText();
          t.setValue(cells[c]);
          t.setSpace("preserve");
          r.getContent().add(t);
        }
        p.getContent().add(r);
        pkg.getMainDocumentPart().getContent().add(p);
      }
      pkg.save(out.toFile());
      return out;
    } catch (Docx4JException e) {
      throw new IllegalStateException("cannot write " + out, e);
    }
  }

  private static List<String> read(Path text) {
    try {
      List<String> out = new ArrayList<>();
      for (String l : Files.readAllLines(text, StandardCharsets.UTF_8)) {
        out.add(encodable(l.strip()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines wrapped to the page width, then cut into pages. */
  private static List<List<String>> paginate(List<String> lines) {
    int perPage = (int) ((TOP - BOTTOM) / LEADING);
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    for (String line : lines) {
      for (String wrapped : wrap(line)) {
        if (page.size() >= perPage) {
          pages.add(page);
          page = new ArrayList<>();
        }
        page.add(wrapped);
      }
    }
    pages.add(page);
    return pages;
  }

  private static List<String> wrap(String line) {
    List<String> out = new ArrayList<>();
    if (line.isEmpty()) {
      out.add("");
      return out;
    }
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" ")) {
      String candidate = current.length() == 0 ? word : current + " " + word;
      if (width(candidate) > WIDTH && current.length() > 0) {
        out.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static float width(String s) {
    try {
      return FONT.getStringWidth(s.replace('\t', ' ')) / 1000 * SIZE;
    } catch (IOException | IllegalArgumentException e) {
      return s.length() * SIZE * 0.5f;
    }
  }

  private static void show(PDPageContentStream cs, float x, float y, String text) throws IOException {
    cs.beginText();
    cs.setFont(FONT, SIZE);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }

  /** The text with characters the standard font cannot draw replaced by a question mark. */
  private static String encodable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      try {
        FONT.encode(String.valueOf(c));
        sb.append(c);
      } catch (IOException | IllegalArgumentException e) {
        sb.append(c == '\t' ? '\t' : '?');
      }
    }
    return sb.toString();
  }
}
