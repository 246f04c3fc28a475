package se.namndkoll.shell;

import java.nio.file.Path;
import java.util.Locale;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;
import se.namndkoll.NamndkollException;
import se.namndkoll.config.NamndkollProperties;
import se.namndkoll.report.RuleReports;
import se.namndkoll.rules.RulesCompliance;
import se.namndkoll.shell.ParseCommands.Format;

/** The rules: {@code rules list}, {@code rules explain ID}. */
@Command(command = "rules", group = "Check")
public class RulesCommands {

  private final RulesCompliance rules;
  private final NamndkollProperties properties;
  private final Console console;

  public RulesCommands(RulesCompliance rules, NamndkollProperties properties, Console console) {
    this.rules = rules;
    this.properties = properties;
    this.console = console;
  }

  @Command(command = "list", description = "The rules loaded from the rules folder: id, severity, what each checks.")
  public void list(
      @Option(longNames = "rules", description = "the rules folder (default rules/ or $NAMNDKOLL_RULES)") String rulesDir,
      @Option(longNames = "format", description = "table or json", defaultValue = "table")
          @OptionValues(provider = "tableOrJson") String format) {
    Format f = Format.of(format, Format.TABLE, Format.JSON);
    RulesCompliance r = compliance(rulesDir);
    console.print(f == Format.JSON ? RuleReports.listJson(r.rules(), r.policy()) : RuleReports.listTable(r.rules(), r.policy()));
  }

  @Command(command = "explain", description = "What a rule checks, on what basis, with an example, and where it is written.")
  public void explain(
      @Positional @Option(longNames = "id", description = "the rule's id (BKA-MISSING …)", required = true,
          arity = OptionArity.EXACTLY_ONE) @OptionValues(provider = "ruleIds") String id,
      @Option(longNames = "rules", description = "the rules folder") String rulesDir) {
    RulesCompliance r = compliance(rulesDir);
    String wanted = id.strip().toUpperCase(Locale.ROOT);
    var matching = r.rules().stream().filter(m -> m.id().equals(wanted)).toList();
    if (matching.isEmpty()) {
      throw NamndkollException.badUsage("no rule " + id + " in " + folder(rulesDir) + "; see 'rules list'");
    }
    console.print(RuleReports.explain(wanted, matching, r.policy(), folder(rulesDir)));
  }

  private RulesCompliance compliance(String rulesDir) {
    return rulesDir == null || rulesDir.isBlank() ? rules : new RulesCompliance(properties.rules(rulesDir));
  }

  private Path folder(String rulesDir) {
    return properties.rules(rulesDir);
  }
}
