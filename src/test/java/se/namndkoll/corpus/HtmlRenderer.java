package se.namndkoll.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.namndkoll.corpus.SourceDocument.Block;
import se.namndkoll.corpus.SourceDocument.Field;
import se.namndkoll.corpus.SourceDocument.Heading;
import se.namndkoll.corpus.SourceDocument.Inline;
import se.namndkoll.corpus.SourceDocument.ListItem;
import se.namndkoll.corpus.SourceDocument.Meta;
import se.namndkoll.corpus.SourceDocument.Paragraph;
import se.namndkoll.corpus.SourceDocument.Part;
import se.namndkoll.corpus.SourceDocument.Signature;
import se.namndkoll.corpus.SourceDocument.Table;

/**
 * Writes a source as a page of a kommun's website: site header with navigation and breadcrumb,
 * the document as semantic HTML (h1–h3, p, ol/ul, table, dl) and the site footer.
 */
final class HtmlRenderer {

  private final SourceDocument doc;
  private final StringBuilder out = new StringBuilder();
  private String openList;
  private boolean inPart;

  private HtmlRenderer(SourceDocument doc) {
    this.doc = doc;
  }

  static void render(SourceDocument doc, Path target) throws IOException {
    Files.writeString(target, new HtmlRenderer(doc).html(), StandardCharsets.UTF_8);
  }

  private String html() {
    String kommun = doc.get("kommun", "");
    out.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(doc.get("title", "")))
        .append(" – ")
        .append(esc(kommun))
        .append("</title>\n<style>\n")
        .append("body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222;line-height:1.5}\n")
        .append(".site-header{background:#14405f;color:#fff;padding:.8rem 2rem}\n")
        .append(".site-header a{color:#fff;text-decoration:none}\n")
        .append(".site-header .logo{font-weight:bold;font-size:1.4rem}\n")
        .append(".site-header nav ul{list-style:none;margin:.4rem 0 0;padding:0;display:flex;gap:1.2rem}\n")
        .append(".breadcrumb{padding:.5rem 2rem;font-size:.85rem;background:#eef2f5}\n")
        .append("main{max-width:52rem;padding:1rem 2rem 3rem}\n")
        .append("table{border-collapse:collapse;margin:1rem 0}\n")
        .append("th,td{border-bottom:1px solid #bbb;padding:.2rem .6rem;text-align:left;vertical-align:top}\n")
        .append("td.num,th.num{text-align:right;white-space:nowrap}\n")
        .append("dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}\n")
        .append("dl.meta dt{font-weight:bold}\n.doc-type{font-size:.8rem;letter-spacing:.08em;color:#555}\n")
        .append(".signature{margin-top:1.6rem}\n")
        .append(".site-footer{background:#eef2f5;padding:1rem 2rem;font-size:.85rem}\n")
        .append("</style>\n</head>\n<body>\n");
    out.append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">")
        .append(esc(kommun))
        .append("</a>\n<nav aria-label=\"Huvudmeny\">\n<ul>\n");
    for (String item : doc.get("nav", "Start").split("\\|")) {
      out.append("<li><a href=\"#\">").append(esc(item.strip())).append("</a></li>\n");
    }
    out.append("</ul>\n</nav>\n</header>\n");
    String crumbs = doc.get("breadcrumb", "");
    if (!crumbs.isEmpty()) {
      out.append("<nav class=\"breadcrumb\" aria-label=\"Du är här\">\n");
      String[] parts = crumbs.split(">");
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          out.append(" › ");
        }
        if (i < parts.length - 1) {
          out.append("<a href=\"#\">").append(esc(parts[i].strip())).append("</a>");
        } else {
          out.append("<span aria-current=\"page\">").append(esc(parts[i].strip())).append("</span>");
        }
      }
      out.append("\n</nav>\n");
    }
    out.append("<main>\n<article>\n");
    for (Block b : doc.blocks) {
      block(b);
    }
    closeList();
    if (inPart) {
      out.append("</section>\n");
    }
    out.append("</article>\n</main>\n<footer class=\"site-footer\">\n<p><strong>")
        .append(esc(doc.get("unit", kommun)))
        .append("</strong></p>\n<p>");
    String[] footer = doc.get("footer", "").split("\\|");
    for (int i = 0; i < footer.length; i++) {
      if (i > 0) {
        out.append(" · ");
      }
      out.append(esc(footer[i].strip()));
    }
    out.append("</p>\n</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void block(Block b) {
    if (!(b instanceof ListItem)) {
      closeList();
    }
    if (b instanceof Part p) {
      if (inPart) {
        out.append("</section>\n");
      }
      inPart = true;
      out.append("<section class=\"handling\">\n");
      if (!p.label().isEmpty()) {
        out.append("<p class=\"doc-type\">").append(esc(p.label())).append("</p>\n");
      }
    } else if (b instanceof Heading h) {
      out.append("<h").append(h.level()).append('>').append(inline(h.text()))
          .append("</h").append(h.level()).append(">\n");
    } else if (b instanceof Paragraph p) {
      out.append("<p>").append(inline(p.text())).append("</p>\n");
    } else if (b instanceof ListItem li) {
      String kind = li.numbered() ? "ol" : "ul";
      if (!kind.equals(openList)) {
        closeList();
        openList = kind;
        out.append('<').append(kind);
        if (li.numbered() && !li.marker().equals("1.")) {
          out.append(" start=\"").append(li.marker(), 0, li.marker().length() - 1).append('"');
        }
        out.append(">\n");
      }
      out.append("<li>").append(inline(li.text())).append("</li>\n");
    } else if (b instanceof Table t) {
      table(t);
    } else if (b instanceof Meta m) {
      out.append("<dl class=\"meta\">\n");
      for (List<Field> col : List.of(m.left(), m.right())) {
        for (Field f : col) {
          out.append("<dt>").append(esc(f.label())).append("</dt><dd>")
              .append(inline(f.value())).append("</dd>\n");
        }
      }
      out.append("</dl>\n");
    } else if (b instanceof Signature s) {
      out.append("<p class=\"signature\">").append(esc(s.name()));
      for (String l : s.lines()) {
        out.append("<br>\n").append(esc(l));
      }
      out.append("</p>\n");
    }
    // Page breaks and spacing have no place on a web page.
  }

  private void table(Table t) {
    int ncols = t.rows().stream().mapToInt(List::size).max().orElse(0);
    boolean[] numeric = new boolean[ncols];
    for (int c = 0; c < ncols; c++) {
      int nums = 0;
      int cells = 0;
      for (int r = t.headerRows(); r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        if (c < row.size() && !row.get(c).isBlank()) {
          cells++;
          if (Inline.numeric(row.get(c))) {
            nums++;
          }
        }
      }
      numeric[c] = cells > 0 && nums * 2 >= cells;
    }
    out.append("<table>\n");
    if (t.headerRows() > 0) {
      out.append("<thead>\n");
    }
    for (int r = 0; r < t.rows().size(); r++) {
      if (r == t.headerRows()) {
        if (r > 0) {
          out.append("</thead>\n");
        }
        out.append("<tbody>\n");
      }
      boolean header = r < t.headerRows();
      List<String> row = t.rows().get(r);
      out.append("<tr>");
      for (int c = 0; c < ncols; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        String tag = header ? "th" : "td";
        out.append('<').append(tag);
        if (header) {
          out.append(" scope=\"col\"");
        }
        if (numeric[c]) {
          out.append(" class=\"num\"");
        }
        out.append('>').append(inline(cell)).append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
    }
    if (t.rows().size() == t.headerRows()) {
      out.append("</thead>\n");
    } else {
      out.append("</tbody>\n");
    }
    out.append("</table>\n");
  }

  private void closeList() {
    if (openList != null) {
      out.append("</").append(openList).append(">\n");
      openList = null;
    }
  }

  private static String inline(String text) {
    StringBuilder sb = new StringBuilder();
    for (Inline.Run r : Inline.runs(text)) {
      if (r.bold()) {
        sb.append("<strong>").append(esc(r.text())).append("</strong>");
      } else {
        sb.append(esc(r.text()));
      }
    }
    return sb.toString().replace("\n", "<br>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
