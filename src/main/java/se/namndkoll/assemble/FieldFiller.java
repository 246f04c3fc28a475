package se.namndkoll.assemble;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Fills the merge fields of one WordprocessingML part, given as a DOM: values, repeated regions
 * ({@code TableStart:name} … {@code TableEnd:name}) and optional regions ({@code IfStart:name} …
 * {@code IfEnd:name}).
 *
 * <p>Word keeps a field whole however it splits the text around it, and a secretary may write a
 * field's code over several runs: every MERGEFIELD, simple or complex, is first made one simple
 * field, then regions are expanded outermost first, then values are put in. A value the template
 * needs and the data lacks is collected, never guessed; the caller decides what that means.
 */
final class FieldFiller {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final Pattern MERGEFIELD =
      Pattern.compile("^\\s*MERGEFIELD\\s+(?:\"([^\"]+)\"|(\\S+))", Pattern.CASE_INSENSITIVE);

  private final Set<String> missing = new LinkedHashSet<>();

  /** The names of fields the data lacked, in the order met. */
  Set<String> missing() {
    return missing;
  }

  /** Fills the part in place. */
  void fill(Document part, FieldValues values) {
    for (Element p : elements(part.getDocumentElement(), "p")) {
      FieldRuns.simplify(p);
    }
    Element root = part.getDocumentElement();
    Element body = first(root, "body");
    Element scope = body != null ? body : root;
    process(children(scope), values);
  }

  /** The name a field's code gives ({@code MERGEFIELD dnr \* MERGEFORMAT} gives dnr), if a merge field. */
  static Optional<String> fieldName(String instr) {
    Matcher m = MERGEFIELD.matcher(instr == null ? "" : instr);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1).strip() : m.group(2).strip());
  }

  // ---- regions ---------------------------------------------------------------------------

  private enum Kind {
    REPEAT("TableStart:", "TableEnd:"),
    OPTIONAL("IfStart:", "IfEnd:");

    final String start;
    final String end;

    Kind(String start, String end) {
      this.start = start;
      this.end = end;
    }
  }

  private record Marker(Element field, Kind kind, boolean start, String name) {}

  private void process(List<Node> nodes, FieldValues values) {
    while (true) {
      List<Marker> markers = markers(nodes);
      Marker open = markers.stream().filter(Marker::start).findFirst().orElse(null);
      if (open == null) {
        for (Marker stray : markers) {
          missing.add((stray.start() ? stray.kind().end : stray.kind().start) + stray.name());
          stray.field().getParentNode().removeChild(stray.field());
        }
        break;
      }
      Marker close = matching(markers, open);
      if (close == null) {
        missing.add(open.kind().end + open.name());
        open.field().getParentNode().removeChild(open.field());
        continue;
      }
      List<Node> unit = open.kind() == Kind.OPTIONAL && inline(open.field(), close.field())
          ? siblings(open.field(), close.field())
          : unit(open.field(), close.field());
      Node anchor = unit.get(0);
      Node parent = anchor.getParentNode();
      List<Node> replacement = new ArrayList<>();
      if (open.kind() == Kind.REPEAT) {
        Optional<List<Object>> items = values.list(open.name());
        if (items.isEmpty()) {
          missing.add(open.name());
        }
        List<Object> list = items.orElse(List.of());
        for (int i = 0; i < list.size(); i++) {
          List<Node> copy = new ArrayList<>();
          for (Node n : unit) {
            Node c = n.cloneNode(true);
            parent.insertBefore(c, anchor);
            copy.add(c);
          }
          dropMarkers(copy, open);
          process(copy, values.item(list.get(i), i + 1));
          replacement.addAll(copy);
        }
        for (Node n : unit) {
          parent.removeChild(n);
        }
      } else {
        if (values.present(open.name())) {
          dropMarkers(unit, open);
          replacement.addAll(unit.stream().filter(n -> n.getParentNode() != null).toList());
        } else {
          for (Node n : unit) {
            parent.removeChild(n);
          }
        }
      }
      int at = indexOfAny(nodes, unit);
      if (at >= 0) {
        nodes.removeAll(unit);
        nodes.addAll(at, replacement);
      }
    }
    for (Node n : nodes) {
      if (n instanceof Element e) {
        putValues(e, values);
      }
    }
  }

  private static int indexOfAny(List<Node> nodes, List<Node> unit) {
    for (int i = 0; i < nodes.size(); i++) {
      if (unit.contains(nodes.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static List<Marker> markers(List<Node> nodes) {
    List<Marker> found = new ArrayList<>();
    for (Node n : nodes) {
      if (!(n instanceof Element e)) {
        continue;
      }
      List<Element> fields = new ArrayList<>();
      if (isW(e, "fldSimple")) {
        fields.add(e);
      }
      fields.addAll(elements(e, "fldSimple"));
      for (Element f : fields) {
        fieldName(f.getAttributeNS(W, "instr")).ifPresent(name -> {
          for (Kind k : Kind.values()) {
            if (name.regionMatches(true, 0, k.start, 0, k.start.length())) {
              found.add(new Marker(f, k, true, name.substring(k.start.length()).strip()));
            } else if (name.regionMatches(true, 0, k.end, 0, k.end.length())) {
              found.add(new Marker(f, k, false, name.substring(k.end.length()).strip()));
            }
          }
        });
      }
    }
    return found;
  }

  private static Marker matching(List<Marker> markers, Marker open) {
    int depth = 0;
    boolean seen = false;
    for (Marker m : markers) {
      if (m == open) {
        seen = true;
        continue;
      }
      if (!seen || m.kind() != open.kind() || !m.name().equalsIgnoreCase(open.name())) {
        continue;
      }
      if (m.start()) {
        depth++;
      } else if (depth == 0) {
        return m;
      } else {
        depth--;
      }
    }
    return null;
  }

  /**
   * What a region covers: the table rows from the start's to the end's when both sit in one table,
   * else the block-level siblings from the one holding the start to the one holding the end.
   */
  private static List<Node> unit(Element start, Element end) {
    Element rowStart = ancestor(start, "tr");
    Element rowEnd = ancestor(end, "tr");
    if (rowStart != null && rowEnd != null && rowStart.getParentNode() == rowEnd.getParentNode()) {
      return siblings(rowStart, rowEnd);
    }
    Element ps = ancestor(start, "p");
    Element pe = ancestor(end, "p");
    if (ps == pe) {
      return new ArrayList<>(List.of(ps));
    }
    List<Node> upFromStart = new ArrayList<>();
    for (Node n = ps; n != null; n = n.getParentNode()) {
      upFromStart.add(n);
    }
    Node child = pe;
    while (child.getParentNode() != null && !upFromStart.contains(child.getParentNode())) {
      child = child.getParentNode();
    }
    Node common = child.getParentNode();
    Node startChild = upFromStart.get(upFromStart.indexOf(common) - 1);
    return siblings(startChild, child);
  }

  /** An optional part within one paragraph: both markers side by side in it. */
  private static boolean inline(Element start, Element end) {
    return start.getParentNode() == end.getParentNode() && isW((Element) start.getParentNode(), "p");
  }

  private static List<Node> siblings(Node from, Node to) {
    List<Node> list = new ArrayList<>();
    for (Node n = from; n != null; n = n.getNextSibling()) {
      list.add(n);
      if (n == to) {
        break;
      }
    }
    return list;
  }

  /** Removes the region's markers and the paragraphs that held nothing else. */
  private static void dropMarkers(List<Node> nodes, Marker region) {
    for (Marker m : markers(nodes)) {
      if (m.kind() != region.kind() || !m.name().equalsIgnoreCase(region.name())) {
        continue;
      }
      Element p = ancestor(m.field(), "p");
      m.field().getParentNode().removeChild(m.field());
      if (p != null && isEmptyParagraph(p) && canRemove(p)) {
        int i = nodes.indexOf(p);
        p.getParentNode().removeChild(p);
        if (i >= 0) {
          nodes.remove(i);
        }
      }
    }
  }

  private static boolean canRemove(Element p) {
    Node parent = p.getParentNode();
    if (parent instanceof Element e && isW(e, "tc")) {
      return children(e).stream().filter(n -> n instanceof Element c && isW(c, "p")).count() > 1;
    }
    return parent != null;
  }

  private static boolean isEmptyParagraph(Element p) {
    for (String content : List.of("t", "tab", "br", "drawing", "pict", "object", "fldSimple", "sym")) {
      if (!elements(p, content).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  // ---- values ----------------------------------------------------------------------------

  private void putValues(Element scope, FieldValues values) {
    List<Element> fields = new ArrayList<>();
    if (isW(scope, "fldSimple")) {
      fields.add(scope);
    }
    fields.addAll(elements(scope, "fldSimple"));
    for (Element f : fields) {
      if (f.getParentNode() == null) {
        continue;
      }
      Optional<String> name = fieldName(f.getAttributeNS(W, "instr"));
      if (name.isEmpty()) {
        continue;
      }
      Optional<String> value = values.text(name.get());
      if (value.isEmpty()) {
        missing.add(name.get());
        continue;
      }
      replace(f, value.get());
    }
  }

  /**
   * Puts text where the field was, in the field's run formatting; a value of several lines becomes
   * as many paragraphs when the field is alone in its paragraph, else lines broken within it.
   */
  private static void replace(Element field, String value) {
    Document doc = field.getOwnerDocument();
    Element rPr = null;
    Element firstRun = first(field, "r");
    if (firstRun != null) {
      Element r = first(firstRun, "rPr");
      if (r != null) {
        rPr = (Element) r.cloneNode(true);
      }
    }
    String[] lines = value.replace("\r\n", "\n").split("\n", -1);
    List<String> paragraphs = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        paragraphs.add(l.strip());
      }
    }
    Element p = ancestor(field, "p");
    if (paragraphs.size() > 1 && p != null && aloneIn(field, p)) {
      for (int i = 1; i < paragraphs.size(); i++) {
        Element copy = (Element) p.cloneNode(true);
        Element f2 = elements(copy, "fldSimple").stream()
            .filter(x -> x.getAttributeNS(W, "instr").equals(field.getAttributeNS(W, "instr")))
            .findFirst().orElseThrow();
        f2.getParentNode().replaceChild(run(doc, rPr, List.of(paragraphs.get(i))), f2);
        p.getParentNode().insertBefore(copy, nextSiblingOf(p, i - 1));
      }
      field.getParentNode().replaceChild(run(doc, rPr, List.of(paragraphs.get(0))), field);
      return;
    }
    List<String> parts = paragraphs.isEmpty() ? List.of("") : paragraphs;
    field.getParentNode().replaceChild(run(doc, rPr, parts), field);
  }

  private static Node nextSiblingOf(Element p, int skip) {
    Node n = p.getNextSibling();
    for (int i = 0; i < skip && n != null; i++) {
      n = n.getNextSibling();
    }
    return n;
  }

  private static boolean aloneIn(Element field, Element p) {
    for (Element t : elements(p, "t")) {
      if (!isInside(t, field) && !t.getTextContent().isBlank()) {
        return false;
      }
    }
    return elements(p, "fldSimple").size() == 1;
  }

  private static boolean isInside(Node n, Node container) {
    for (Node x = n; x != null; x = x.getParentNode()) {
      if (x == container) {
        return true;
      }
    }
    return false;
  }

  private static Element run(Document doc, Element rPr, List<String> lines) {
    Element r = doc.createElementNS(W, "w:r");
    if (rPr != null) {
      r.appendChild(rPr);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        r.appendChild(doc.createElementNS(W, "w:br"));
      }
      Element t = doc.createElementNS(W, "w:t");
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.setTextContent(lines.get(i));
      r.appendChild(t);
    }
    return r;
  }

  // ---- DOM helpers ------------------------------------------------------------------------

  static boolean isW(Element e, String local) {
    return W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
  }

  static List<Element> elements(Element scope, String local) {
    NodeList list = scope.getElementsByTagNameNS(W, local);
    List<Element> out = new ArrayList<>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  static Element first(Element scope, String local) {
    for (Node n = scope.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && isW(e, local)) {
        return e;
      }
    }
    return null;
  }

  static List<Node> children(Element e) {
    List<Node> list = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      list.add(n);
    }
    return list;
  }

  static Element ancestor(Node n, String local) {
    for (Node x = n; x != null; x = x.getParentNode()) {
      if (x instanceof Element e && isW(e, local)) {
        return e;
      }
    }
    return null;
  }
}
