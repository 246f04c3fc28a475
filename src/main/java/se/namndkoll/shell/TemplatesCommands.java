package se.namndkoll.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import org.springframework.util.FileSystemUtils;
import se.namndkoll.NamndkollException;
import se.namndkoll.assemble.Assembler;
import se.namndkoll.assemble.DocxTemplate;
import se.namndkoll.assemble.DraftChecks;
import se.namndkoll.assemble.HouseStyle;
import se.namndkoll.assemble.Yamls;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.report.Shown;
import se.namndkoll.rules.Compliance;

/** A kommun's own templates: {@code templates new --from kommun.docx}. */
@Command(command = "templates", group = "Write")
public class TemplatesCommands {

  private static final List<String> KINDS = List.of("skrivelse", "tjansteskrivelse", "utdrag", "kallelse");

  private final DocumentReader reader;
  private final ObjectProvider<Compliance> compliance;
  private final NamndkollProperties properties;
  private final Console console;

  public TemplatesCommands(DocumentReader reader, ObjectProvider<Compliance> compliance, NamndkollProperties properties,
      Console console) {
    this.reader = reader;
    this.compliance = compliance;
    this.properties = properties;
    this.console = console;
  }

  @Command(command = "new", description = "Make a template in a kommun's house style: the letterhead, fonts and "
      + "styles of its own Word document, the fields of one of the templates; tried with its example data.")
  public void make(
      @Option(longNames = "from", description = "a Word document (.docx) in the kommun's house style", required = true,
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "files") String from,
      @Option(longNames = "out", description = "the template to write (.docx)", required = true,
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "files") String out,
      @Option(longNames = "kind", description = "skrivelse (default), tjansteskrivelse, utdrag or kallelse",
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "templateKinds") String kind,
      @Option(longNames = "force", description = "write over an existing file", arity = OptionArity.ZERO) boolean force) {
    String k = kind == null || kind.isBlank() ? "skrivelse" : kind.strip().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(k)) {
      throw NamndkollException.badUsage("--kind is one of " + String.join(", ", KINDS) + ", not '" + kind + "'");
    }
    Path outFile = Path.of(out);
    if (!out.toLowerCase(Locale.ROOT).endsWith(".docx")) {
      throw NamndkollException.badUsage("--out names a .docx file, not '" + out + "'");
    }
    if (Files.exists(outFile) && !force) {
      throw new NamndkollException(out + ": the file exists; --force writes over it");
    }
    DocxTemplate template = DocxTemplate.at(properties.templates().resolve(k + ".docx"));
    HouseStyle.make(template, Path.of(from), outFile);
    DocxTemplate made = DocxTemplate.at(outFile);
    console.print("Skrev " + Shown.name(outFile) + ": sidhuvud, sidfot, typsnitt och format från " + Shown.name(Path.of(from))
        + ", fälten från " + k + ".docx (" + String.join(", ", made.fields().stream()
            .filter(f -> !f.contains(":") && !f.equals("nr") && !f.equals("value")).toList()) + ").");
    tryExample(made, k);
  }

  /** Fills the new template with the example data into a draft that is thrown away, and says how it read back. */
  private void tryExample(DocxTemplate made, String kind) {
    Path example = properties.templates().resolve("examples").resolve((kind.equals("tjansteskrivelse") ? "skrivelse" : kind)
        + ".yaml");
    if (kind.equals("kallelse") || !Files.isRegularFile(example)) {
      console.print("Prova mallen med: assemble " + (kind.equals("tjansteskrivelse") ? "skrivelse" : kind)
          + " --template " + made.file() + " …");
      return;
    }
    Map<String, Object> values = Yamls.read(example);
    Path trial = null;
    try {
      trial = Files.createTempDirectory("namndkoll-mall-").resolve("prov.docx");
      Compliance rules = DraftChecks.orDraftChecks(compliance.getIfAvailable(), console::print);
      Assembler.Outcome outcome = new Assembler(reader, rules).assemble(made, values, example.toString(), trial, true);
      console.print("Provfylld med " + Shown.name(example) + " och läst tillbaka: "
          + (outcome.hindrances() == 0 ? "kontrollen fann inga hinder." : outcome.hindrances() + " hinder:"));
      if (outcome.hindrances() > 0) {
        console.print(AssembleCommands.report(outcome, trial).lines().filter(l -> l.startsWith("  "))
            .reduce((a, b) -> a + "\n" + b).orElse(""));
      }
    } catch (IOException e) {
      throw new NamndkollException("cannot try the template: " + e.getMessage(), e);
    } finally {
      if (trial != null) {
        FileSystemUtils.deleteRecursively(trial.getParent().toFile());
      }
    }
  }
}
