package se.namndkoll.assemble;

import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.namndkoll.NamndkollException;

/**
 * A docx template read with docx4j: its body, headers and footers filled by {@link FieldFiller},
 * the result written as a new document.
 */
public final class DocxTemplate {

  private final Path file;

  private DocxTemplate(Path file) {
    this.file = file;
  }

  public static DocxTemplate at(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new NamndkollException(file + ": no such template");
    }
    return new DocxTemplate(file);
  }

  public Path file() {
    return file;
  }

  /**
   * Fills the template and writes the document; a field the data lacks is an error naming every
   * such field, and nothing is written.
   */
  public void fill(FieldValues values, Path out, String dataName) {
    WordprocessingMLPackage pkg = load();
    FieldFiller filler = new FieldFiller();
    try {
      for (JaxbXmlPart<?> part : parts(pkg)) {
        Document dom = XmlUtils.marshaltoW3CDomDocument(part.getJaxbElement());
        filler.fill(dom, values);
        setContents(part, dom);
      }
      if (pkg.getMainDocumentPart().getDocumentSettingsPart() != null) {
        // a template set up for Word's own mail merge would ask for its data source on opening
        pkg.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement().setMailMerge(null);
      }
    } catch (JAXBException e) {
      throw new NamndkollException(file + ": cannot fill the template: " + e.getMessage(), e);
    }
    if (!filler.missing().isEmpty()) {
      throw new NamndkollException(dataName + ": missing " + (filler.missing().size() == 1 ? "field " : "fields ")
          + String.join(", ", filler.missing()) + " that the template " + file.getFileName() + " needs");
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      pkg.save(os);
    } catch (IOException | Docx4JException e) {
      throw new NamndkollException(out + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** The merge fields the template asks for, regions by their names, in document order. */
  public Set<String> fields() {
    WordprocessingMLPackage pkg = load();
    Set<String> names = new LinkedHashSet<>();
    for (JaxbXmlPart<?> part : parts(pkg)) {
      Document dom = XmlUtils.marshaltoW3CDomDocument(part.getJaxbElement());
      for (Element p : FieldFiller.elements(dom.getDocumentElement(), "p")) {
        FieldRuns.simplify(p);
      }
      for (Element f : FieldFiller.elements(dom.getDocumentElement(), "fldSimple")) {
        FieldFiller.fieldName(f.getAttributeNS(FieldFiller.W, "instr")).ifPresent(names::add);
      }
    }
    return names;
  }

  private WordprocessingMLPackage load() {
    try {
      return WordprocessingMLPackage.load(file.toFile());
    } catch (Docx4JException | RuntimeException e) {
      throw new NamndkollException(file + ": not a readable docx template: " + e.getMessage(), e);
    }
  }

  private static List<JaxbXmlPart<?>> parts(WordprocessingMLPackage pkg) {
    List<JaxbXmlPart<?>> parts = new ArrayList<>();
    parts.add(pkg.getMainDocumentPart());
    for (Part p : pkg.getParts().getParts().values()) {
      if (p instanceof HeaderPart || p instanceof FooterPart) {
        parts.add((JaxbXmlPart<?>) p);
      }
    }
    return parts;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void setContents(JaxbXmlPart part, Document dom) throws JAXBException {
    Object o = XmlUtils.unwrap(XmlUtils.unmarshal(dom));
    part.setJaxbElement(o);
  }
}
