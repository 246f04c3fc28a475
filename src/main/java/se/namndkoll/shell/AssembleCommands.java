package se.namndkoll.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.ArgumentCompleter;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import se.namndkoll.NamndkollException;
import se.namndkoll.index.SolrArchiveFiles;
import se.namndkoll.model.Dnr;
import se.namndkoll.assemble.ArchiveLookup;
import se.namndkoll.assemble.Assembler;
import se.namndkoll.assemble.DocxTemplate;
import se.namndkoll.assemble.DraftChecks;
import se.namndkoll.assemble.Kallelser;
import se.namndkoll.assemble.PdfConverter;
import se.namndkoll.assemble.Wizard;
import se.namndkoll.assemble.Yamls;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;
import se.namndkoll.report.Shown;
import se.namndkoll.rules.Compliance;

/** Writing documents from the templates: {@code assemble skrivelse}, {@code utdrag}, {@code kallelse}. */
@Command(command = "assemble", group = "Write")
public class AssembleCommands {

  private final DocumentReader reader;
  private final ObjectProvider<Compliance> compliance;
  private final NamndkollProperties properties;
  private final Console console;
  private final ObjectProvider<Terminal> terminal;

  public AssembleCommands(DocumentReader reader, ObjectProvider<Compliance> compliance, NamndkollProperties properties,
      Console console, ObjectProvider<Terminal> terminal) {
    this.reader = reader;
    this.compliance = compliance;
    this.properties = properties;
    this.console = console;
    this.terminal = terminal;
  }

  @Command(command = "skrivelse", description = "Write a nämndskrivelse from a YAML data file (or, in the shell, "
      + "by answering field by field), checked by the rules before it is written.")
  public void skrivelse(
      @Option(longNames = "data", description = "the data file (YAML); without it the shell asks field by field")
          @OptionValues(provider = "files") String data,
      @Option(longNames = "template", description = "the template (default skrivelse.docx in the templates folder)")
          @OptionValues(provider = "files") String template,
      @Option(longNames = "out", description = "the document to write (.docx)", required = true,
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "files") String out,
      @Option(longNames = "save", description = "where the wizard saves its answers (default: beside --out, .yaml)")
          String save,
      @Option(longNames = "index", description = "the archive whose nämnder, Dnr and recipients the wizard offers")
          String index,
      @Option(longNames = "force", description = "write even when the check finds errors, and over an existing file",
          arity = OptionArity.ZERO) boolean force,
      @Option(longNames = "pdf", description = "also write a PDF (needs LibreOffice)", arity = OptionArity.ZERO) boolean pdf) {
    Path outFile = docx(out);
    Map<String, Object> values;
    String dataName;
    if (data == null || data.isBlank()) {
      if (System.console() == null || terminal.getIfAvailable() == null) {
        throw NamndkollException.badUsage("assemble skrivelse needs --data FILE.yaml when not run in an interactive shell");
      }
      Path archive = properties.index(index);
      console.print(Wizard.HELP);
      values = Wizard.skrivelse(prompter(terminal.getObject()), ArchiveLookup.open(archive), LocalDate.now(),
          template(template, "skrivelse.docx").fields());
      Path saved = save == null || save.isBlank()
          ? outFile.resolveSibling(outFile.getFileName().toString().replaceFirst("(?i)\\.docx$", "") + ".yaml")
          : Path.of(save);
      write(saved, Yamls.write(values));
      console.print("Svaren sparades i " + saved);
      dataName = saved.toString();
    } else {
      values = Yamls.read(Path.of(data));
      dataName = data;
    }
    assemble(template(template, "skrivelse.docx"), values, dataName, outFile, force, pdf);
  }

  @Command(command = "utdrag", description = "Write a protokollsutdrag of one ärende from the archive "
      + "(--dnr and --meeting), or from a complete data file.")
  public void utdrag(
      @Option(longNames = "dnr", description = "the ärende's registry number") String dnr,
      @Option(longNames = "meeting", description = "the date of the meeting (YYYY-MM-DD)") String meeting,
      @Option(longNames = "index", description = "the index folder (default .namndkoll/index or $NAMNDKOLL_INDEX)")
          String index,
      @Option(longNames = "solr", description = "a SolrCloud's zkHost or a node's address, to take the ärende from "
          + "there (default $NAMNDKOLL_SOLR)") String solr,
      @Option(longNames = "collection", description = "the SolrCloud collection", defaultValue = "namndkoll")
          String collection,
      @Option(longNames = "data", description = "values the archive lacks (kommun, justerare, justeringsdatum …)")
          @OptionValues(provider = "files") String data,
      @Option(longNames = "template", description = "the template (default utdrag.docx in the templates folder)")
          @OptionValues(provider = "files") String template,
      @Option(longNames = "out", description = "the document to write (.docx)", required = true,
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "files") String out,
      @Option(longNames = "force", description = "write even when the check finds errors, and over an existing file",
          arity = OptionArity.ZERO) boolean force,
      @Option(longNames = "pdf", description = "also write a PDF (needs LibreOffice)", arity = OptionArity.ZERO) boolean pdf) {
    Path outFile = docx(out);
    boolean fromArchive = dnr != null && !dnr.isBlank();
    if (!fromArchive && (data == null || data.isBlank())) {
      throw NamndkollException.badUsage("assemble utdrag needs --dnr and --meeting (from the archive) or --data FILE.yaml");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    if (fromArchive) {
      if (meeting == null || meeting.isBlank()) {
        throw NamndkollException.badUsage("assemble utdrag --dnr needs --meeting DATE as well");
      }
      LocalDate day = date(meeting, "--meeting");
      String zkHost = properties.solr(index, solr);
      ArchiveLookup archive = zkHost.isEmpty() ? ArchiveLookup.open(properties.index(index)) : solrArchive(zkHost,
          collection, dnr, day);
      values.putAll(archive.utdrag(dnr, day));
    }
    String dataName = "the archive";
    if (data != null && !data.isBlank()) {
      values.putAll(Yamls.read(Path.of(data)));
      dataName = data;
    } else if (fromArchive) {
      dataName = "the archive's ärende " + dnr + " (give what it lacks with --data)";
    }
    assemble(template(template, "utdrag.docx"), values, dataName, outFile, force, pdf);
  }

  @Command(command = "kallelse", description = "Write a kallelse with its numbered ärendelista (standing items first, "
      + "Dnr and sekretess marks) from a YAML file of items.")
  public void kallelse(
      @Option(longNames = "namnd", description = "the nämnd that meets", required = true,
          arity = OptionArity.EXACTLY_ONE) String namnd,
      @Option(longNames = "date", description = "the date of the meeting (YYYY-MM-DD)", required = true,
          arity = OptionArity.EXACTLY_ONE) String date,
      @Option(longNames = "items", description = "the meeting and its ärenden (YAML)", required = true,
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "files") String items,
      @Option(longNames = "template", description = "the template (default kallelse.docx in the templates folder)")
          @OptionValues(provider = "files") String template,
      @Option(longNames = "out", description = "the document to write (.docx)", required = true,
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "files") String out,
      @Option(longNames = "force", description = "write even when the check finds errors, and over an existing file",
          arity = OptionArity.ZERO) boolean force,
      @Option(longNames = "pdf", description = "also write a PDF (needs LibreOffice)", arity = OptionArity.ZERO) boolean pdf) {
    Path outFile = docx(out);
    Map<String, Object> values = Kallelser.values(namnd.strip(), date(date, "--date"), Yamls.read(Path.of(items)), items,
        LocalDate.now());
    assemble(template(template, "kallelse.docx"), values, items, outFile, force, pdf);
  }

  private void assemble(DocxTemplate template, Map<String, Object> values, String dataName, Path out, boolean force,
      boolean pdf) {
    Compliance rules = DraftChecks.orDraftChecks(compliance.getIfAvailable(), console::print);
    Assembler.Outcome outcome = new Assembler(reader, rules).assemble(template, values, dataName, out, force);
    outcome.notes().forEach(note -> console.print("Obs: " + Shown.line(note)));
    console.print(report(outcome, out));
    if (!outcome.written()) {
      throw new NamndkollException(out + " was not written: the draft has " + count(outcome.hindrances(), "problem")
          + " listed above (--force writes it anyway)");
    }
    if (pdf) {
      PdfConverter.Result result = PdfConverter.convert(out);
      if (result instanceof PdfConverter.Result.Written w) {
        console.print("PDF skriven: " + w.pdf());
      } else if (result instanceof PdfConverter.Result.Failed f) {
        console.print("Ingen PDF skrevs: " + f.reason());
      } else {
        console.print("Ingen PDF skrevs: LibreOffice (soffice) är inte installerat. Dokumentet " + out + " är skrivet.");
      }
    }
  }

  /** The check's findings in Swedish, and what was written or overridden. */
  static String report(Assembler.Outcome outcome, Path out) {
    StringBuilder s = new StringBuilder();
    List<Finding> shown = outcome.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    if (shown.isEmpty() && outcome.fieldProblems().isEmpty()) {
      s.append("Kontrollen fann inga fel eller varningar.\n");
    } else {
      long warnings = shown.size() - outcome.blocking().size();
      s.append("Kontrollen av utkastet: ").append(outcome.hindrances()).append(" hinder, ")
          .append(warnings).append(warnings == 1 ? " varning" : " varningar").append('\n');
      for (String problem : outcome.fieldProblems()) {
        s.append("  HINDER   ").append(String.format(Locale.ROOT, "%-22s", "FÄLT")).append(Shown.line(problem)).append('\n');
      }
      for (Finding f : shown) {
        String label = Assembler.blocks(f) ? "HINDER " : "VARNING";
        s.append("  ").append(label).append("  ").append(String.format(Locale.ROOT, "%-22s", f.rule()))
            .append(f.message());
        if (f.evidence() != null && !f.evidence().isBlank() && f.rule().equals("PLACEHOLDER-LEFT")) {
          s.append(" (\u201d").append(abbreviate(f.evidence().replaceAll("\\s+", " "))).append("\u201d)");
        }
        s.append('\n');
      }
    }
    if (outcome.written()) {
      if (outcome.hindrances() > 0) {
        List<String> overridden = new ArrayList<>(outcome.blocking().stream().map(Finding::rule).distinct().toList());
        if (!outcome.fieldProblems().isEmpty()) {
          overridden.add("FÄLT");
        }
        s.append("Skrevs trots ").append(outcome.hindrances() == 1 ? "hindret" : "hindren").append(" (--force): ")
            .append(String.join(", ", overridden)).append('\n');
      }
      s.append("Skrev ").append(Shown.name(out)).append('\n');
    }
    return s.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "…";
  }

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private DocxTemplate template(String option, String standard) {
    return DocxTemplate.at(option == null || option.isBlank() ? properties.templates().resolve(standard) : Path.of(option));
  }

  private static Path docx(String out) {
    if (!out.toLowerCase(Locale.ROOT).endsWith(".docx")) {
      throw NamndkollException.badUsage("--out names a .docx file, not '" + out + "'");
    }
    return Path.of(out);
  }

  /** The documents of a SolrCloud collection that hold the ärende; none is an error that says where. */
  private static ArchiveLookup solrArchive(String zkHost, String collection, String dnr, LocalDate day) {
    Dnr number = Dnr.parse(dnr)
        .orElseThrow(() -> NamndkollException.badUsage("--dnr takes a registry number, not '" + dnr + "'"));
    List<se.namndkoll.model.Document> documents = SolrArchiveFiles.withArende(zkHost, collection, number, day);
    if (documents.isEmpty()) {
      throw new NamndkollException("no ärende " + number.full() + " at a meeting on " + day + " in " + collection
          + " on " + zkHost);
    }
    return ArchiveLookup.of(documents);
  }

  private static LocalDate date(String value, String option) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw NamndkollException.badUsage(option + " takes a date (YYYY-MM-DD), not '" + value + "'");
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  private Wizard.Prompter prompter(Terminal terminal) {
    ExternalEditor editor = new ExternalEditor(System.getenv(), console::print);
    return new Wizard.Prompter() {
      @Override
      public String ask(String prompt, List<String> completions, String defaultValue) {
        // the whole answer is one word, so that Tab completes names with spaces ("Individ- och …")
        LineReader reader = LineReaderBuilder.builder().terminal(terminal)
            .parser((line, cursor, context) -> new ArgumentCompleter.ArgumentLine(line, cursor))
            .completer(new StringsCompleter(completions)).build();
        String shown = prompt + (defaultValue == null ? "" : " [" + defaultValue + "]") + ": ";
        try {
          return reader.readLine(shown);
        } catch (UserInterruptException | EndOfFileException e) {
          throw new NamndkollException("the wizard was stopped; nothing was written");
        }
      }

      @Override
      public String edit(String text) {
        return editor.edit(text, terminal::pause, () -> {
          try {
            terminal.resume();
          } catch (RuntimeException e) {
            // a terminal that cannot resume its reader still reads the next answer
          }
        });
      }
    };
  }

}
