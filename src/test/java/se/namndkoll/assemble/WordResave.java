package se.namndkoll.assemble;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Word and LibreOffice do to a template a secretary opens, edits and saves, done to the XML
 * since LibreOffice is not on every machine: every merge field rewritten as a complex field with its
 * code split over runs and its shown text in another font; text runs split in two with a changed font
 * and proofing marks between them; revision ids on paragraphs; and one section moved.
 */
final class WordResave {

  private static final String W = FieldFiller.W;

  private WordResave() {}

  /**
   * Re-saves the template.
   *
   * @param moveFrom the optional section moved, by name ("samverkan")
   * @param before the optional section it is moved before ("beslutsunderlag")
   */
  static void resave(Path template, Path out, String moveFrom, String before) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(template));
        ZipOutputStream zout = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          content = rewrite(content, moveFrom, before);
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(content);
        zout.closeEntry();
      }
    }
    Files.write(out, bytes.toByteArray());
  }

  private static byte[] rewrite(byte[] xml, String moveFrom, String before) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    if (moveFrom != null) {
      move(d, moveFrom, before);
    }
    int rsid = 0x00A1B2C3;
    for (Element p : FieldFiller.elements(d.getDocumentElement(), "p")) {
      p.setAttributeNS(W, "w:rsidR", String.format("%08X", rsid++));
      for (Element r : List.copyOf(FieldFiller.elements(p, "r"))) {
        if (FieldFiller.ancestor(r, "fldSimple") == null) {
          splitRun(d, r);
        }
      }
      for (Element fld : List.copyOf(FieldFiller.elements(p, "fldSimple"))) {
        complex(d, fld);
      }
    }
    StringWriter s = new StringWriter();
    var t = TransformerFactory.newInstance().newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.transform(new DOMSource(d), new StreamResult(s));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Moves the paragraphs from IfStart:from to IfEnd:from before the paragraph of IfStart:before. */
  private static void move(Document d, String from, String before) {
    Element body = FieldFiller.first(d.getDocumentElement(), "body");
    List<Node> section = new ArrayList<>();
    boolean in = false;
    Node target = null;
    for (Node n : FieldFiller.children(body)) {
      String text = n.getTextContent();
      if (text.contains("\u00abIfStart:" + from + "\u00bb")) {
        in = true;
      }
      if (in) {
        section.add(n);
      }
      if (text.contains("\u00abIfEnd:" + from + "\u00bb")) {
        in = false;
      }
      if (text.contains("\u00abIfStart:" + before + "\u00bb")) {
        target = n;
      }
    }
    for (Node n : section) {
      body.removeChild(n);
      body.insertBefore(n, target);
    }
  }

  /** A run of text split in two runs in Garamond, a proofing mark between them. */
  private static void splitRun(Document d, Element r) {
    Element t = FieldFiller.first(r, "t");
    if (t == null || t.getTextContent().length() < 4) {
      return;
    }
    String text = t.getTextContent();
    int half = text.length() / 2;
    Element second = (Element) r.cloneNode(true);
    t.setTextContent(text.substring(0, half));
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    Element t2 = FieldFiller.first(second, "t");
    t2.setTextContent(text.substring(half));
    t2.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    font(d, r, "Garamond");
    font(d, second, "Garamond");
    Element proof = d.createElementNS(W, "w:proofErr");
    proof.setAttributeNS(W, "w:type", "spellStart");
    r.getParentNode().insertBefore(proof, r.getNextSibling());
    r.getParentNode().insertBefore(second, proof.getNextSibling());
  }

  /** The field as Word writes it once edited: begin, the code in three runs, separate, result, end. */
  private static void complex(Document d, Element fld) {
    String instr = fld.getAttributeNS(W, "instr");
    Node parent = fld.getParentNode();
    int third = Math.max(1, instr.length() / 3);
    List<Element> runs = new ArrayList<>();
    runs.add(fldChar(d, "begin"));
    for (String part : List.of(instr.substring(0, third), instr.substring(third, 2 * third), instr.substring(2 * third))) {
      Element r = d.createElementNS(W, "w:r");
      Element it = d.createElementNS(W, "w:instrText");
      it.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      it.setTextContent(part);
      r.appendChild(it);
      runs.add(r);
    }
    runs.add(fldChar(d, "separate"));
    Element result = d.createElementNS(W, "w:r");
    font(d, result, "Cambria");
    Element t = d.createElementNS(W, "w:t");
    t.setTextContent(fld.getTextContent());
    result.appendChild(t);
    runs.add(result);
    runs.add(fldChar(d, "end"));
    for (Element r : runs) {
      parent.insertBefore(r, fld);
    }
    parent.removeChild(fld);
  }

  private static Element fldChar(Document d, String type) {
    Element r = d.createElementNS(W, "w:r");
    Element c = d.createElementNS(W, "w:fldChar");
    c.setAttributeNS(W, "w:fldCharType", type);
    r.appendChild(c);
    return r;
  }

  private static void font(Document d, Element r, String name) {
    Element rPr = FieldFiller.first(r, "rPr");
    if (rPr == null) {
      rPr = d.createElementNS(W, "w:rPr");
      r.insertBefore(rPr, r.getFirstChild());
    }
    Element fonts = d.createElementNS(W, "w:rFonts");
    fonts.setAttributeNS(W, "w:ascii", name);
    fonts.setAttributeNS(W, "w:hAnsi", name);
    rPr.insertBefore(fonts, rPr.getFirstChild());
  }
}
