package se.namndkoll.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The user's own editor for a long text of the wizard: {@code $VISUAL}, else {@code $EDITOR} (a
 * command with its options, "code --wait"), opened on a temporary file that holds the text so far,
 * the text read back when the editor ends. The terminal is handed over to the editor while it runs.
 */
final class ExternalEditor {

  private final Map<String, String> environment;
  private final Consumer<String> say;

  ExternalEditor(Map<String, String> environment, Consumer<String> say) {
    this.environment = environment;
    this.say = say;
  }

  /**
   * The text as the user left it in the editor; {@code null} (and a line saying why) where there is
   * no editor, it could not be started, or it ended with an error.
   *
   * @param pause called before the editor starts (the terminal let go of)
   * @param resume called when it has ended
   */
  String edit(String text, Runnable pause, Runnable resume) {
    String command = first(environment.get("VISUAL"), environment.get("EDITOR"));
    if (command == null) {
      say.accept("Ingen editor är vald: sätt $EDITOR (eller $VISUAL). Skriv texten här i stället.");
      return null;
    }
    Path file = null;
    try {
      file = Files.createTempFile("namndkoll-", ".txt");
      Files.writeString(file, text == null ? "" : text, StandardCharsets.UTF_8);
      List<String> words = new ArrayList<>(Arrays.asList(command.strip().split("\\s+")));
      words.add(file.toString());
      pause.run();
      int status;
      try {
        status = new ProcessBuilder(words).inheritIO().start().waitFor();
      } finally {
        resume.run();
      }
      if (status != 0) {
        say.accept("Editorn (" + command + ") slutade med status " + status + "; texten skrivs här i stället.");
        return null;
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      say.accept("Editorn (" + command + ") kunde inte öppnas: " + e.getMessage() + ". Skriv texten här i stället.");
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
