package se.namndkoll.ingest.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.model.table.TblFactory;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/** Office files written for the tests: DOCX with docx4j, ODT as the zip it is. */
final class OfficeFixtures {

  private OfficeFixtures() {}

  /** One part of a Word document: a heading, a paragraph or a table. */
  sealed interface Block permits Heading, Paragraph, Table {}

  record Heading(String text) implements Block {}

  record Paragraph(String text) implements Block {}

  record Table(List<List<String>> rows) implements Block {}

  static Path docx(Path file, List<Block> blocks) throws Docx4JException {
    WordprocessingMLPackage word = WordprocessingMLPackage.createPackage();
    MainDocumentPart body = word.getMainDocumentPart();
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        body.addStyledParagraphOfText("Heading1", h.text());
      } else if (block instanceof Paragraph p) {
        body.addParagraphOfText(p.text());
      } else if (block instanceof Table t) {
        body.getContent().add(table(body, t.rows()));
      }
    }
    word.save(file.toFile());
    return file;
  }

  private static Tbl table(MainDocumentPart body, List<List<String>> rows) {
    int columns = rows.get(0).size();
    Tbl table = TblFactory.createTable(rows.size(), columns, 9000 / columns);
    for (int r = 0; r < rows.size(); r++) {
      Tr row = (Tr) XmlUtils.unwrap(table.getContent().get(r));
      for (int c = 0; c < columns; c++) {
        Tc cell = (Tc) XmlUtils.unwrap(row.getContent().get(c));
        cell.getContent().clear();
        cell.getContent().add(body.createParagraphOfText(rows.get(r).get(c)));
      }
    }
    return table;
  }

  /** An OpenDocument text file: the mimetype entry first and stored, then manifest and content. */
  static Path odt(Path file, String contentXml) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      add(zip, "META-INF/manifest.xml", MANIFEST);
      add(zip, "content.xml", contentXml);
    }
    return file;
  }

  private static void add(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String MANIFEST =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
          manifest:version="1.2">
        <manifest:file-entry manifest:full-path="/"
            manifest:media-type="application/vnd.oasis.opendocument.text"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
      </manifest:manifest>
      """;
}
