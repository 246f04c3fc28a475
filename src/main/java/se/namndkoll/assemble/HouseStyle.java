package se.namndkoll.assemble;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import se.namndkoll.NamndkollException;

/**
 * A kommun's own template: its Word document's house style (letterhead in the header and footer,
 * fonts, styles, page format) with the fields and regions of one of the project's templates.
 *
 * <p>The kommun's document is kept, all but its text: the body becomes the template's body (its
 * fields, regions and headings), each heading in the kommun's own style of the same Word name
 * ("heading 2", whatever the style is called in the kommun's language), a style the kommun's
 * document lacks taken over from the template. The template's header lines (kommun, förvaltning,
 * the kind of document, the page numbers) and footer lines (the utdrag's signature boxes) are put
 * under the kommun's own header and footer, or make them where the kommun's document has none.
 */
public final class HouseStyle {

  private static final ObjectFactory WML = new ObjectFactory();

  private HouseStyle() {}

  /**
   * Writes the kommun's template.
   *
   * @param template one of the project's templates (its fields and regions)
   * @param kommunDocument a Word document in the kommun's house style
   * @param out the template to write
   */
  public static void make(DocxTemplate template, Path kommunDocument, Path out) {
    WordprocessingMLPackage theirs = load(kommunDocument, "not a readable Word document");
    WordprocessingMLPackage ours = load(template.file(), "not a readable docx template");
    try {
      MainDocumentPart main = theirs.getMainDocumentPart();
      Body body = main.getJaxbElement().getBody();
      SectPr section = body.getSectPr() != null ? body.getSectPr() : lastSection(body);
      if (section == null) {
        section = WML.createSectPr();
      }
      body.getContent().clear();
      for (Object block : ours.getMainDocumentPart().getJaxbElement().getBody().getContent()) {
        body.getContent().add(XmlUtils.deepCopy(block));
      }
      body.setSectPr(section);
      Map<String, String> styles = styles(ours, theirs);
      restyle(body, styles);
      SectPr ourSection = ours.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
      addHeader(ours, theirs, section, ourSection, styles);
      addFooter(ours, theirs, section, ourSection, styles);
      Files.createDirectories(out.toAbsolutePath().getParent());
      theirs.save(out.toFile());
    } catch (Docx4JException | java.io.IOException | RuntimeException e) {
      throw new NamndkollException(out + ": cannot write the template: " + e.getMessage(), e);
    }
  }

  private static WordprocessingMLPackage load(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new NamndkollException(file + ": no such file");
    }
    try {
      return WordprocessingMLPackage.load(file.toFile());
    } catch (Docx4JException | RuntimeException e) {
      throw new NamndkollException(file + ": " + what + ": " + e.getMessage(), e);
    }
  }

  /** The section of the document's last paragraph that closes one, where the body names none. */
  private static SectPr lastSection(Body body) {
    SectPr last = null;
    for (Object o : body.getContent()) {
      if (XmlUtils.unwrap(o) instanceof P p && p.getPPr() != null && p.getPPr().getSectPr() != null) {
        last = p.getPPr().getSectPr();
      }
    }
    return last;
  }

  /**
   * For each style of the template, the style of the kommun's document with the same Word name
   * ("heading 2"); a style the kommun's document lacks is taken over as it is.
   */
  private static Map<String, String> styles(WordprocessingMLPackage ours, WordprocessingMLPackage theirs)
      throws InvalidFormatException {
    Map<String, String> byId = new HashMap<>();
    StyleDefinitionsPart theirPart = theirs.getMainDocumentPart().getStyleDefinitionsPart();
    if (theirPart == null) {
      theirPart = new StyleDefinitionsPart();
      theirPart.setJaxbElement(WML.createStyles());
      theirs.getMainDocumentPart().addTargetPart(theirPart);
    }
    Styles their = theirPart.getJaxbElement();
    Map<String, String> theirByName = new HashMap<>();
    Set<String> theirIds = new LinkedHashSet<>();
    for (Style s : their.getStyle()) {
      theirIds.add(s.getStyleId());
      if (s.getName() != null) {
        theirByName.putIfAbsent(s.getType() + ":" + s.getName().getVal().toLowerCase(Locale.ROOT), s.getStyleId());
      }
    }
    StyleDefinitionsPart ourPart = ours.getMainDocumentPart().getStyleDefinitionsPart();
    if (ourPart == null) {
      return byId;
    }
    for (Style s : ourPart.getJaxbElement().getStyle()) {
      String name = s.getName() == null ? null : s.getType() + ":" + s.getName().getVal().toLowerCase(Locale.ROOT);
      String match = name == null ? null : theirByName.get(name);
      if (match != null) {
        byId.put(s.getStyleId(), match);
      } else if (!theirIds.contains(s.getStyleId())) {
        their.getStyle().add(XmlUtils.deepCopy(s));
        theirIds.add(s.getStyleId());
      }
    }
    return byId;
  }

  /** Every paragraph, run and table of the content in the kommun's style of the same name. */
  private static void restyle(Object content, Map<String, String> styles) {
    for (Object o : contents(content)) {
      Object u = XmlUtils.unwrap(o);
      if (u instanceof P p) {
        PPr ppr = p.getPPr();
        if (ppr != null && ppr.getPStyle() != null && styles.containsKey(ppr.getPStyle().getVal())) {
          ppr.getPStyle().setVal(styles.get(ppr.getPStyle().getVal()));
        }
      } else if (u instanceof org.docx4j.wml.R r && r.getRPr() != null && r.getRPr().getRStyle() != null
          && styles.containsKey(r.getRPr().getRStyle().getVal())) {
        r.getRPr().getRStyle().setVal(styles.get(r.getRPr().getRStyle().getVal()));
      } else if (u instanceof org.docx4j.wml.Tbl t && t.getTblPr() != null && t.getTblPr().getTblStyle() != null
          && styles.containsKey(t.getTblPr().getTblStyle().getVal())) {
        t.getTblPr().getTblStyle().setVal(styles.get(t.getTblPr().getTblStyle().getVal()));
      }
      if (u instanceof ContentAccessor) {
        restyle(u, styles);
      }
    }
  }

  private static List<Object> contents(Object o) {
    return o instanceof ContentAccessor c ? c.getContent() : o instanceof Body b ? b.getContent() : List.of();
  }

  /**
   * The template's header lines under each of the kommun's headers (the first page's, if it has one
   * of its own, and the others'), or a header of them where the kommun's document has none.
   */
  private static void addHeader(WordprocessingMLPackage ours, WordprocessingMLPackage theirs, SectPr section,
      SectPr ourSection, Map<String, String> styles) throws InvalidFormatException {
    HeaderPart ourHeader = (HeaderPart) defaultPart(ours, ourSection, HeaderReference.class);
    if (ourHeader == null) {
      return;
    }
    List<HeaderPart> theirHeaders = parts(theirs, section, HeaderReference.class, HeaderPart.class);
    if (theirHeaders.isEmpty()) {
      HeaderPart header = new HeaderPart();
      header.setJaxbElement(WML.createHdr());
      HeaderReference ref = WML.createHeaderReference();
      ref.setType(HdrFtrRef.DEFAULT);
      refer(theirs, section, header, ref);
      theirHeaders = List.of(header);
    }
    for (HeaderPart header : theirHeaders) {
      header.getJaxbElement().getContent().addAll(copies(ourHeader.getJaxbElement().getContent(), styles));
    }
  }

  /**
   * The template's footer lines (the utdrag's signature boxes) above each of the kommun's footers
   * (its address line), or a footer of them where the kommun's document has none.
   */
  private static void addFooter(WordprocessingMLPackage ours, WordprocessingMLPackage theirs, SectPr section,
      SectPr ourSection, Map<String, String> styles) throws InvalidFormatException {
    FooterPart ourFooter = (FooterPart) defaultPart(ours, ourSection, FooterReference.class);
    if (ourFooter == null) {
      return;
    }
    List<FooterPart> theirFooters = parts(theirs, section, FooterReference.class, FooterPart.class);
    if (theirFooters.isEmpty()) {
      FooterPart footer = new FooterPart();
      footer.setJaxbElement(WML.createFtr());
      FooterReference ref = WML.createFooterReference();
      ref.setType(HdrFtrRef.DEFAULT);
      refer(theirs, section, footer, ref);
      theirFooters = List.of(footer);
    }
    for (FooterPart footer : theirFooters) {
      footer.getJaxbElement().getContent().addAll(0, copies(ourFooter.getJaxbElement().getContent(), styles));
    }
  }

  /** Adds a new header or footer to the document, and the section's reference to it. */
  private static void refer(WordprocessingMLPackage pkg, SectPr section, org.docx4j.openpackaging.parts.Part part,
      org.docx4j.wml.CTRel ref) throws InvalidFormatException {
    Relationship rel = pkg.getMainDocumentPart().addTargetPart(part);
    ref.setId(rel.getId());
    section.getEGHdrFtrReferences().add(ref);
  }

  private static List<Object> copies(List<Object> blocks, Map<String, String> styles) {
    List<Object> added = new ArrayList<>();
    for (Object block : blocks) {
      added.add(XmlUtils.deepCopy(block));
    }
    restyleAll(added, styles);
    return added;
  }

  /** The header or footer a section shows on most pages. */
  private static Object defaultPart(WordprocessingMLPackage pkg, SectPr section, Class<?> reference) {
    if (section == null) {
      return null;
    }
    for (Object ref : section.getEGHdrFtrReferences()) {
      if (reference.isInstance(ref)) {
        org.docx4j.wml.CTRel r = (org.docx4j.wml.CTRel) ref;
        HdrFtrRef type = ref instanceof HeaderReference h ? h.getType() : ((FooterReference) ref).getType();
        if (type == null || type == HdrFtrRef.DEFAULT) {
          return pkg.getMainDocumentPart().getRelationshipsPart().getPart(r.getId());
        }
      }
    }
    return null;
  }

  /** Every header (or footer) a section shows: default, first page, even pages. */
  private static <T> List<T> parts(WordprocessingMLPackage pkg, SectPr section, Class<?> reference, Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (Object ref : section.getEGHdrFtrReferences()) {
      if (reference.isInstance(ref)) {
        Object part = pkg.getMainDocumentPart().getRelationshipsPart().getPart(((org.docx4j.wml.CTRel) ref).getId());
        if (kind.isInstance(part) && !out.contains(kind.cast(part))) {
          out.add(kind.cast(part));
        }
      }
    }
    return out;
  }

  private static void restyleAll(List<Object> blocks, Map<String, String> styles) {
    Body holder = WML.createBody();
    holder.getContent().addAll(blocks);
    restyle(holder, styles);
  }
}
