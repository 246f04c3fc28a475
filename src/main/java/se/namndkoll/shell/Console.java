package se.namndkoll.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import se.namndkoll.report.Shown;

/**
 * Where commands print: what they produce to standard output, what went wrong to standard error,
 * both in UTF-8 whatever the platform's default, so that JSON and Swedish text reach scripts and
 * terminals intact. Tests give it writers of their own.
 */
public class Console {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  public Console(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  public static Console standard() {
    return new Console(writer(FileDescriptor.out), writer(FileDescriptor.err), System.console() != null);
  }

  private static PrintWriter writer(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }

  /** Prints a command's output on standard output, ending it with a newline. */
  public void print(String text) {
    PrintWriter o = out();
    o.print(text);
    if (!text.endsWith("\n")) {
      o.println();
    }
    o.flush();
  }

  /**
   * Prints one line on standard error, after the program's name; a control character in it (a
   * newline in a file name) is escaped, so that it stays one line.
   */
  public void error(String message) {
    PrintWriter e = err();
    e.println("namndkoll: " + Shown.line(message));
    e.flush();
  }

  /** Where a command's output goes. */
  public PrintWriter writer() {
    return out();
  }

  protected PrintWriter out() {
    return out;
  }

  protected PrintWriter err() {
    return err;
  }

  /**
   * Whether output may carry colour: only to a terminal, and never when the user has set
   * {@code NO_COLOR} (no-color.org).
   */
  public boolean colour() {
    String noColour = System.getenv("NO_COLOR");
    return terminal && (noColour == null || noColour.isEmpty());
  }

  /** Whether the program talks to a person at a terminal (progress bars, prompts). */
  public boolean terminal() {
    return terminal;
  }
}
