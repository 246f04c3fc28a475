package se.namndkoll.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model is shared by every step and depends on none of them, nor on any library. */
class ModelArchitectureTests {

  private final JavaClasses classes =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.namndkoll");

  @Test
  void modelDependsOnTheJdkOnly() {
    classes().that().resideInAPackage("se.namndkoll.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("se.namndkoll.model..", "java..")
        .check(classes);
  }

  @Test
  void ingestKnowsNothingOfTheShell() {
    classes().that().resideInAPackage("se.namndkoll.ingest..")
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("se.namndkoll.shell..", "se.namndkoll.report..",
            "org.springframework..")
        .check(classes);
  }

  @Test
  void assemblyKnowsNothingOfTheShellOrSpring() {
    classes().that().resideInAPackage("se.namndkoll.assemble..")
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("se.namndkoll.shell..", "org.springframework..")
        .check(classes);
  }

  @Test
  void onlyTheTemplateClassesOfAssemblyCallDocx4j() {
    // DocxTemplate fills a template, HouseStyle makes one from a kommun's Word document
    classes().that().resideInAPackage("se.namndkoll.assemble..").and().doNotHaveSimpleName("DocxTemplate")
        .and().doNotHaveSimpleName("HouseStyle")
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.docx4j..")
        .check(classes);
  }
}
