package dev.devflow;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the wall between the plain-Java cores and Maven: only dev.devflow.maven may see Maven. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.devflow");

    @Test
    void coresKnowNothingOfMaven() {
        noClasses().that().resideOutsideOfPackage("dev.devflow.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .check(MAIN);
    }

    @Test
    void coresDoNotReachIntoTheMojos() {
        noClasses().that().resideOutsideOfPackage("dev.devflow.maven..")
                .should().dependOnClassesThat().resideInAPackage("dev.devflow.maven..")
                .check(MAIN);
    }

    @Test
    void gatesDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.devflow.gate..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.devflow.coverage..", "dev.devflow.report..")
                .check(MAIN);
    }
}
