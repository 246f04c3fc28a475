package se.namndkoll.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import se.namndkoll.assemble.Assembler;
import se.namndkoll.assemble.DocxTemplate;
import se.namndkoll.assemble.DraftChecks;
import se.namndkoll.assemble.Yamls;
import se.namndkoll.ingest.DocumentReader;

/**
 * Times assembling the example nämndskrivelse in-process: the template filled, the draft read back by
 * the parser and checked, the document written. The first document pays for docx4j's JAXB context
 * and Tika; then {@code rounds} documents warm. Arguments: rounds (default 20).
 */
public final class AssembleBenchmark {

  private AssembleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Assembler assembler = new Assembler(DocumentReader.standard(), DraftChecks.asCompliance());
    Map<String, Object> data = Yamls.read(Path.of("templates/examples/skrivelse.yaml"));
    DocxTemplate template = DocxTemplate.at(Path.of("templates/skrivelse.docx"));
    Path out = Files.createTempFile("namndkoll-bench-", ".docx");
    long start = System.nanoTime();
    assembler.assemble(template, data, "skrivelse.yaml", out, false);
    System.out.printf("cold: %.0f ms%n", (System.nanoTime() - start) / 1e6);
    start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      assembler.assemble(template, data, "skrivelse.yaml", out, false);
    }
    System.out.printf("warm: %.0f ms per document (%d documents)%n", (System.nanoTime() - start) / 1e6 / rounds, rounds);
    Files.deleteIfExists(out);
    System.exit(0);
  }
}
