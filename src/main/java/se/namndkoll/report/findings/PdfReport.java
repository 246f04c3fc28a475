package se.namndkoll.report.findings;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The HTML report printed to PDF on A4: the same sections, the scope in the header of every page
 * and "Sida N av M" at its foot (the HTML's CSS paged media), laid out by openhtmltopdf on PDFBox;
 * the charts drawn as boxes, since the renderer draws no SVG. The text is set in Liberation Sans,
 * the font PDFBox carries, so that every Swedish letter and sign of a quote prints. Unlike the other
 * formats, two runs do not give the same bytes: a PDF carries the time it was made.
 */
final class PdfReport {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  static {
    // the renderer's own logger writes to standard error; its warnings go to the program's log instead
    com.openhtmltopdf.util.XRLog.setLoggerImpl(new com.openhtmltopdf.util.JDKXRLogger(true,
        java.util.logging.Level.WARNING, new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {}

          @Override
          public void flush() {}

          @Override
          public void close() {}
        }, new java.util.logging.SimpleFormatter()));
  }

  void write(Prepared p, OutputStream out) throws IOException {
    String html = new HtmlReport(true).write(p);
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(dom, null);
    for (int weight : new int[] {400, 700}) {
      for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
        builder.useFont(PdfReport::font, "Liberation Sans", weight, style, true);
      }
    }
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IOException("the PDF report could not be laid out: " + e.getMessage(), e);
    }
  }

  private static InputStream font() {
    InputStream in = PdfReport.class.getResourceAsStream(FONT);
    if (in == null) {
      throw new IllegalStateException("PDFBox's font " + FONT + " is missing from the class path");
    }
    return in;
  }
}
