package deltaflow.diagram.train;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The training picture is layout, pure Java like the diagram: the window and the command line draw the same primitives. */
class TrainingPictureArchitectureTest {
    @Test
    void theTrainingPictureUsesNeitherJavafxNorAwt() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("deltaflow.diagram.train");
        noClasses().that().resideInAPackage("deltaflow.diagram.train")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.imageio..", "deltaflow.ui..")
                .check(classes);
    }
}
