package se.namndkoll.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import se.namndkoll.index.SearchRequest;
import se.namndkoll.NamndkollException;
import se.namndkoll.check.CheckRequest;
import se.namndkoll.check.CheckService;
import se.namndkoll.index.SolrSweep;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;
import se.namndkoll.report.findings.FindingFormat;
import se.namndkoll.report.findings.FindingReports;
import se.namndkoll.report.findings.ReportOptions;
import se.namndkoll.check.Review;
import se.namndkoll.check.Reviews;
import se.namndkoll.rules.RulesCompliance;

/** The sweep: {@code check}, and {@code review} to mark a finding as seen. */
@Command(group = "Check")
public class CheckCommands {

  private final DocumentReader reader;
  private final RulesCompliance rules;
  private final NamndkollProperties properties;
  private final Console console;

  public CheckCommands(DocumentReader reader, RulesCompliance rules, NamndkollProperties properties, Console console) {
    this.reader = reader;
    this.rules = rules;
    this.properties = properties;
    this.console = console;
  }

  @Command(command = "check", description = "Run every rule over files and folders (or, without paths, the whole archive) "
      + "and report the findings with their evidence.")
  public void check(
      @Positional @Option(longNames = "paths", description = "files and folders to check; none for the whole archive",
          arity = OptionArity.ZERO_OR_MORE) @OptionValues(provider = "files") String[] paths,
      @Option(longNames = "namnd", description = "only this nämnd (name or Dnr prefix)") String namnd,
      @Option(longNames = "from", description = "meetings from this date (YYYY-MM-DD or YYYY)") String from,
      @Option(longNames = "to", description = "meetings up to this date (YYYY-MM-DD or YYYY)") String to,
      @Option(longNames = "rule", description = "only these rule ids (BKA-MISSING …)", arity = OptionArity.ZERO_OR_MORE)
          @OptionValues(provider = "ruleIds") String[] rule,
      @Option(longNames = "min-severity", description = "info, warning or error", defaultValue = "info")
          @OptionValues(provider = "severities") String minSeverity,
      @Option(longNames = "fail-on", description = "exit with status 3 when a finding of this severity or worse is found "
          + "(warning or error), for CI jobs") @OptionValues(provider = "severities") String failOn,
      @Option(longNames = "format", description = "table, json, csv, xlsx, html, sarif or pdf", defaultValue = "table")
          @OptionValues(provider = "findingFormats") String format,
      @Option(longNames = "out", description = "write the report to this file (needed for xlsx and pdf)") String out,
      @Option(longNames = "baseline", description = "an earlier run's JSON or SARIF: mark findings new or known")
          String baseline,
      @Option(longNames = "reviews", description = "the file of reviewed findings (default .namndkoll/reviews.yaml)")
          String reviews,
      @Option(longNames = "index", description = "the index folder, when checking the archive") String index,
      @Option(longNames = "solr", description = "a SolrCloud's zkHost or a node's address, to check the archive there "
          + "nämnd by nämnd (default $NAMNDKOLL_SOLR)") String solr,
      @Option(longNames = "collection", description = "the SolrCloud collection", defaultValue = "namndkoll")
          String collection,
      @Option(longNames = "rules", description = "the rules folder (default rules/ or $NAMNDKOLL_RULES)") String rulesDir,
      @Option(longNames = "kommun", description = "judge every document by this kommun's profile in rules/kommuner "
          + "(default: the profile each document names); with --solr, check only this kommun's documents") String kommun,
      @Option(longNames = "conclusions", description = "the revisor's own conclusions, for the report") String conclusions,
      @Option(longNames = "conclusions-file", description = "a text file with the revisor's conclusions, for the report")
          String conclusionsFile,
      @Option(longNames = "revisor", description = "who runs the check, as the report names them (default the user name)")
          String revisor) {
    FindingFormat f = FindingFormat.of(format)
        .orElseThrow(() -> NamndkollException.badUsage("unknown format '" + format + "': use one of " + FindingFormat.ids()));
    if (f.isBinary() && (out == null || out.isBlank())) {
      throw NamndkollException.badUsage(f.id() + " is written to a file: give --out FILE." + f.extension());
    }
    Severity failAt = failOn == null || failOn.isBlank() ? null : Severity.of(failOn)
        .orElseThrow(() -> NamndkollException.badUsage("--fail-on takes info, warning or error, not '" + failOn + "'"));
    Severity min = Severity.of(minSeverity)
        .orElseThrow(() -> NamndkollException.badUsage("--min-severity takes info, warning or error, not '" + minSeverity + "'"));
    List<Path> targets = paths == null ? List.of() : Arrays.stream(paths).map(Path::of).toList();
    RulesCompliance compliance = compliance(rulesDir);
    CheckRequest request = new CheckRequest(targets, properties.index(index), namnd,
        SearchRequest.day(from, "--from", false), SearchRequest.day(to, "--to", true), ruleIds(rule), min,
        baseline == null ? null : Path.of(baseline), reviewsFile(reviews), properties.rules(rulesDir), kommun,
        revisor != null && !revisor.isBlank() ? revisor.strip() : System.getProperty("user.name"),
        CheckService.conclusions(conclusions, conclusionsFile == null ? null : Path.of(conclusionsFile)),
        List.copyOf(compliance.policy().disabled()));
    String zkHost = properties.solr(index, solr);
    // on a national collection --kommun picks the kommun's files; its profile judges them where there is one
    boolean profiled = zkHost.isEmpty() || !targets.isEmpty() || compliance.hasProfile(kommun);
    CheckService service = new CheckService(reader, profiled ? compliance.forKommun(kommun) : compliance);
    if (!zkHost.isEmpty() && !targets.isEmpty() && solr != null && !solr.isBlank()) {
      throw NamndkollException.badUsage("--solr checks the archive there: give no paths with it");
    }
    CheckService.Outcome outcome = zkHost.isEmpty() || !targets.isEmpty() ? service.check(request, ZonedDateTime.now())
        : service.check(request, new SolrSweep(zkHost, collection, kommun, namnd, 2), List.of(), ZonedDateTime.now());
    ReportOptions options = ReportOptions.DEFAULTS.withColour(f == FindingFormat.TABLE && out == null && console.colour());
    if (out == null || out.isBlank()) {
      console.print(FindingReports.text(f, outcome.findings(), outcome.context(), options));
    } else {
      write(f, outcome, options, Path.of(out));
    }
    failIfFound(outcome.findings(), failAt);
  }

  /** {@code --fail-on}: the exit status a CI job tests, after the report is out. */
  private static void failIfFound(List<Finding> findings, Severity failAt) {
    if (failAt == null) {
      return;
    }
    long found = findings.stream().filter(x -> x.severity().compareTo(failAt) >= 0).count();
    if (found > 0) {
      throw new NamndkollException(found + (found == 1 ? " finding" : " findings") + " of severity " + failAt.id()
          + " or worse (--fail-on " + failAt.id() + ")", NamndkollException.FINDINGS_FOUND, null);
    }
  }

  private void write(FindingFormat f, CheckService.Outcome outcome, ReportOptions options, Path file) {
    try (OutputStream o = Files.newOutputStream(file)) {
      FindingReports.write(f, outcome.findings(), outcome.context(), options, o);
    } catch (IOException e) {
      throw new NamndkollException(file + ": cannot write the report (" + e.getMessage() + ")", e);
    }
    console.print(FindingReports.count(outcome.findings()) + " findings written to " + file);
  }

  @Command(command = "review", description = "Mark a finding as reviewed, with a comment, so later sweeps leave it out "
      + "until its evidence changes (--undo takes the mark back).")
  public void review(
      @Positional @Option(longNames = "fingerprint", description = "the finding's fingerprint, as the JSON, CSV or HTML report shows it",
          required = true, arity = OptionArity.EXACTLY_ONE) String fingerprint,
      @Option(longNames = "comment", description = "why it needs no action") String comment,
      @Option(longNames = "reviewer", description = "who reviewed it (default the user name)") String reviewer,
      @Option(longNames = "undo", description = "take the review back", arity = OptionArity.ZERO) boolean undo,
      @Option(longNames = "paths", description = "the files the finding came from; none for the archive",
          arity = OptionArity.ZERO_OR_MORE) @OptionValues(provider = "files") String[] paths,
      @Option(longNames = "reviews", description = "the file of reviewed findings (default .namndkoll/reviews.yaml)")
          String reviewsOption,
      @Option(longNames = "index", description = "the index folder") String index,
      @Option(longNames = "rules", description = "the rules folder") String rulesDir) {
    Path file = reviewsFile(reviewsOption);
    Reviews reviews = Reviews.load(file);
    String fp = fingerprint.strip();
    if (undo) {
      if (!reviews.unmark(fp)) {
        throw new NamndkollException("no review of " + fp + " in " + file);
      }
      reviews.save(file);
      console.print("Review of " + fp + " taken back.");
      return;
    }
    if (comment == null || comment.isBlank()) {
      throw NamndkollException.badUsage("a review needs --comment: why the finding needs no action");
    }
    List<Path> targets = paths == null ? List.of() : Arrays.stream(paths).map(Path::of).toList();
    CheckRequest request = new CheckRequest(targets, properties.index(index), null, null, null, Set.of(), Severity.INFO, null, null);
    Finding finding = new CheckService(reader, compliance(rulesDir)).check(request, ZonedDateTime.now()).findings().stream()
        .filter(x -> x.fingerprint().equals(fp)).findFirst()
        .orElseThrow(() -> new NamndkollException("no finding with fingerprint " + fp
            + (targets.isEmpty() ? " in the archive" : " under " + String.join(", ", paths))));
    String who = reviewer != null && !reviewer.isBlank() ? reviewer : System.getProperty("user.name", "okänd");
    Review r = reviews.mark(finding, comment, who, LocalDate.now());
    reviews.save(file);
    console.print("Reviewed " + r.rule() + (r.dnr() == null ? "" : " " + r.dnr()) + " (" + fp + "); " + file + " holds "
        + reviews.size() + " reviews.");
  }

  /** The rules, compiled before any file is read, so a broken rule file stops the sweep at once. */
  private RulesCompliance compliance(String rulesDir) {
    return (rulesDir == null || rulesDir.isBlank() ? rules : new RulesCompliance(properties.rules(rulesDir))).load();
  }


  private static Path reviewsFile(String option) {
    return option == null || option.isBlank() ? Reviews.DEFAULT_FILE : Path.of(option);
  }

  private static Set<String> ruleIds(String[] rule) {
    Set<String> ids = new LinkedHashSet<>();
    if (rule != null) {
      for (String r : rule) {
        for (String id : r.split(",")) {
          if (!id.isBlank()) {
            ids.add(id.strip().toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return ids;
  }
}
