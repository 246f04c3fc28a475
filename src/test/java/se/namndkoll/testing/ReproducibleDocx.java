package se.namndkoll.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A written .docx made byte-for-byte reproducible, so that a committed file can be compared with
 * one written anew: the same time on every zip entry, namespace declarations in sorted order.
 */
public final class ReproducibleDocx {

  private static final Pattern XMLNS = Pattern.compile("\\s+xmlns(?::[\\w.-]+)?=\"[^\"]*\"");

  private ReproducibleDocx() {}

  /** The same zip with the time on every entry and its XML parts' namespaces sorted. */
  public static byte[] fixed(byte[] zip, long time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new ByteArrayInputStream(zip);
        ZipInputStream zin = new ZipInputStream(in);
        ZipOutputStream zout = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time);
        zout.putNextEntry(copy);
        byte[] content = zin.readAllBytes();
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          content = sortedNamespaces(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zout.write(content);
        zout.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * The XML with the namespace declarations of its root element in sorted order: the JAXB writer
   * puts them in hash order, which changes from run to run.
   */
  public static String sortedNamespaces(String xml) {
    int start = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    int open = xml.indexOf('<', start);
    int close = xml.indexOf('>', open);
    if (open < 0 || close < 0) {
      return xml;
    }
    String tag = xml.substring(open, close);
    Matcher m = XMLNS.matcher(tag);
    List<String> decls = new ArrayList<>();
    while (m.find()) {
      decls.add(m.group().strip());
    }
    if (decls.size() < 2) {
      return xml;
    }
    Collections.sort(decls);
    String bare = XMLNS.matcher(tag).replaceAll("");
    boolean selfClosing = bare.endsWith("/");
    if (selfClosing) {
      bare = bare.substring(0, bare.length() - 1);
    }
    int nameEnd = bare.length();
    for (int i = 1; i < bare.length(); i++) {
      if (Character.isWhitespace(bare.charAt(i))) {
        nameEnd = i;
        break;
      }
    }
    String rebuilt = bare.substring(0, nameEnd) + " " + String.join(" ", decls)
        + bare.substring(nameEnd) + (selfClosing ? "/" : "");
    return xml.substring(0, open) + rebuilt + xml.substring(close);
  }
}
