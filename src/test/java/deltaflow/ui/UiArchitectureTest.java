package deltaflow.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** View models hold no Node and open no window, so plain JUnit tests them; the command line never reaches the window. */
class UiArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("deltaflow");

    @Test
    void viewModelsUseNoScenegraphOrStage() {
        noClasses().that().haveSimpleNameStartingWith("StepperViewModel")
                .or().haveSimpleNameStartingWith("InspectorViewModel")
                .or().haveSimpleNameStartingWith("ScenarioFiles")
                .or().haveSimpleNameStartingWith("RecentFiles")
                .or().haveSimpleNameStartingWith("FileChooserService")
                .or().haveSimpleNameStartingWith("ExerciseViewModel")
                .or().haveSimpleNameStartingWith("LessonViewModel")
                .or().haveSimpleNameStartingWith("LessonTable")
                .or().haveSimpleNameStartingWith("EditHistory")
                .or().haveSimpleNameStartingWith("SessionFiles")
                .or().haveSimpleNameStartingWith("Remembered")
                .or().haveSimpleNameStartingWith("Folders")
                .or().haveSimpleNameStartingWith("UnsavedChangesPrompt")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "java.awt..")
                .check(classes);
    }

    @Test
    void theCommandLineDoesNotUseTheWindow() {
        noClasses().that().resideInAPackage("deltaflow.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("deltaflow.ui..", "javafx..")
                .check(classes);
    }

    @Test
    void theModelUsesNeitherJavafxNorAwt() {
        noClasses().that().resideInAPackage("deltaflow.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..")
                .check(classes);
    }
}
