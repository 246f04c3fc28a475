package se.namndkoll.shell;

import java.nio.file.Path;
import java.util.Locale;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import se.namndkoll.NamndkollException;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;
import se.namndkoll.report.DocumentJson;
import se.namndkoll.report.DocumentOutline;

/** {@code parse FILE [--format table|json]}: what namndkoll reads out of one document. */
@Command(group = "Read")
public class ParseCommands {

  private final DocumentReader reader;
  private final Console console;

  public ParseCommands(DocumentReader reader, Console console) {
    this.reader = reader;
    this.console = console;
  }

  @Command(command = "parse", description = "Show the structure read out of one document: meeting, agenda, ärenden, sections.")
  public void parse(
      @Positional @Option(longNames = "file", description = "the document (PDF, DOCX, DOC, ODT, RTF, HTML or text; - for "
          + "standard input)", required = true,
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "files") String file,
      @Option(longNames = "format", description = "table (for people) or json (for scripts)", defaultValue = "table")
          @OptionValues(provider = "tableOrJson") String format) {
    Format f = Format.of(format, Format.TABLE, Format.JSON);
    Document document = file.strip().equals("-") ? StandardInput.read(reader) : reader.read(Path.of(file));
    console.print(f == Format.JSON ? DocumentJson.write(document) : DocumentOutline.write(document));
  }

  /** The output formats of the commands. */
  public enum Format {
    TABLE,
    JSON;

    /** The format named, if it is one of those allowed; otherwise a usage error. */
    public static Format of(String name, Format... allowed) {
      for (Format f : allowed) {
        if (f.name().equalsIgnoreCase(name.strip())) {
          return f;
        }
      }
      StringBuilder names = new StringBuilder();
      for (Format f : allowed) {
        names.append(names.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT));
      }
      throw NamndkollException.badUsage("unknown format '" + name + "': use one of " + names);
    }
  }
}
