package se.namndkoll.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.ingest.Seeds;

/**
 * Simple TrueType fonts built without parsing their embedded program ({@link DeferredTrueTypeFont})
 * give the text, widths and everything else that fonts PDFBox builds give.
 */
class DeferredFontTests {

  private static final List<List<String>> PAGES =
      List.of(
          List.of("Tjänsteskrivelse", "Dnr 2026/17", "", "Ärendet i sin helhet",
              "Nämnden föreslås besluta att godkänna rapporten — 12 345 tkr (åäö ÅÄÖ é ü «»)."),
          List.of("Beslutsunderlag", "1. Tjänsteskrivelse daterad 2026-02-14"));

  @TempDir Path dir;

  @Test
  void readsTheSameLinesAsFontsPdfBoxBuilds() throws IOException {
    Path file = PdfFixtures.writeWithSimpleTrueTypeFont(dir.resolve("skrivelse.pdf"), PAGES);

    assertThat(read(file, true)).isEqualTo(read(file, false));
    assertThat(read(file, true).lines()).extracting(RawLine::text).contains("Dnr 2026/17", "Ärendet i sin helhet");
  }

  @Test
  void answersEveryQuestionAsTheFontPdfBoxBuilds() throws IOException {
    Path file = PdfFixtures.writeWithSimpleTrueTypeFont(dir.resolve("skrivelse.pdf"), PAGES);
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      PDResources resources = pdf.getPage(0).getResources();
      COSName name = resources.getFontNames().iterator().next();
      COSObject indirect = (COSObject) resources.getCOSObject().getCOSDictionary(COSName.FONT).getItem(name);

      PDFont deferred = new DeferredFontCache().getFont(indirect);
      PDFont built = PDFontFactory.createFont((COSDictionary) indirect.getObject(), null);

      assertThat(deferred).isInstanceOf(DeferredTrueTypeFont.class);
      assertThat(built).isInstanceOf(PDTrueTypeFont.class).isNotInstanceOf(DeferredTrueTypeFont.class);
      assertThat(deferred.getName()).isEqualTo(built.getName());
      assertThat(deferred.isEmbedded()).isEqualTo(built.isEmbedded());
      assertThat(deferred.getSpaceWidth()).isEqualTo(built.getSpaceWidth());
      assertThat(deferred.getAverageFontWidth()).isEqualTo(built.getAverageFontWidth());
      assertThat(deferred.getBoundingBox().toString()).isEqualTo(built.getBoundingBox().toString());
      assertThat(deferred.getStringWidth("Nämnden")).isEqualTo(built.getStringWidth("Nämnden"));
      PDTrueTypeFont d = (PDTrueTypeFont) deferred;
      PDTrueTypeFont b = (PDTrueTypeFont) built;
      for (int code = 32; code < 256; code++) {
        assertThat(d.toUnicode(code)).as("unicode of %d", code).isEqualTo(b.toUnicode(code));
        assertThat(d.getWidth(code)).as("width of %d", code).isEqualTo(b.getWidth(code));
        assertThat(d.getWidthFromFont(code)).as("program width of %d", code).isEqualTo(b.getWidthFromFont(code));
        assertThat(d.codeToGID(code)).as("glyph of %d", code).isEqualTo(b.codeToGID(code));
        assertThat(d.getHeight(code)).as("height of %d", code).isEqualTo(b.getHeight(code));
      }
      assertThat(d.getTrueTypeFont().getNumberOfGlyphs()).isEqualTo(b.getTrueTypeFont().getNumberOfGlyphs());
    }
  }

  @Test
  void leavesAFontWhoseEncodingIsInItsProgramToPdfBox() {
    COSDictionary descriptor = new COSDictionary();
    descriptor.setInt(COSName.FLAGS, 4);
    descriptor.setItem(COSName.FONT_FILE2, new COSStream());
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
    font.setItem(COSName.FONT_DESC, descriptor);
    font.setItem(COSName.WIDTHS, new org.apache.pdfbox.cos.COSArray());

    assertThat(DeferredTrueTypeFont.of(font)).as("symbolic, no encoding").isNull();

    font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
    font.removeItem(COSName.WIDTHS);
    assertThat(DeferredTrueTypeFont.of(font)).as("no widths").isNull();

    font.setItem(COSName.SUBTYPE, COSName.TYPE1);
    assertThat(DeferredTrueTypeFont.of(font)).as("not TrueType").isNull();
  }

  @Test
  void readsTheRealDocumentsAsBefore() throws IOException {
    Seeds.assumeRealDocuments();
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(Seeds.dir().resolve("real"))) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertThat(pdfs).isNotEmpty();
    for (Path pdf : pdfs) {
      assertThat(read(pdf, true)).as(pdf.getFileName().toString()).isEqualTo(read(pdf, false));
    }
  }

  private static ExtractedText read(Path file, boolean deferFonts) {
    return new PdfReader(deferFonts).read(file, new TypeDetector().detect(file), 10_000_000);
  }
}
