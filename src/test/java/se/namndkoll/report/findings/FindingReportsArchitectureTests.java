package se.namndkoll.report.findings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The finding reports are pure writers: no framework, no rule engine, no shell. */
class FindingReportsArchitectureTests {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.namndkoll.report.findings");

  @Test
  void dependOnNoFrameworkRuleEngineOrShell() {
    noClasses().that().resideInAPackage("se.namndkoll.report.findings..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.kie..", "org.drools..",
            "se.namndkoll.shell..", "se.namndkoll.ingest..")
        .check(classes);
  }

  @Test
  void readNoClock() {
    noClasses().that().resideInAPackage("se.namndkoll.report.findings..")
        .should().callMethod(java.time.ZonedDateTime.class, "now")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(classes);
  }
}
