package se.namndkoll.assemble;

import java.math.BigInteger;
import java.nio.file.Path;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;

/** A Word document in a fictional kommun's house style, for the templates made from one. */
public final class KommunDocuments {

  public static final String LETTERHEAD = "Exempelby kommun, Kommunledningskontoret";
  public static final String ADDRESS = "Stadshuset, Storgatan 1, 123 45 Exempelby, växel 0123-456 00";
  private static final ObjectFactory WML = new ObjectFactory();

  private KommunDocuments() {}

  /**
   * A kommun's letter as Word writes it in Swedish: styles named "Rubrik 1–3" (ids Rubrik1–3) for
   * Word's headings, Garamond as the body font, a letterhead in the header, an address in the footer.
   */
  public static Path write(Path file) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
    MainDocumentPart main = pkg.getMainDocumentPart();
    for (Style s : main.getStyleDefinitionsPart().getJaxbElement().getStyle()) {
      if (s.getName() != null && s.getName().getVal().matches("heading [1-3]")) {
        s.setStyleId("Rubrik" + s.getName().getVal().substring(8));
      }
    }
    RPr defaults = main.getStyleDefinitionsPart().getJaxbElement().getDocDefaults().getRPrDefault().getRPr();
    RFonts fonts = WML.createRFonts();
    fonts.setAscii("Garamond");
    fonts.setHAnsi("Garamond");
    defaults.setRFonts(fonts);
    main.addParagraphOfText("Gammal text som ska bort när mallen görs.");

    SectPr section = pkg.getDocumentModel().getSections().get(0).getSectPr();
    section.getPgMar().setTop(BigInteger.valueOf(1700));
    HeaderPart header = new HeaderPart();
    Hdr hdr = WML.createHdr();
    hdr.getContent().add(main.createParagraphOfText(LETTERHEAD));
    header.setJaxbElement(hdr);
    Relationship h = main.addTargetPart(header);
    HeaderReference hr = WML.createHeaderReference();
    hr.setId(h.getId());
    hr.setType(HdrFtrRef.DEFAULT);
    section.getEGHdrFtrReferences().add(hr);
    FooterPart footer = new FooterPart();
    Ftr ftr = WML.createFtr();
    ftr.getContent().add(main.createParagraphOfText(ADDRESS));
    footer.setJaxbElement(ftr);
    Relationship f = main.addTargetPart(footer);
    FooterReference fr = WML.createFooterReference();
    fr.setId(f.getId());
    fr.setType(HdrFtrRef.DEFAULT);
    section.getEGHdrFtrReferences().add(fr);
    pkg.save(file.toFile());
    return file;
  }
}
