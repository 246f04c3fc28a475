package se.namndkoll.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where commands print: standard output in UTF-8, whatever the platform's default, so that JSON
 * and Swedish text reach scripts and terminals intact. Tests give it a writer of their own.
 */
public class Console {

  private final PrintWriter out;

  public Console(PrintWriter out) {
    this.out = out;
  }

  public static Console stdout() {
    return new Console(
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
  }

  public void print(String text) {
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
  }

  public PrintWriter writer() {
    return out;
  }
}
