package se.namndkoll.assemble;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.model.structure.PageSizePaper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.SectPr;

/**
 * Writes the three templates of the top-level {@code templates/} folder, the same bytes on every run:
 * {@link TemplatesTests} checks the committed ones and writes them again with
 * {@code -Dtemplates.regenerate=true}; {@link #main} takes the folder as argument.
 *
 * <p>Fields are Word merge fields ({@code MERGEFIELD dnr}); a repeated list is the paragraph or table
 * rows between {@code TableStart:name} and {@code TableEnd:name}; an optional section lies between
 * {@code IfStart:name} and {@code IfEnd:name}. Headings use Word's Heading styles.
 */
public final class TemplateGenerator {

  private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final long FIXED_TIME = 1767254400000L; // 2026-01-01T08:00Z: the same bytes on every run

  private TemplateGenerator() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "templates");
    Files.createDirectories(dir);
    for (String name : List.of("skrivelse", "utdrag", "kallelse")) {
      Files.write(dir.resolve(name + ".docx"), bytes(name));
    }
  }

  /** The template's bytes. */
  static byte[] bytes(String name) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(PageSizePaper.A4, false);
    MainDocumentPart mdp = pkg.getMainDocumentPart();
    List<String> blocks = switch (name) {
      case "skrivelse" -> skrivelse();
      case "utdrag" -> utdrag();
      case "kallelse" -> kallelse();
      default -> throw new IllegalArgumentException(name);
    };
    SectPr sectPr = pkg.getDocumentModel().getSections().get(0).getSectPr();
    String label = switch (name) {
      case "skrivelse" -> "TJÄNSTESKRIVELSE";
      case "utdrag" -> "PROTOKOLLSUTDRAG";
      default -> "KALLELSE";
    };
    header(mdp, sectPr, label);
    if (name.equals("utdrag")) {
      footer(mdp, sectPr, "Justerandes signatur\t\tUtdragsbestyrkande");
    }
    for (String b : blocks) {
      mdp.getContent().add(XmlUtils.unmarshalString(b));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pkg.save(out);
    return fixed(out.toByteArray());
  }

  // ---- the three templates ---------------------------------------------------------------

  private static List<String> skrivelse() {
    List<String> b = new ArrayList<>();
    b.add(meta(List.of("Handläggare", "handlaggare.namn", "Telefon", "handlaggare.telefon"),
        List.of("Datum", "datum", "Instans", "namnd", "Dnr", "dnr")));
    b.add(p("Heading1", f("rubrik")));
    b.add(p("Heading2", f("namnd"), t("s beslut")));
    b.add(p(null, f("beslut")));
    b.addAll(optional("sammanfattning", p("Heading2", t("Sammanfattning")), p(null, f("sammanfattning"))));
    b.add(p("Heading2", t("Ärendet i sin helhet")));
    b.add(p(null, f("arendet")));
    b.addAll(optional("barnkonsekvensanalys", p("Heading2", t("Barnkonsekvensanalys")),
        p(null, f("barnkonsekvensanalys"))));
    b.addAll(optional("beslutsunderlag", p("Heading2", t("Beslutsunderlag")), numbered("beslutsunderlag")));
    b.addAll(optional("samverkan", p("Heading2", t("Samverkan")), p(null, f("samverkan"))));
    b.add(p("Heading2", t("Beslutet expedieras till")));
    b.add(numbered("expedieras"));
    b.add(spaced(f("ordforande")));
    b.add(p(null, t("Ordförande")));
    b.add(spaced(f("forvaltningschef")));
    b.add(p(null, t("Förvaltningschef")));
    return b;
  }

  private static List<String> utdrag() {
    List<String> b = new ArrayList<>();
    b.add(p("Heading1", t("Protokollsutdrag")));
    b.add(p(null, f("namnd")));
    b.add(meta(List.of("Sammanträdesdatum", "sammantradesdatum"), List.of("Justeringsdatum", "justeringsdatum")));
    b.add(p(null, bold("§ "), f("paragraf"), bold("  Dnr "), f("dnr")));
    b.add(p("Heading2", f("rubrik")));
    b.add(p("Heading3", f("namnd"), t("s beslut")));
    b.add(p(null, f("beslut")));
    b.addAll(optional("arendet", p("Heading3", t("Ärendet i sin helhet")), p(null, f("arendet"))));
    b.addAll(optional("barnkonsekvensanalys", p("Heading3", t("Barnkonsekvensanalys")),
        p(null, f("barnkonsekvensanalys"))));
    b.addAll(optional("beslutsunderlag", p("Heading3", t("Beslutsunderlag")), numbered("beslutsunderlag")));
    b.add(p("Heading3", t("Beslutet expedieras till")));
    b.add(numbered("expedieras"));
    b.add(spaced(f("ordforande")));
    b.add(p(null, t("Ordförande")));
    b.add(spaced(f("justerare")));
    b.add(p(null, t("Justerande")));
    b.add(spaced(f("sekreterare")));
    b.add(p(null, t("Sekreterare")));
    return b;
  }

  private static List<String> kallelse() {
    List<String> b = new ArrayList<>();
    b.add(meta(List.of("Datum", "datum"), List.of("Instans", "namnd")));
    b.add(p("Heading1", t("Kallelse")));
    b.add(p(null, t("Ledamöter och ersättare i "), f("namnd"), t(" kallas till sammanträde "), f("dag"),
        t(" kl. "), f("tid"), t(" i "), f("plats"), t(".")));
    b.addAll(optional("inledning", p(null, f("inledning"))));
    b.add(spaced(f("ordforande")));
    b.add(p(null, t("Ordförande")));
    b.add(spaced(f("forvaltningschef")));
    b.add(p(null, t("Förvaltningschef")));
    b.addAll(optional("forhinder", spaced(f("forhinder"))));
    b.add(p("Heading2", t("Ärendelista")));
    b.add(p(null, f("TableStart:arenden"), f("nr"), t(". "), f("rubrik"), f("IfStart:sekretess"), t(" (sekretess)"),
        f("IfEnd:sekretess"), br(), t("Dnr "), f("dnr"),
        f("TableEnd:arenden")));
    return b;
  }

  // ---- blocks ------------------------------------------------------------------------------

  private static List<String> optional(String name, String... blocks) {
    List<String> b = new ArrayList<>();
    b.add(p(null, f("IfStart:" + name)));
    b.addAll(List.of(blocks));
    b.add(p(null, f("IfEnd:" + name)));
    return b;
  }

  /** A list numbered by the data ("1.", "2." …), one paragraph an item, hanging indent. */
  private static String numbered(String name) {
    return "<w:p " + NS + "><w:pPr><w:ind w:left=\"426\" w:hanging=\"426\"/></w:pPr>"
        + f("TableStart:" + name) + f("nr") + t(".") + "<w:r><w:tab/></w:r>" + f("value")
        + f("TableEnd:" + name) + "</w:p>";
  }

  private static String spaced(String... inlines) {
    return "<w:p " + NS + "><w:pPr><w:spacing w:before=\"600\" w:after=\"0\"/></w:pPr>" + String.join("", inlines)
        + "</w:p>";
  }

  private static String p(String style, String... inlines) {
    String ppr = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return "<w:p " + NS + ">" + ppr + String.join("", inlines) + "</w:p>";
  }

  static String f(String name) {
    return "<w:fldSimple w:instr=\" MERGEFIELD " + name + " \\* MERGEFORMAT \"><w:r><w:t>\u00ab" + name
        + "\u00bb</w:t></w:r></w:fldSimple>";
  }

  private static String t(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  private static String bold(String text) {
    return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  private static String br() {
    return "<w:r><w:br/></w:r>";
  }

  /** The header block: a borderless table of labels over values, two columns. */
  private static String meta(List<String> left, List<String> right) {
    StringBuilder s = new StringBuilder("<w:tbl " + NS + "><w:tblPr><w:tblW w:w=\"9026\" w:type=\"dxa\"/></w:tblPr>"
        + "<w:tblGrid><w:gridCol w:w=\"4513\"/><w:gridCol w:w=\"4513\"/></w:tblGrid>");
    int rows = Math.max(left.size(), right.size()) / 2;
    for (int r = 0; r < rows; r++) {
      s.append("<w:tr>");
      for (List<String> col : List.of(left, right)) {
        s.append("<w:tc><w:tcPr><w:tcW w:w=\"4513\" w:type=\"dxa\"/></w:tcPr>");
        if (2 * r < col.size()) {
          s.append("<w:p><w:pPr><w:spacing w:before=\"60\" w:after=\"0\"/></w:pPr>")
              .append("<w:r><w:rPr><w:b/><w:sz w:val=\"16\"/></w:rPr><w:t>").append(col.get(2 * r))
              .append("</w:t></w:r></w:p><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>")
              .append(f(col.get(2 * r + 1))).append("</w:p>");
        } else {
          s.append("<w:p/>");
        }
        s.append("</w:tc>");
      }
      s.append("</w:tr>");
    }
    return s.append("</w:tbl>").toString();
  }

  private static void header(MainDocumentPart mdp, SectPr sectPr, String label)
      throws Exception {
    HeaderPart hp = new HeaderPart();
    Relationship rel = mdp.addTargetPart(hp);
    hp.setJaxbElement((org.docx4j.wml.Hdr) XmlUtils.unmarshalString("<w:hdr " + NS + "><w:p><w:r><w:rPr><w:b/>"
        + "<w:sz w:val=\"28\"/></w:rPr><w:t>" + "</w:t></w:r>" + f("kommun") + "</w:p><w:p><w:r><w:rPr>"
        + "<w:sz w:val=\"18\"/></w:rPr><w:t></w:t></w:r>" + f("forvaltning") + "</w:p><w:p><w:r><w:rPr><w:b/>"
        + "<w:sz w:val=\"18\"/></w:rPr><w:t>" + label + "</w:t></w:r></w:p></w:hdr>"));
    HeaderReference ref = new org.docx4j.wml.ObjectFactory().createHeaderReference();
    ref.setId(rel.getId());
    ref.setType(HdrFtrRef.DEFAULT);
    sectPr.getEGHdrFtrReferences().add(ref);
  }

  private static void footer(MainDocumentPart mdp, SectPr sectPr, String text) throws Exception {
    FooterPart fp = new FooterPart();
    Relationship rel = mdp.addTargetPart(fp);
    fp.setJaxbElement((org.docx4j.wml.Ftr) XmlUtils.unmarshalString("<w:ftr " + NS + "><w:p><w:r><w:rPr>"
        + "<w:sz w:val=\"14\"/></w:rPr><w:t>" + text.replace("\t", "</w:t><w:tab/><w:t>")
        + "</w:t></w:r></w:p></w:ftr>"));
    FooterReference ref = new org.docx4j.wml.ObjectFactory().createFooterReference();
    ref.setId(rel.getId());
    ref.setType(HdrFtrRef.DEFAULT);
    sectPr.getEGHdrFtrReferences().add(ref);
  }

  /** The same zip with a fixed time on every entry and sorted namespace declarations. */
  private static byte[] fixed(byte[] zip) throws IOException {
    return se.namndkoll.testing.ReproducibleDocx.fixed(zip, FIXED_TIME);
  }

}
