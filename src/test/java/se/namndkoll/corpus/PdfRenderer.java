package se.namndkoll.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.namndkoll.corpus.SourceDocument.Block;
import se.namndkoll.corpus.SourceDocument.Field;
import se.namndkoll.corpus.SourceDocument.Heading;
import se.namndkoll.corpus.SourceDocument.Inline;
import se.namndkoll.corpus.SourceDocument.ListItem;
import se.namndkoll.corpus.SourceDocument.Meta;
import se.namndkoll.corpus.SourceDocument.PageBreak;
import se.namndkoll.corpus.SourceDocument.Paragraph;
import se.namndkoll.corpus.SourceDocument.Part;
import se.namndkoll.corpus.SourceDocument.Signature;
import se.namndkoll.corpus.SourceDocument.Space;
import se.namndkoll.corpus.SourceDocument.Table;

/**
 * Lays a source out on A4 pages as a municipal PDF looks: page header with the kommun's name and
 * "Sida n(m)", the förvaltning's address block in the footer, body text wrapped to the page width,
 * bold headings, tables in aligned columns. Only the standard 14 fonts (WinAnsiEncoding), so
 * nothing depends on the fonts of the machine.
 */
final class PdfRenderer {

  private static final float W = PDRectangle.A4.getWidth();
  private static final float H = PDRectangle.A4.getHeight();
  private static final float LEFT = 70f;
  private static final float RIGHT = 58f;
  private static final float AVAIL = W - LEFT - RIGHT;
  private static final float TOP = H - 116f;

  // Made once: each new standard-14 font looks for a system font to draw it with, and says so.
  private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private final PDFont regular = REGULAR;
  private final PDFont bold = BOLD;

  private sealed interface Op permits TextOp, LineOp, RectOp {}

  private record TextOp(float x, float y, PDFont font, float size, String text) implements Op {}

  private record LineOp(float x1, float y1, float x2, float y2, float width) implements Op {}

  private record RectOp(float x, float y, float w, float h, float gray, boolean fill)
      implements Op {}

  private static final class Page {
    final String label;
    final int part;
    final List<Op> ops = new ArrayList<>();

    Page(String label, int part) {
      this.label = label;
      this.part = part;
    }
  }

  private record Word(String text, boolean bold) {}

  private final SourceDocument doc;
  private final List<Page> pages = new ArrayList<>();
  private final float bottom;
  private Page page;
  private float y;
  private String label;
  private int part;

  private PdfRenderer(SourceDocument doc) {
    this.doc = doc;
    this.label = doc.get("label", "");
    this.bottom = doc.get("protocolfooter", "no").equals("no") ? 98f : 134f;
  }

  static void render(SourceDocument doc, Path out) throws IOException {
    new PdfRenderer(doc).write(out);
  }

  private void write(Path out) throws IOException {
    for (Block b : doc.blocks) {
      layout(b);
    }
    if (pages.isEmpty()) {
      newPage();
    }
    try (PDDocument pdf = new PDDocument()) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(doc.get("title", ""));
      info.setAuthor(doc.get("kommun", ""));
      info.setSubject(doc.get("unit", ""));
      info.setCreator("namndkoll CorpusWriter");
      info.setProducer("Apache PDFBox");
      Calendar created = calendar(doc.get("created", "2026-01-01"));
      info.setCreationDate(created);
      info.setModificationDate(created);
      // A fixed document id keeps the output the same from run to run.
      pdf.setDocumentId((long) (out.getFileName().toString() + doc.get("title", "")).hashCode());
      for (int i = 0; i < pages.size(); i++) {
        Page p = pages.get(i);
        PDPage pdPage = new PDPage(PDRectangle.A4);
        pdf.addPage(pdPage);
        List<Op> all = new ArrayList<>(furnitureTop(p, i));
        all.addAll(p.ops);
        all.addAll(furnitureBottom(p, i));
        try (PDPageContentStream cs = new PDPageContentStream(pdf, pdPage)) {
          for (Op op : all) {
            draw(cs, op);
          }
        }
      }
      pdf.save(out.toFile());
    }
  }

  private static Calendar calendar(String isoDate) {
    LocalDate d = LocalDate.parse(isoDate);
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneId.of("Europe/Stockholm")));
    c.clear();
    c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 9, 0, 0);
    return c;
  }

  // ---- layout -------------------------------------------------------------------------------

  private boolean plain() {
    return doc.get("furniture", "standard").equals("plain");
  }

  private void newPage() {
    page = new Page(plain() ? doc.get("label", "") : label, part);
    pages.add(page);
    y = TOP;
  }

  private boolean pageIsEmpty() {
    return page == null || page.ops.isEmpty();
  }

  private void need(float height) {
    if (page == null || y - height < bottom) {
      newPage();
    }
  }

  private void layout(Block b) {
    if (b instanceof Part p) {
      label = p.label();
      part++;
      if (pageIsEmpty()) {
        if (page != null) {
          pages.remove(pages.size() - 1);
        }
      }
      newPage();
      if (plain() && !label.isEmpty()) {
        // Plain furniture keeps one header line for the whole file; the part names itself.
        page.ops.add(new TextOp(LEFT, y - 9f, bold, 9f, label));
        y -= 22f;
      }
    } else if (b instanceof PageBreak) {
      newPage();
    } else if (b instanceof Space) {
      need(0);
      y -= 14f;
    } else if (b instanceof Heading h) {
      heading(h);
    } else if (b instanceof Paragraph p) {
      text(p.text(), LEFT, AVAIL, 11f, 14.6f, false);
      y -= 7f;
    } else if (b instanceof ListItem li) {
      listItem(li);
    } else if (b instanceof Table t) {
      table(t);
    } else if (b instanceof Meta m) {
      meta(m);
    } else if (b instanceof Signature s) {
      signature(s);
    }
  }

  private void heading(Heading h) {
    float size = switch (h.level()) {
      case 1 -> 16f;
      case 2 -> 12.5f;
      default -> 11f;
    };
    float lead = size * 1.32f;
    float before = h.level() == 1 ? 6f : 8f;
    // Keep a heading with at least two lines of what follows.
    need(before + lead + 2 * 14.6f);
    if (y < TOP) {
      y -= before;
    }
    text("**" + Inline.plain(h.text()) + "**", LEFT, AVAIL, size, lead, false);
    y -= h.level() == 1 ? 8f : 3f;
  }

  private void listItem(ListItem li) {
    float indent = 22f;
    need(14.6f);
    float top = y;
    page.ops.add(new TextOp(LEFT + 2f, y - 11f, regular, 11f, li.marker()));
    y = top;
    text(li.text(), LEFT + indent, AVAIL - indent, 11f, 14.6f, false);
    y -= 4f;
  }

  /** Lays out wrapped text from the current y; returns nothing, moves y down. */
  private void text(String s, float x, float width, float size, float lead, boolean right) {
    List<List<Word>> lines = wrap(s, width, size);
    for (List<Word> line : lines) {
      need(lead);
      float baseline = y - size;
      emitLine(line, x, baseline, size, right ? width : -1);
      y -= lead;
    }
  }

  private void emitLine(List<Word> line, float x, float baseline, float size, float alignRight) {
    // Consecutive words in the same font go out as one string, spaces kept.
    List<TextOp> ops = new ArrayList<>();
    float cx = x;
    StringBuilder seg = new StringBuilder();
    Boolean segBold = null;
    float segX = x;
    for (int i = 0; i < line.size(); i++) {
      Word w = line.get(i);
      String t = (i == 0 ? "" : " ") + w.text();
      if (segBold != null && segBold != w.bold()) {
        ops.add(new TextOp(segX, baseline, segBold ? bold : regular, size, seg.toString()));
        segX = cx;
        seg.setLength(0);
      }
      segBold = w.bold();
      seg.append(t);
      cx += width(t, w.bold() ? bold : regular, size);
    }
    if (segBold != null) {
      ops.add(new TextOp(segX, baseline, segBold ? bold : regular, size, seg.toString()));
    }
    float shift = alignRight > 0 ? (x + alignRight) - cx : 0f;
    for (TextOp op : ops) {
      page.ops.add(new TextOp(op.x() + shift, op.y(), op.font(), op.size(), op.text()));
    }
  }

  private List<List<Word>> wrap(String s, float width, float size) {
    if (s.indexOf('\n') >= 0) {
      List<List<Word>> all = new ArrayList<>();
      boolean bold = false;
      for (String part : s.split("\n", -1)) {
        // Bold that runs over a hard break goes on in the next line.
        String marked = bold ? "**" + part : part;
        all.addAll(wrap(marked, width, size));
        int stars = (marked.length() - marked.replace("**", "").length()) / 2;
        bold = stars % 2 == 1;
      }
      return all;
    }
    List<Word> words = words(s);
    List<List<Word>> lines = new ArrayList<>();
    List<Word> line = new ArrayList<>();
    float lw = 0;
    for (Word w : words) {
      PDFont f = w.bold() ? bold : regular;
      float ww = width(w.text(), f, size);
      float sp = line.isEmpty() ? 0 : width(" ", f, size);
      if (!line.isEmpty() && lw + sp + ww > width + 0.01f) {
        lines.add(line);
        line = new ArrayList<>();
        lw = 0;
        sp = 0;
      }
      line.add(w);
      lw += sp + ww;
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    if (lines.isEmpty()) {
      lines.add(List.of());
    }
    return lines;
  }

  /** Words with their weight; an amount written in groups ("1 250") stays one word. */
  private static List<Word> words(String s) {
    List<Word> raw = new ArrayList<>();
    for (Inline.Run r : Inline.runs(s)) {
      for (String w : r.text().split("[ \\u00a0]+")) {
        if (!w.isEmpty()) {
          raw.add(new Word(w, r.bold()));
        }
      }
    }
    List<Word> out = new ArrayList<>();
    for (Word w : raw) {
      if (!out.isEmpty()) {
        Word prev = out.get(out.size() - 1);
        if (prev.bold() == w.bold()
            && prev.text().matches(".*(^|[^\\d,])[-+(]?\\d{1,3}(?: \\d{3})*")
            && w.text().matches("\\d{3}(?:[^\\d].*)?")) {
          out.set(out.size() - 1, new Word(prev.text() + " " + w.text(), w.bold()));
          continue;
        }
      }
      out.add(w);
    }
    return out;
  }

  private static float width(String s, PDFont f, float size) {
    try {
      return f.getStringWidth(s) / 1000f * size;
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot set in Helvetica (WinAnsi): \"" + s + "\"", e);
    }
  }

  private void meta(Meta m) {
    float colW = AVAIL * 0.5f - 10f;
    float[] heights = new float[2];
    List<List<Field>> cols = List.of(m.left(), m.right());
    for (int c = 0; c < 2; c++) {
      for (Field f : cols.get(c)) {
        heights[c] += 10f + wrap(f.value(), colW, 10f).size() * 12.6f + 5f;
      }
    }
    float h = Math.max(heights[0], heights[1]);
    need(h);
    float top = y;
    for (int c = 0; c < 2; c++) {
      float x = c == 0 ? LEFT : LEFT + AVAIL * 0.55f;
      y = top;
      for (Field f : cols.get(c)) {
        page.ops.add(new TextOp(x, y - 8f, bold, 8f, f.label()));
        y -= 10f;
        for (List<Word> line : wrap(f.value(), colW, 10f)) {
          emitLine(line, x, y - 10f, 10f, -1);
          y -= 12.6f;
        }
        y -= 5f;
      }
    }
    y = top - h - 12f;
  }

  private void signature(Signature s) {
    float h = 30f + 14.6f * (1 + s.lines().size());
    need(h);
    y -= 30f;
    page.ops.add(new TextOp(LEFT, y - 11f, regular, 11f, s.name()));
    y -= 14.6f;
    for (String l : s.lines()) {
      page.ops.add(new TextOp(LEFT, y - 11f, regular, 11f, l));
      y -= 14.6f;
    }
  }

  private void table(Table t) {
    float size = 9.5f;
    float lead = 12.2f;
    float pad = 4f;
    int ncols = t.rows().stream().mapToInt(List::size).max().orElse(0);
    boolean[] numeric = new boolean[ncols];
    float[] natural = new float[ncols];
    for (int c = 0; c < ncols; c++) {
      int nums = 0;
      int cells = 0;
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        String cell = c < row.size() ? row.get(c) : "";
        PDFont f = r < t.headerRows() || cell.startsWith("**") ? bold : regular;
        for (String line : cell.split("\n", -1)) {
          natural[c] = Math.max(natural[c], width(Inline.plain(line), f, size) + 2 * pad);
        }
        if (r >= t.headerRows() && !cell.isBlank()) {
          cells++;
          if (Inline.numeric(cell)) {
            nums++;
          }
        }
      }
      numeric[c] = cells > 0 && nums * 2 >= cells;
    }
    float[] widths = natural.clone();
    float sum = 0;
    for (float f : widths) {
      sum += f;
    }
    if (sum < AVAIL) {
      int widest = -1;
      for (int c = 0; c < ncols; c++) {
        if (!numeric[c] && (widest < 0 || natural[c] > natural[widest])) {
          widest = c;
        }
      }
      if (widest >= 0 && (sum > AVAIL * 0.6f || !numeric[0])) {
        widths[widest] += AVAIL - sum;
      }
    } else {
      // Numeric columns keep their width; the others get at least their longest word and
      // share the rest of the line in proportion to what they would need unwrapped.
      float[] min = new float[ncols];
      float fixed = 0;
      float flexible = 0;
      for (int c = 0; c < ncols; c++) {
        if (numeric[c]) {
          fixed += widths[c];
          continue;
        }
        for (int r = 0; r < t.rows().size(); r++) {
          List<String> row = t.rows().get(r);
          String cell = c < row.size() ? row.get(c) : "";
          PDFont f = r < t.headerRows() || cell.startsWith("**") ? bold : regular;
          for (String w : Inline.plain(cell).split("\\s+")) {
            min[c] = Math.max(min[c], width(w, f, size) + 2 * pad);
          }
        }
        fixed += min[c];
        flexible += natural[c] - min[c];
      }
      float room = Math.max(0f, AVAIL - fixed);
      for (int c = 0; c < ncols; c++) {
        if (!numeric[c]) {
          widths[c] = min[c] + (flexible <= 0 ? 0 : room * (natural[c] - min[c]) / flexible);
        }
      }
    }
    float total = 0;
    for (float f : widths) {
      total += f;
    }
    List<float[]> heights = new ArrayList<>();
    List<List<List<List<Word>>>> wrapped = new ArrayList<>();
    for (int r = 0; r < t.rows().size(); r++) {
      List<String> row = t.rows().get(r);
      List<List<List<Word>>> cellLines = new ArrayList<>();
      int maxLines = 1;
      for (int c = 0; c < ncols; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        boolean b = r < t.headerRows() || row.get(0).startsWith("**");
        String marked = b ? "**" + Inline.plain(cell) + "**" : cell;
        List<List<Word>> lines = cell.isBlank() ? List.of() : wrap(marked, widths[c] - 2 * pad, size);
        cellLines.add(lines);
        maxLines = Math.max(maxLines, lines.size());
      }
      wrapped.add(cellLines);
      heights.add(new float[] {maxLines * lead + 2 * 2.5f});
    }
    y -= 4f;
    boolean first = true;
    for (int r = 0; r < t.rows().size(); r++) {
      float rh = heights.get(r)[0];
      boolean header = r < t.headerRows();
      if (page == null || y - rh < bottom) {
        newPage();
        first = true;
        if (!header) {
          for (int hr = 0; hr < t.headerRows(); hr++) {
            drawRow(wrapped.get(hr), widths, numeric, heights.get(hr)[0], size, lead, pad, true, total,
                first);
            first = false;
          }
        }
      }
      drawRow(wrapped.get(r), widths, numeric, rh, size, lead, pad, header, total, first);
      first = false;
      if (r == t.headerRows() - 1) {
        page.ops.add(new LineOp(LEFT, y, LEFT + total, y, 0.6f));
      }
    }
    page.ops.add(new LineOp(LEFT, y, LEFT + total, y, 0.8f));
    y -= 12f;
  }

  private void drawRow(
      List<List<List<Word>>> cells,
      float[] widths,
      boolean[] numeric,
      float rh,
      float size,
      float lead,
      float pad,
      boolean header,
      float total,
      boolean first) {
    if (first) {
      page.ops.add(new LineOp(LEFT, y, LEFT + total, y, 0.8f));
    } else if (!header) {
      page.ops.add(new LineOp(LEFT, y, LEFT + total, y, 0.25f));
    }
    float x = LEFT;
    for (int c = 0; c < widths.length; c++) {
      float ly = y - 2.5f - size + 1f;
      for (List<Word> line : cells.get(c)) {
        emitLine(line, x + pad, ly, size, numeric[c] ? widths[c] - 2 * pad : -1);
        ly -= lead;
      }
      x += widths[c];
    }
    y -= rh;
  }

  // ---- furniture ----------------------------------------------------------------------------

  private String pageLabel(Page p, int index) {
    int n;
    int m;
    if (doc.get("paging", "part").equals("document")) {
      n = index + 1;
      m = pages.size();
    } else {
      n = 0;
      m = 0;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).part == p.part) {
          m++;
          if (i <= index) {
            n++;
          }
        }
      }
    }
    return doc.get("pagelabel", "Sida {n}({m})")
        .replace("{n}", Integer.toString(n))
        .replace("{m}", Integer.toString(m));
  }

  private List<Op> furnitureTop(Page p, int index) {
    List<Op> ops = new ArrayList<>();
    String kommun = doc.get("kommun", "");
    boolean plain = plain();
    String headerRight = doc.get("headerright", "");
    boolean numbersInHeader = doc.get("pagenumbers", "header").equals("header");
    if (plain) {
      float by = H - 56f;
      ops.add(new TextOp(LEFT, by, bold, 10f, kommun));
      float kx = LEFT + width(kommun, bold, 10f) + 14f;
      if (!p.label.isEmpty()) {
        ops.add(new TextOp(kx, by, regular, 10f, p.label));
      }
      if (!headerRight.isEmpty()) {
        String right = String.join("  ", headerLines(headerRight));
        ops.add(new TextOp(W - RIGHT - width(right, regular, 10f), by, regular, 10f, right));
      }
      ops.add(new LineOp(LEFT, by - 7f, W - RIGHT, by - 7f, 0.5f));
      if (numbersInHeader) {
        String pl = pageLabel(p, index);
        ops.add(new TextOp(W - RIGHT - width(pl, regular, 8.5f), by - 19f, regular, 8.5f, pl));
      }
      return ops;
    }
    // The emblem: a small shield, then the kommun's name set as a word mark.
    float ex = LEFT;
    float ey = H - 84f;
    ops.add(new RectOp(ex, ey, 20f, 26f, 0.15f, true));
    ops.add(new RectOp(ex + 4f, ey + 5f, 12f, 5f, 1f, true));
    ops.add(new RectOp(ex + 4f, ey + 13f, 12f, 5f, 1f, true));
    ops.add(new TextOp(ex + 28f, ey + 9f, bold, 15f, kommun));
    float rx = W - RIGHT - 150f;
    float ry = H - 62f;
    if (!p.label.isEmpty()) {
      ops.add(new TextOp(rx, ry, bold, 9f, p.label));
      ry -= 12f;
    }
    if (numbersInHeader) {
      ops.add(new TextOp(rx, ry, regular, 9f, pageLabel(p, index)));
      ry -= 12f;
    }
    if (!headerRight.isEmpty()) {
      for (String line : headerLines(headerRight)) {
        ops.add(new TextOp(rx, ry, regular, 9f, line));
        ry -= 12f;
      }
    }
    ops.add(new LineOp(LEFT, H - 96f, W - RIGHT, H - 96f, 0.6f));
    return ops;
  }

  /** The lines of the header's right-hand text: "a | b" is two lines. */
  static List<String> headerLines(String headerRight) {
    List<String> out = new ArrayList<>();
    for (String l : headerRight.split("\\|")) {
      if (!l.isBlank()) {
        out.add(l.strip());
      }
    }
    return out;
  }

  /**
   * The signature boxes of a protocol's footer: {@code protocolfooter: yes} gives "Justerandes
   * signatur" and "Utdragsbestyrkande", a list "a | b | c" those boxes, {@code no} none.
   */
  static List<String> protocolFooter(SourceDocument doc) {
    String v = doc.get("protocolfooter", "no");
    if (v.equals("no")) {
      return List.of();
    }
    if (v.equals("yes")) {
      return List.of("Justerandes signatur", "Utdragsbestyrkande");
    }
    return headerLines(v);
  }

  private List<Op> furnitureBottom(Page p, int index) {
    List<Op> ops = new ArrayList<>();
    List<String> boxes = protocolFooter(doc);
    if (!boxes.isEmpty()) {
      float bx = W - RIGHT - 120f * boxes.size() + 8f;
      for (String l : boxes) {
        ops.add(new RectOp(bx, 94f, 112f, 26f, 0.35f, false));
        ops.add(new TextOp(bx + 4f, 112f, regular, 7f, l));
        bx += 120f;
      }
    }
    ops.add(new LineOp(LEFT, 86f, W - RIGHT, 86f, 0.5f));
    String unit = doc.get("unit", "");
    if (!unit.isEmpty()) {
      ops.add(new TextOp(LEFT, 75f, bold, 7.5f, unit));
    }
    String footer = doc.get("footer", "");
    if (!footer.isEmpty()) {
      String[] blocks = footer.split("\\|");
      float colW = AVAIL / blocks.length;
      for (int i = 0; i < blocks.length; i++) {
        String b = blocks[i].strip();
        int colon = b.indexOf(':');
        float x = LEFT + i * colW;
        if (colon > 0) {
          ops.add(new TextOp(x, 64f, bold, 7f, b.substring(0, colon).strip()));
          ops.add(new TextOp(x, 55f, regular, 7f, b.substring(colon + 1).strip()));
        } else {
          ops.add(new TextOp(x, 60f, regular, 7f, b));
        }
      }
    }
    if (!doc.get("pagenumbers", "header").equals("header")) {
      String pl = pageLabel(p, index);
      ops.add(new TextOp((W - width(pl, regular, 8.5f)) / 2f, 36f, regular, 8.5f, pl));
    }
    return ops;
  }

  // ---- drawing ------------------------------------------------------------------------------

  private static void draw(PDPageContentStream cs, Op op) throws IOException {
    if (op instanceof TextOp t) {
      cs.beginText();
      cs.setFont(t.font(), t.size());
      cs.newLineAtOffset(t.x(), t.y());
      cs.showText(t.text());
      cs.endText();
    } else if (op instanceof LineOp l) {
      cs.setLineWidth(l.width());
      cs.setStrokingColor(0.2f);
      cs.moveTo(l.x1(), l.y1());
      cs.lineTo(l.x2(), l.y2());
      cs.stroke();
    } else if (op instanceof RectOp r) {
      if (r.fill()) {
        cs.setNonStrokingColor(r.gray());
        cs.addRect(r.x(), r.y(), r.w(), r.h());
        cs.fill();
        cs.setNonStrokingColor(0f);
      } else {
        cs.setLineWidth(0.5f);
        cs.setStrokingColor(r.gray());
        cs.addRect(r.x(), r.y(), r.w(), r.h());
        cs.stroke();
      }
    }
  }
}
