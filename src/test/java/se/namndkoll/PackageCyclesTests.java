package se.namndkoll;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way only: data flows file, extract, normalise, segment,
 * model, then index, rules and reports; a package that needs another's concept finds it in one
 * home, never by a circle back.
 */
class PackageCyclesTests {

  private final JavaClasses classes =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.namndkoll");

  @Test
  void theFeaturesAreFreeOfCycles() {
    slices().matching("se.namndkoll.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyPackageIsFreeOfCycles() {
    slices().matching("se.namndkoll.(**)").should().beFreeOfCycles().check(classes);
  }
}
