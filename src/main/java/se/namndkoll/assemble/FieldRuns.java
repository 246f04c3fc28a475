package se.namndkoll.assemble;

import static se.namndkoll.assemble.FieldFiller.W;
import static se.namndkoll.assemble.FieldFiller.ancestor;
import static se.namndkoll.assemble.FieldFiller.elements;
import static se.namndkoll.assemble.FieldFiller.first;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Makes every complex merge field of a paragraph ({@code fldChar begin}, the code in one or more
 * {@code instrText} runs, {@code separate}, the shown result, {@code end}) one simple field, in the
 * formatting of its shown result. Word writes fields this way once a document is edited, and splits
 * a code over runs as it likes; LibreOffice writes them so on every save.
 */
final class FieldRuns {

  private FieldRuns() {}

  static void simplify(Element p) {
    List<Element> runs = new ArrayList<>();
    for (Element r : elements(p, "r")) {
      if (ancestor(r.getParentNode(), "p") == p) {
        runs.add(r);
      }
    }
    int depth = 0;
    List<Element> field = new ArrayList<>();
    StringBuilder instr = new StringBuilder();
    Element shown = null;
    boolean inResult = false;
    for (Element r : runs) {
      String fldChar = fldCharType(r);
      if ("begin".equals(fldChar)) {
        depth++;
        if (depth == 1) {
          field.clear();
          instr.setLength(0);
          shown = null;
          inResult = false;
        }
      }
      if (depth == 0) {
        continue;
      }
      field.add(r);
      if (depth == 1) {
        for (Element it : elements(r, "instrText")) {
          instr.append(it.getTextContent());
        }
        if ("separate".equals(fldChar)) {
          inResult = true;
        } else if (inResult && shown == null && first(r, "rPr") != null && fldChar == null) {
          shown = r;
        }
      }
      if ("end".equals(fldChar)) {
        depth--;
        if (depth == 0) {
          replace(field, instr.toString(), shown);
        }
      }
    }
  }

  private static void replace(List<Element> field, String instr, Element shown) {
    Optional<String> name = FieldFiller.fieldName(instr);
    if (name.isEmpty()) {
      return;
    }
    Element begin = field.get(0);
    Document doc = begin.getOwnerDocument();
    Element simple = doc.createElementNS(W, "w:fldSimple");
    simple.setAttributeNS(W, "w:instr", " " + instr.strip() + " ");
    Element r = doc.createElementNS(W, "w:r");
    Element rPr = shown != null ? first(shown, "rPr") : first(begin, "rPr");
    if (rPr != null) {
      r.appendChild(rPr.cloneNode(true));
    }
    Element t = doc.createElementNS(W, "w:t");
    t.setTextContent("\u00ab" + name.get() + "\u00bb");
    r.appendChild(t);
    simple.appendChild(r);
    begin.getParentNode().insertBefore(simple, begin);
    for (Element e : field) {
      if (e.getParentNode() != null) {
        e.getParentNode().removeChild(e);
      }
    }
  }

  private static String fldCharType(Element r) {
    Element fc = first(r, "fldChar");
    return fc == null ? null : fc.getAttributeNS(W, "fldCharType");
  }
}
