package deltaflow;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The model is pure Java; the command line and the diagram exporters run without JavaFX. */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("deltaflow");

    @Test
    void theImportFoundTheModel() {
        assertFalse(PRODUCTION.that(com.tngtech.archunit.base.DescribedPredicate.describe("in deltaflow.model",
                c -> c.getPackageName().equals("deltaflow.model"))).isEmpty());
    }

    @Test
    void modelUsesNoUserInterfaceToolkit() {
        noClasses().that().resideInAPackage("deltaflow.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(PRODUCTION);
    }

    @Test
    void commandLineAndDiagramsRunWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("deltaflow.cli..", "deltaflow.diagram..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .allowEmptyShould(true)
                .check(PRODUCTION);
    }
}
