package se.namndkoll.assemble;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.namndkoll.NamndkollException;
import se.namndkoll.rules.Compliance;
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
   * @param notes what was mended in the data (characters a Word document cannot hold, left out)
   * @param fieldProblems values that cannot be what their field asks for ({@link FieldChecks}),
   *     which stop the draft as blocking findings do
   */
  public record Outcome(boolean written, Document document, List<Finding> findings, List<Finding> blocking,
      List<String> notes, List<String> fieldProblems) {

    /** How many things stop the draft. */
    public int hindrances() {
      return blocking.size() + fieldProblems.size();
    }
  }

  public static boolean blocks(Finding f) {
    return f.severity() == Severity.ERROR || BLOCKING_RULES.contains(f.rule());
  }

  /**
   * Fills the template into a draft beside {@code out}, checks it and moves it into place. An
   * existing {@code out} is written over only with {@code force}; the document gets the permissions
   * any new file of the user gets (the umask), not those of a private temporary file.
   */
  public Outcome assemble(DocxTemplate template, Map<String, Object> values, String dataName, Path out,
      boolean force) {
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new NamndkollException(out + ": the file exists; --force writes over it");
    }
    WordText.Cleaned data = WordText.clean(values, dataName);
    Path draft = newDraft(out);
    try {
      FieldValues fields = FieldValues.of(data.values());
      template.fill(fields, draft, dataName);
      Document read = readBack(draft, out);
      Document document = new Document(out.toString(), read.mediaType(), read.pageCount(), read.kind(),
          read.meetings(), read.agenda(), read.arenden(), read.delegation(), read.anmalningar(), read.tables(),
          read.statements(), read.lines(), read.personnummer(), read.sekretess(), read.notes(), read.scanned());
      List<Finding> findings = compliance.check(List.of(document), List.of()).stream()
          .sorted(Comparator.comparing(Finding::severity).reversed())
          .toList();
      List<Finding> blocking = findings.stream().filter(Assembler::blocks).toList();
      List<String> fieldProblems = FieldChecks.problems(fields);
      boolean write = blocking.isEmpty() && fieldProblems.isEmpty() || force;
      if (write) {
        if (force) {
          Files.move(draft, out, StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.move(draft, out);
        }
      }
      return new Outcome(write, document, findings, blocking, data.notes(), fieldProblems);
    } catch (FileAlreadyExistsException e) {
      throw new NamndkollException(out + ": the file exists; --force writes over it", e);
    } catch (IOException e) {
      throw new NamndkollException(out + ": cannot write: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(draft);
      } catch (IOException e) {
        // a draft left beside the document is harmless
      }
    }
  }

  /**
   * An empty draft file beside the document, created as any new file of the user is (the umask
   * decides its permissions, which the document keeps when the draft is moved into place).
   */
  private static Path newDraft(Path out) {
    Path dir = out.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      for (int attempt = 0; ; attempt++) {
        Path draft = dir.resolve(".namndkoll-draft-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".docx");
        try {
          return Files.createFile(draft);
        } catch (FileAlreadyExistsException e) {
          if (attempt > 10) {
            throw e;
          }
        }
      }
    } catch (IOException e) {
      throw new NamndkollException(out + ": cannot write: " + e.getMessage(), e);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The draft as the parser reads it; a draft it cannot read is named by the document it is for. */
  private Document readBack(Path draft, Path out) {
    try {
      return reader.read(draft);
    } catch (NamndkollException e) {
      String message = e.getMessage().startsWith(draft + ": ") ? e.getMessage().substring(draft.toString().length() + 2)
          : e.getMessage();
      throw new NamndkollException(out + ": the filled draft could not be read back (" + message + "); nothing was written", e);
    }
  }
}
