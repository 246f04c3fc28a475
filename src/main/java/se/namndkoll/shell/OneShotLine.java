package se.namndkoll.shell;

import java.util.List;

/**
 * The command line of a one-shot run, as the shell's parser reads it. The program's arguments come
 * already split by the calling shell; each is passed on whole, in double quotes with its own quotes
 * and backslashes escaped, so that a quote inside one ({@code search 'placering "av barn' --index
 * DIR}) stays in that argument and cannot swallow the options after it.
 */
public final class OneShotLine {

  private OneShotLine() {}

  /** The one command line of the arguments, or none when there are none. */
  public static List<String> of(String[] args) {
    if (args == null || args.length == 0) {
      return List.of();
    }
    StringBuilder line = new StringBuilder();
    for (String arg : args) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(quoted(arg));
    }
    return List.of(line.toString());
  }

  static String quoted(String arg) {
    return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
