package se.namndkoll.corpus;

import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
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
 * Writes a source as a Word document the way a nämnd secretary makes one: headings as bold runs,
 * or with Word's Heading styles where the source asks for them ({@code headings: styles}), lists
 * as plain "1." text, real tables, the kommun's name and "Sida n(m)" in the page header and the
 * address block in the footer.
 */
final class DocxRenderer {

  /** Text width of A4 with docx4j's default margins, in twentieths of a point. */
  private static final int TEXT_TWIPS = 9026;

  private final ObjectFactory f = new ObjectFactory();
  private final SourceDocument doc;
  private final boolean headingStyles;
  private MainDocumentPart mdp;
  private boolean started;

  private DocxRenderer(SourceDocument doc) {
    this.doc = doc;
    this.headingStyles = doc.get("headings", "bold").equals("styles");
  }

  static void render(SourceDocument doc, Path out) throws IOException {
    try {
      new DocxRenderer(doc).write(out);
    } catch (Docx4JException e) {
      throw new IOException("could not write " + out + ": " + e.getMessage(), e);
    }
  }

  private void write(Path out) throws Docx4JException, IOException {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
    mdp = pkg.getMainDocumentPart();
    SectPr sectPr = pkg.getDocumentModel().getSections().get(0).getSectPr();
    header(sectPr);
    footer(sectPr);
    org.docx4j.docProps.core.CoreProperties core =
        pkg.getDocPropsCorePart() == null ? null : pkg.getDocPropsCorePart().getJaxbElement();
    if (core != null) {
      org.docx4j.docProps.core.dc.elements.ObjectFactory dc =
          new org.docx4j.docProps.core.dc.elements.ObjectFactory();
      org.docx4j.docProps.core.dc.elements.SimpleLiteral title = dc.createSimpleLiteral();
      title.getContent().add(doc.get("title", ""));
      core.setTitle(dc.createTitle(title));
    }
    for (Block b : doc.blocks) {
      block(b);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pkg.save(bytes);
    Files.write(out, fixedTimes(bytes.toByteArray()));
  }

  /** The same zip with a fixed time on every entry, so that a rerun writes the same bytes. */
  private byte[] fixedTimes(byte[] zip) throws IOException {
    long time = java.time.LocalDate.parse(doc.get("created", "2026-01-01"))
        .atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Stockholm")).toInstant().toEpochMilli();
    return se.namndkoll.testing.ReproducibleDocx.fixed(zip, time);
  }


  // ---- header and footer --------------------------------------------------------------------

  private void header(SectPr sectPr) throws InvalidFormatException {
    HeaderPart hp = new HeaderPart();
    Relationship rel = mdp.addTargetPart(hp);
    Hdr hdr = f.createHdr();
    P first = paragraph(null);
    first.getContent().add(run(doc.get("kommun", ""), true, 28));
    hdr.getContent().add(first);
    P second = paragraph(null);
    String label = doc.get("label", "");
    if (!label.isEmpty()) {
      second.getContent().add(run(label + "    ", true, 18));
    }
    if (numbersInHeader()) {
      pageNumber(second);
    }
    List<String> right = PdfRenderer.headerLines(doc.get("headerright", ""));
    if (right.size() == 1) {
      second.getContent().add(run("    " + right.get(0), false, 18));
    }
    hdr.getContent().add(second);
    if (right.size() > 1) {
      // a header of several lines ("a | b"): one paragraph each
      for (String line : right) {
        P p = paragraph(null);
        p.getContent().add(run(line, false, 18));
        hdr.getContent().add(p);
      }
    }
    hp.setJaxbElement(hdr);
    HeaderReference ref = f.createHeaderReference();
    ref.setId(rel.getId());
    ref.setType(HdrFtrRef.DEFAULT);
    sectPr.getEGHdrFtrReferences().add(ref);
  }

  private void footer(SectPr sectPr) throws InvalidFormatException {
    FooterPart fp = new FooterPart();
    Relationship rel = mdp.addTargetPart(fp);
    Ftr ftr = f.createFtr();
    List<String> boxes = PdfRenderer.protocolFooter(doc);
    if (!boxes.isEmpty()) {
      P p = paragraph(null);
      p.getContent().add(run(String.join("\t\t", boxes), false, 14));
      ftr.getContent().add(p);
    }
    P unit = paragraph(null);
    unit.getContent().add(run(doc.get("unit", ""), true, 15));
    ftr.getContent().add(unit);
    P address = paragraph(null);
    String[] blocks = doc.get("footer", "").split("\\|");
    for (int i = 0; i < blocks.length; i++) {
      address.getContent().add(run((i > 0 ? "   " : "") + blocks[i].strip(), false, 14));
    }
    ftr.getContent().add(address);
    if (!numbersInHeader()) {
      P numbers = paragraph(JcEnumeration.CENTER);
      pageNumber(numbers);
      ftr.getContent().add(numbers);
    }
    fp.setJaxbElement(ftr);
    FooterReference ref = f.createFooterReference();
    ref.setId(rel.getId());
    ref.setType(HdrFtrRef.DEFAULT);
    sectPr.getEGHdrFtrReferences().add(ref);
  }

  private boolean numbersInHeader() {
    return doc.get("pagenumbers", "header").equals("header");
  }

  /** "Sida {n}({m})" or the source's own pattern, with PAGE and NUMPAGES fields. */
  private void pageNumber(P p) {
    String pattern = doc.get("pagelabel", "Sida {n}({m})");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([nm])\\}").matcher(pattern);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        p.getContent().add(run(pattern.substring(at, m.start()), false, 18));
      }
      p.getContent().add(field(m.group(1).equals("n") ? " PAGE " : " NUMPAGES ", "1"));
      at = m.end();
    }
    if (at < pattern.length()) {
      p.getContent().add(run(pattern.substring(at), false, 18));
    }
  }

  private JAXBElement<CTSimpleField> field(String instr, String shown) {
    CTSimpleField fld = f.createCTSimpleField();
    fld.setInstr(instr);
    fld.getContent().add(run(shown, false, 18));
    return f.createPFldSimple(fld);
  }

  // ---- body ---------------------------------------------------------------------------------

  private void block(Block b) {
    if (b instanceof Part p) {
      if (started) {
        pageBreak();
      }
      if (!p.label().isEmpty()) {
        P label = paragraph(JcEnumeration.RIGHT);
        label.getContent().add(run(p.label(), true, 16));
        add(label);
      }
    } else if (b instanceof PageBreak) {
      pageBreak();
    } else if (b instanceof Space) {
      add(paragraph(null));
    } else if (b instanceof Heading h) {
      heading(h);
    } else if (b instanceof Paragraph p) {
      P para = paragraph(null);
      spacing(para, 0, 120);
      runs(para, p.text(), false, 0);
      add(para);
    } else if (b instanceof ListItem li) {
      P para = paragraph(null);
      PPrBase.Ind ind = f.createPPrBaseInd();
      ind.setLeft(BigInteger.valueOf(426));
      ind.setHanging(BigInteger.valueOf(426));
      para.getPPr().setInd(ind);
      spacing(para, 0, 60);
      para.getContent().add(run(li.marker() + "\t", false, 0));
      runs(para, li.text(), false, 0);
      add(para);
    } else if (b instanceof Table t) {
      table(t);
    } else if (b instanceof Meta m) {
      meta(m);
    } else if (b instanceof Signature s) {
      P name = paragraph(null);
      spacing(name, 480, 0);
      name.getContent().add(run(s.name(), false, 0));
      add(name);
      for (String l : s.lines()) {
        P line = paragraph(null);
        spacing(line, 0, 0);
        line.getContent().add(run(l, false, 0));
        add(line);
      }
    }
  }

  private void add(Object o) {
    mdp.getContent().add(o);
    started = true;
  }

  private void pageBreak() {
    P p = f.createP();
    R r = f.createR();
    Br br = f.createBr();
    br.setType(STBrType.PAGE);
    r.getContent().add(br);
    p.getContent().add(r);
    add(p);
  }

  private void heading(Heading h) {
    String text = Inline.plain(h.text());
    P p;
    if (headingStyles) {
      p = mdp.createStyledParagraphOfText("Heading" + h.level(), text);
    } else {
      p = paragraph(null);
      int size = switch (h.level()) {
        case 1 -> 32;
        case 2 -> 26;
        default -> 23;
      };
      p.getContent().add(run(text, true, size));
      spacing(p, h.level() == 1 ? 120 : 240, 80);
      p.getPPr().setKeepNext(new BooleanDefaultTrue());
    }
    add(p);
  }

  private P paragraph(JcEnumeration align) {
    P p = f.createP();
    PPr ppr = f.createPPr();
    if (align != null) {
      Jc jc = f.createJc();
      jc.setVal(align);
      ppr.setJc(jc);
    }
    p.setPPr(ppr);
    return p;
  }

  private static void spacing(P p, int before, int after) {
    PPrBase.Spacing sp = new PPrBase.Spacing();
    sp.setBefore(BigInteger.valueOf(before));
    sp.setAfter(BigInteger.valueOf(after));
    p.getPPr().setSpacing(sp);
  }

  private void runs(P p, String text, boolean allBold, int halfPoints) {
    for (Inline.Run r : Inline.runs(text)) {
      p.getContent().add(run(r.text(), allBold || r.bold(), halfPoints));
    }
  }

  private R run(String text, boolean bold, int halfPoints) {
    R r = f.createR();
    if (bold || halfPoints > 0) {
      RPr rpr = f.createRPr();
      if (bold) {
        rpr.setB(new BooleanDefaultTrue());
      }
      if (halfPoints > 0) {
        HpsMeasure sz = new HpsMeasure();
        sz.setVal(BigInteger.valueOf(halfPoints));
        rpr.setSz(sz);
        rpr.setSzCs(sz);
      }
      r.setRPr(rpr);
    }
    String[] lines = text.split("\n", -1);
    for (int k = 0; k < lines.length; k++) {
      if (k > 0) {
        r.getContent().add(f.createBr());
      }
      String[] tabs = lines[k].split("\t", -1);
      for (int i = 0; i < tabs.length; i++) {
        if (i > 0) {
          r.getContent().add(f.createRTab(f.createRTab()));
        }
        if (!tabs[i].isEmpty()) {
          Text t = f.createText();
          t.setValue(tabs[i]);
          t.setSpace("preserve");
          r.getContent().add(f.createRT(t));
        }
      }
    }
    return r;
  }

  private void table(Table t) {
    int ncols = t.rows().stream().mapToInt(List::size).max().orElse(0);
    boolean[] numeric = new boolean[ncols];
    int[] natural = new int[ncols];
    for (int c = 0; c < ncols; c++) {
      int nums = 0;
      int cells = 0;
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        String cell = c < row.size() ? Inline.plain(row.get(c)) : "";
        for (String line : (c < row.size() ? row.get(c) : "").split("\n", -1)) {
          natural[c] = Math.max(natural[c], Math.min(Inline.plain(line).length(), 48) + 2);
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
    int sum = 0;
    for (int n : natural) {
      sum += n;
    }
    Tbl tbl = f.createTbl();
    TblPr tblPr = f.createTblPr();
    TblWidth width = f.createTblWidth();
    width.setType("dxa");
    width.setW(BigInteger.valueOf(TEXT_TWIPS));
    tblPr.setTblW(width);
    TblBorders borders = f.createTblBorders();
    borders.setTop(border(8));
    borders.setBottom(border(8));
    borders.setInsideH(border(2));
    tblPr.setTblBorders(borders);
    tbl.setTblPr(tblPr);
    TblGrid grid = f.createTblGrid();
    int[] twips = new int[ncols];
    for (int c = 0; c < ncols; c++) {
      twips[c] = TEXT_TWIPS * natural[c] / Math.max(1, sum);
      TblGridCol gc = f.createTblGridCol();
      gc.setW(BigInteger.valueOf(twips[c]));
      grid.getGridCol().add(gc);
    }
    tbl.setTblGrid(grid);
    for (int r = 0; r < t.rows().size(); r++) {
      List<String> row = t.rows().get(r);
      boolean header = r < t.headerRows();
      boolean boldRow = header || (!row.isEmpty() && row.get(0).startsWith("**"));
      Tr tr = f.createTr();
      if (header) {
        TrPr trPr = f.createTrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        tr.setTrPr(trPr);
      }
      for (int c = 0; c < ncols; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        Tc tc = f.createTc();
        TcPr tcPr = f.createTcPr();
        TblWidth cw = f.createTblWidth();
        cw.setType("dxa");
        cw.setW(BigInteger.valueOf(twips[c]));
        tcPr.setTcW(cw);
        tc.setTcPr(tcPr);
        P p = paragraph(numeric[c] ? JcEnumeration.RIGHT : null);
        spacing(p, 20, 20);
        // a line break inside a cell stays one ("<br>" in the source)
        runs(p, cell.replace("**", ""), boldRow, 19);
        tc.getContent().add(p);
        tr.getContent().add(tc);
      }
      tbl.getContent().add(tr);
    }
    add(tbl);
    P after = paragraph(null);
    spacing(after, 0, 120);
    add(after);
  }

  private CTBorder border(int eighths) {
    CTBorder b = new CTBorder();
    b.setVal(STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(eighths));
    b.setColor("444444");
    return b;
  }

  /** The header block: a borderless table, label over value, left and right columns. */
  private void meta(Meta m) {
    List<Field> left = m.left();
    List<Field> right = m.right();
    int rows = Math.max(left.size(), right.size());
    Tbl tbl = f.createTbl();
    TblPr tblPr = f.createTblPr();
    TblWidth width = f.createTblWidth();
    width.setType("dxa");
    width.setW(BigInteger.valueOf(TEXT_TWIPS));
    tblPr.setTblW(width);
    tbl.setTblPr(tblPr);
    TblGrid grid = f.createTblGrid();
    for (int c = 0; c < 2; c++) {
      TblGridCol gc = f.createTblGridCol();
      gc.setW(BigInteger.valueOf(TEXT_TWIPS / 2));
      grid.getGridCol().add(gc);
    }
    tbl.setTblGrid(grid);
    for (int r = 0; r < rows; r++) {
      Tr tr = f.createTr();
      for (List<Field> col : List.of(left, right)) {
        Tc tc = f.createTc();
        if (r < col.size()) {
          Field fld = col.get(r);
          P label = paragraph(null);
          spacing(label, 60, 0);
          label.getContent().add(run(fld.label(), true, 16));
          tc.getContent().add(label);
          P value = paragraph(null);
          spacing(value, 0, 0);
          runs(value, fld.value(), false, 20);
          tc.getContent().add(value);
        } else {
          tc.getContent().add(paragraph(null));
        }
        tr.getContent().add(tc);
      }
      tbl.getContent().add(tr);
    }
    add(tbl);
    P after = paragraph(null);
    spacing(after, 0, 200);
    add(after);
  }
}
