package se.namndkoll.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndkoll.assemble.KommunDocuments;

class TemplatesCommandTests {

  @TempDir Path dir;

  @Test
  void aKommunsDocumentBecomesATemplateTriedWithTheExample() throws Exception {
    Path kommun = KommunDocuments.write(dir.resolve("kommun.docx"));
    Path out = dir.resolve("mall.docx");

    Jar.Run run = Commands.run(dir, "templates", "new", "--from", kommun.toString(), "--out", out.toString());

    assertThat(run.exitStatus()).as(run.all()).isZero();
    assertThat(run.stdout()).contains("Skrev " + out + ": sidhuvud, sidfot, typsnitt och format från " + kommun
        + ", fälten från skrivelse.docx (", "dnr, rubrik, beslut", "Provfylld med templates/examples/skrivelse.yaml och "
        + "läst tillbaka: kontrollen fann inga hinder.");
    assertThat(out).exists();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("kommun.docx", "mall.docx");
    }
  }

  @Test
  void mistakesAreOneLine() throws Exception {
    Path kommun = KommunDocuments.write(dir.resolve("kommun.docx"));

    Jar.Run kind = Commands.run(dir, "templates", "new", "--from", kommun.toString(), "--out", "m.docx", "--kind", "brev");
    Jar.Run missing = Commands.run(dir, "templates", "new", "--from", "saknas.docx", "--out", "m.docx");
    Files.writeString(dir.resolve("finns.docx"), "x");
    Jar.Run exists = Commands.run(dir, "templates", "new", "--from", kommun.toString(), "--out",
        dir.resolve("finns.docx").toString());

    assertThat(kind.exitStatus()).isEqualTo(2);
    assertThat(kind.stderr().strip()).isEqualTo("namndkoll: --kind is one of skrivelse, tjansteskrivelse, utdrag, "
        + "kallelse, not 'brev'");
    assertThat(missing.exitStatus()).isEqualTo(1);
    assertThat(missing.stderr().strip().lines()).singleElement().asString().endsWith("saknas.docx: no such file");
    assertThat(exists.exitStatus()).isEqualTo(1);
    assertThat(exists.stderr().strip()).endsWith("finns.docx: the file exists; --force writes over it");
  }
}
