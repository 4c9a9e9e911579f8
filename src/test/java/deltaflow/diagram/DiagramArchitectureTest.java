package deltaflow.diagram;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layout is pure Java, so the command line exports without a display; only the raster sink may use java.awt. */
class DiagramArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("deltaflow.diagram", "deltaflow.cli");

    @Test
    void diagramModelUsesNeitherJavafxNorAwt() {
        noClasses().that().resideInAPackage("deltaflow.diagram")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.imageio..")
                .check(classes);
    }

    @Test
    void exportsAndTheCommandLineRunWithoutJavafx() {
        noClasses().that().resideInAnyPackage("deltaflow.diagram..", "deltaflow.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
