package se.namndkoll.ingest.extract;

import java.awt.geom.GeneralPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;

/**
 * A simple TrueType font of a PDF whose embedded program is parsed only when something asks for
 * it. Text extraction takes a glyph's Unicode from the font's {@code /ToUnicode} map or encoding,
 * and its width from {@code /Widths}, all in the PDF's dictionary; PDFBox nevertheless parses every
 * table of the embedded program when it builds the font, which for a PDF made from Word (ten fonts
 * or so in every document, each with its whole character map) is half of the extraction time.
 *
 * <p>This font is built from a copy of the dictionary whose descriptor names a stand-in program of
 * one empty glyph, so PDFBox builds it at once and never looks for a system font. Every method that
 * reads the program is handed to the font PDFBox builds from the original dictionary, made on first
 * use; what this font answers is therefore what that font answers. Only fonts whose encoding PDFBox
 * reads from the dictionary are deferred ({@link #of}); for the others reading the encoding needs
 * the program, and they are built as PDFBox builds them.
 */
final class DeferredTrueTypeFont extends PDTrueTypeFont {

  private final COSDictionary original;
  private Full full;

  private DeferredTrueTypeFont(COSDictionary original, COSDictionary standIn) throws IOException {
    super(standIn);
    this.original = original;
  }

  /**
   * The font deferred, or {@code null} where it cannot be: not a simple TrueType font with an
   * embedded program, or an encoding PDFBox would read from the program.
   */
  static DeferredTrueTypeFont of(COSBase base) {
    if (!(base instanceof COSDictionary dict) || !COSName.TRUE_TYPE.equals(dict.getCOSName(COSName.SUBTYPE))) {
      return null;
    }
    COSDictionary descriptor = dict.getCOSDictionary(COSName.FONT_DESC);
    if (descriptor == null || !(descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream)
        || !(dict.getDictionaryObject(COSName.WIDTHS) instanceof COSArray) || !encodingInDictionary(dict, descriptor)) {
      return null;
    }
    try {
      COSDictionary standInDescriptor = new COSDictionary(descriptor);
      standInDescriptor.setItem(COSName.FONT_FILE2, StandIn.stream());
      COSDictionary standIn = new COSDictionary(dict);
      standIn.setItem(COSName.FONT_DESC, standInDescriptor);
      return new DeferredTrueTypeFont(dict, standIn);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * True when PDFBox takes the encoding from the font dictionary alone: a named encoding it knows,
   * or differences over a base encoding it knows, or differences in a font that is not symbolic.
   */
  private static boolean encodingInDictionary(COSDictionary dict, COSDictionary descriptor) {
    COSBase encoding = dict.getDictionaryObject(COSName.ENCODING);
    if (encoding instanceof COSName name) {
      return Encoding.getInstance(name) != null && !dict.getNameAsString(COSName.BASE_FONT, "").contains("Dingbats");
    }
    if (encoding instanceof COSDictionary differences) {
      COSName base = differences.getCOSName(COSName.BASE_ENCODING);
      boolean symbolic = (descriptor.getInt(COSName.FLAGS, 0) & 4) != 0;
      return base != null && Encoding.getInstance(base) != null || !symbolic;
    }
    return false;
  }

  /** The font as PDFBox builds it from the original dictionary, embedded program and all. */
  private Full full() throws IOException {
    if (full == null) {
      full = new Full(original);
    }
    return full;
  }

  @Override
  protected Encoding readEncodingFromFont() throws IOException {
    // reached only for an encoding of the program, which {@link #of} leaves to PDFBox
    throw new IOException("the encoding of this font is in its program");
  }

  @Override
  public boolean isEmbedded() {
    return true;
  }

  @Override
  public boolean isDamaged() {
    try {
      return full().isDamaged();
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  public BoundingBox getBoundingBox() throws IOException {
    return getFontDescriptor() != null && getFontDescriptor().getFontBoundingBox() != null
        ? super.getBoundingBox()
        : full().getBoundingBox();
  }

  @Override
  public float getWidthFromFont(int code) throws IOException {
    return full().getWidthFromFont(code);
  }

  @Override
  public float getHeight(int code) throws IOException {
    return full().getHeight(code);
  }

  @Override
  protected byte[] encode(int unicode) throws IOException {
    return full().encodeOne(unicode);
  }

  @Override
  protected Map<Integer, Integer> getGIDToCode() throws IOException {
    return full().gidToCode();
  }

  @Override
  public TrueTypeFont getTrueTypeFont() {
    try {
      return full().getTrueTypeFont();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public FontBoxFont getFontBoxFont() {
    return getTrueTypeFont();
  }

  @Override
  public GeneralPath getPath(int code) throws IOException {
    return full().getPath(code);
  }

  @Override
  public GeneralPath getPath(String name) throws IOException {
    return full().getPath(name);
  }

  @Override
  public GeneralPath getNormalizedPath(int code) throws IOException {
    return full().getNormalizedPath(code);
  }

  @Override
  public boolean hasGlyph(String name) throws IOException {
    return full().hasGlyph(name);
  }

  @Override
  public boolean hasGlyph(int code) throws IOException {
    return full().hasGlyph(code);
  }

  @Override
  public int codeToGID(int code) throws IOException {
    return full().codeToGID(code);
  }

  /** The font PDFBox builds, with the two protected methods this font hands on made reachable. */
  private static final class Full extends PDTrueTypeFont {
    Full(COSDictionary dict) throws IOException {
      super(dict);
    }

    byte[] encodeOne(int unicode) throws IOException {
      return encode(unicode);
    }

    Map<Integer, Integer> gidToCode() throws IOException {
      return getGIDToCode();
    }
  }

  /**
   * The stand-in program: one empty glyph, cut by FontBox's subsetter from the Liberation Sans that
   * PDFBox carries, once per run.
   */
  private static final class StandIn {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] PROGRAM = program();

    static COSStream stream() throws IOException {
      if (PROGRAM == null) {
        throw new IOException("no stand-in font program");
      }
      COSStream stream = new COSStream();
      try (OutputStream out = stream.createOutputStream()) {
        out.write(PROGRAM);
      }
      return stream;
    }

    private static byte[] program() {
      try (InputStream in = PDTrueTypeFont.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IOException(FONT + " is not on the class path");
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        try (font) {
          TTFSubsetter subsetter = new TTFSubsetter(font, List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx"));
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          subsetter.writeToStream(out);
          return out.toByteArray();
        }
      } catch (IOException | RuntimeException e) {
        // every font is then built as PDFBox builds it
        return null;
      }
    }
  }
}
