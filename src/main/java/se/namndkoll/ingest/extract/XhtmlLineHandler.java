package se.namndkoll.ingest.extract;

import java.nio.CharBuffer;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler over the XHTML Tika writes for a document: {@code <div class="page">} (the PDF
 * parser) starts a page, the rest goes through {@link BlockMarkup} to a {@link LineCollector}. The
 * {@code <head>} (metadata, title) is skipped.
 *
 * <p>No write limit of its own: the collector counts characters against the extraction limit
 * (Tika's {@code BodyContentHandler} would stop silently at 100,000).
 */
final class XhtmlLineHandler extends DefaultHandler {

  private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style");

  private final LineCollector lines;
  private int skipDepth;

  XhtmlLineHandler(LineCollector lines) {
    this.lines = lines;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    String tag = name(localName, qName);
    if (skipDepth > 0 || SKIPPED.contains(tag)) {
      skipDepth++;
      return;
    }
    if (tag.equals("div") && "page".equals(atts.getValue("class"))) {
      lines.startPage();
      return;
    }
    BlockMarkup.open(tag, lines);
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    BlockMarkup.close(name(localName, qName), lines);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth == 0) {
      lines.text(CharBuffer.wrap(ch, start, length));
    }
  }

  /**
   * Tika writes the line ends inside a PDF paragraph as ignorable white space (a newline), and the
   * same after each block and a tab before each cell; only a newline after text breaks a line.
   */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    if (skipDepth > 0) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      if (ch[i] == '\n') {
        lines.softBreak();
      }
    }
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name.toLowerCase(Locale.ROOT);
  }
}
