package se.namndkoll.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FieldFillerTests {

  private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  private static Document dom(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    String xml = "<w:document " + NS + "><w:body>" + body + "</w:body></w:document>";
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document d) {
    StringBuilder s = new StringBuilder();
    for (var p : FieldFiller.elements(d.getDocumentElement(), "p")) {
      s.append(p.getTextContent()).append('\n');
    }
    return s.toString();
  }

  private static String p(String... inlines) {
    return "<w:p>" + String.join("", inlines) + "</w:p>";
  }

  private static String t(String s) {
    return "<w:r><w:t xml:space=\"preserve\">" + s + "</w:t></w:r>";
  }

  /** A merge field as the templates hold it, showing «name». */
  private static String f(String name) {
    return "<w:fldSimple w:instr=\" MERGEFIELD " + name + " \\* MERGEFORMAT \"><w:r><w:t>\u00ab" + name
        + "\u00bb</w:t></w:r></w:fldSimple>";
  }

  private static Map<String, Object> data(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void repeatsAParagraphPerItemWithItsNumber() throws Exception {
    Document d = dom(p(t("Beslutsunderlag")) + p(f("TableStart:lista"), f("nr"),
        t(". "), f("value"), f("TableEnd:lista")));
    FieldFiller filler = new FieldFiller();
    filler.fill(d, FieldValues.of(data("lista", List.of("Ett", "Två"))));
    assertThat(filler.missing()).isEmpty();
    assertThat(text(d)).isEqualTo("Beslutsunderlag\n1. Ett\n2. Två\n");
  }

  @Test
  void anOptionalSectionAroundARepeatKeepsTheRepeatWhole() throws Exception {
    Document d = dom(p(f("IfStart:lista")) + p(t("Beslutsunderlag"))
        + p(f("TableStart:lista"), f("nr"), t(". "), f("value"),
            f("TableEnd:lista"))
        + p(f("IfEnd:lista")) + p(t("Slut")));
    FieldFiller filler = new FieldFiller();
    filler.fill(d, FieldValues.of(data("lista", List.of("Ett", "Två"))));
    assertThat(filler.missing()).isEmpty();
    assertThat(text(d)).isEqualTo("Beslutsunderlag\n1. Ett\n2. Två\nSlut\n");
  }

  @Test
  void anOptionalSectionWithoutDataGoesAway() throws Exception {
    Document d = dom(p(t("Före")) + p(f("IfStart:sammanfattning")) + p(t("Sammanfattning"))
        + p(f("sammanfattning")) + p(f("IfEnd:sammanfattning")) + p(t("Efter")));
    FieldFiller filler = new FieldFiller();
    filler.fill(d, FieldValues.of(data("sammanfattning", " ")));
    assertThat(filler.missing()).isEmpty();
    assertThat(text(d)).isEqualTo("Före\nEfter\n");
  }

  @Test
  void anOptionalPartWithinAParagraphIsKeptOrDroppedAlone() throws Exception {
    String item = p(f("TableStart:arenden"), f("nr"), t(". "),
        f("rubrik"), f("IfStart:sekretess"), t(" (sekretess)"),
        f("IfEnd:sekretess"), f("TableEnd:arenden"));
    Document d = dom(item);
    FieldFiller filler = new FieldFiller();
    filler.fill(d, FieldValues.of(data("arenden", List.of(data("rubrik", "Öppet"),
        data("rubrik", "Stängt", "sekretess", true)))));
    assertThat(filler.missing()).isEmpty();
    assertThat(text(d)).isEqualTo("1. Öppet\n2. Stängt (sekretess)\n");
  }

  @Test
  void aValueOfSeveralLinesBecomesParagraphsAndMissingFieldsAreNamed() throws Exception {
    Document d = dom(p(f("arendet")) + p(t("Dnr "), f("dnr"))
        + p(f("handlaggare.namn")));
    FieldFiller filler = new FieldFiller();
    filler.fill(d, FieldValues.of(data("arendet", "Första stycket.\n\nAndra stycket.\n")));
    assertThat(text(d)).startsWith("Första stycket.\nAndra stycket.\nDnr «dnr»\n");
    assertThat(filler.missing()).containsExactly("dnr", "handlaggare.namn");
  }

  @Test
  void aComplexFieldSplitOverRunsIsFilledInTheFormattingOfItsResult() throws Exception {
    String split = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> MERGE</w:instrText></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\">FIELD  dn</w:instrText></w:r>"
        + "<w:r><w:instrText>r </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:rPr><w:rFonts w:ascii=\"Garamond\"/></w:rPr><w:t>«dnr»</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    Document d = dom(p(t("Dnr "), split));
    FieldFiller filler = new FieldFiller();
    filler.fill(d, FieldValues.of(data("dnr", "KFN 2026-00042")));
    assertThat(text(d)).isEqualTo("Dnr KFN 2026-00042\n");
    assertThat(FieldFiller.elements(d.getDocumentElement(), "rFonts")).hasSize(1);
  }
}
