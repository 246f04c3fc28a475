package se.namndkoll.assemble;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndkoll.NamndkollException;
import se.namndkoll.check.Compliance;
import se.namndkoll.ingest.DocumentReader;
import se.namndkoll.model.Document;
import se.namndkoll.model.Finding;
import se.namndkoll.model.Severity;

/**
 * Fills a template, reads the draft back with the project's own parser and puts it through the
 * rules before anything is written where the user asked. Errors block; so do a decision without
 * recipients and a skrivelse without a valid Dnr, which the sweep only warns of in old documents
 * but which a document about to be sent must not have.
 */
public final class Assembler {

  /** Rules whose findings stop a draft whatever their severity in a sweep. */
  static final Set<String> BLOCKING_RULES = Set.of("EXPEDIERING-MISSING", "DNR-MISSING");

  private final DocumentReader reader;
  private final Compliance compliance;

  public Assembler(DocumentReader reader, Compliance compliance) {
    this.reader = reader;
    this.compliance = compliance;
  }

  /**
   * What came of an assembly.
   *
   * @param written true when the document was written to its place
   * @param document the draft as the parser read it
   * @param findings everything the rules found, gravest first
   * @param blocking the findings that stop the draft (written anyway with --force)
   */
  public record Outcome(boolean written, Document document, List<Finding> findings, List<Finding> blocking) {}

  public static boolean blocks(Finding f) {
    return f.severity() == Severity.ERROR || BLOCKING_RULES.contains(f.rule());
  }

  public Outcome assemble(DocxTemplate template, Map<String, Object> values, String dataName, Path out,
      boolean force) {
    Path draft;
    try {
      Path dir = out.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      draft = Files.createTempFile(dir, ".namndkoll-draft-", ".docx");
    } catch (IOException e) {
      throw new NamndkollException(out + ": cannot write: " + e.getMessage(), e);
    }
    try {
      template.fill(FieldValues.of(values), draft, dataName);
      Document read = reader.read(draft);
      Document document = new Document(out.toString(), read.mediaType(), read.pageCount(), read.kind(),
          read.meetings(), read.agenda(), read.arenden(), read.delegation(), read.anmalningar(), read.tables(),
          read.statements(), read.lines(), read.personnummer(), read.sekretess());
      List<Finding> findings = compliance.check(List.of(document), List.of()).stream()
          .sorted(java.util.Comparator.comparing(Finding::severity).reversed())
          .toList();
      List<Finding> blocking = findings.stream().filter(Assembler::blocks).toList();
      boolean write = blocking.isEmpty() || force;
      if (write) {
        Files.move(draft, out, StandardCopyOption.REPLACE_EXISTING);
      }
      return new Outcome(write, document, findings, blocking);
    } catch (IOException e) {
      throw new NamndkollException(out + ": cannot write: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(draft);
      } catch (IOException e) {
        // a draft left in the temporary folder is harmless
      }
    }
  }
}
