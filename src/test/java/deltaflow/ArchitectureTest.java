package deltaflow;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The house's rules, over one import of the production classes (importing is most of the cost): the layers
 * model < diagram < command line and window < the program's entry, with the build's version a leaf beside
 * them that the command line and the window read; no package cycle; the model and the layout
 * free of any toolkit, so the command line runs with no display; and in the window, view models (every
 * {@code ui.FEATURE.state} package) free of scene-graph nodes, stages and java.awt, so plain JUnit tests them.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("deltaflow");

    /** The program's entry points, the top of the house: the root package, nothing else. */
    private static final DescribedPredicate<JavaClass> ENTRY = describe("the program's entry (Main, CdsTraining)",
            c -> c.getPackageName().equals("deltaflow"));

    @Test
    void theImportFoundEveryLayer() {
        for (String layer : new String[] {"deltaflow.model", "deltaflow.diagram", "deltaflow.cli", "deltaflow.ui", "deltaflow.ui.stepper.state", "deltaflow.version"}) {
            assertFalse(PRODUCTION.that(describe("in " + layer, c -> c.getPackageName().equals(layer))).isEmpty(), layer);
        }
    }

    @Test
    void layers() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("deltaflow..")
                .layer("Model").definedBy("deltaflow.model..")
                .layer("Diagram").definedBy("deltaflow.diagram..")
                .layer("Command line").definedBy("deltaflow.cli..")
                .layer("Window").definedBy("deltaflow.ui..")
                .layer("Entry").definedBy(ENTRY)
                .layer("Version").definedBy("deltaflow.version..")
                .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("Window").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Command line").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Diagram").mayOnlyBeAccessedByLayers("Command line", "Window", "Entry")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Diagram", "Command line", "Window", "Entry")
                .whereLayer("Version").mayOnlyBeAccessedByLayers("Command line", "Window", "Entry")
                .whereLayer("Version").mayNotAccessAnyLayer()
                .check(PRODUCTION);
    }

    /**
     * Every package its own slice (ui.stepper.state, ui.stepper, ui.reverse, model.train, ...), and no exception:
     * a scenario carries its file's data and training members as a model value ({@code TrainingSection}), which
     * model.train interprets, so the model never reaches up into training.
     */
    @Test
    void noPackageCycles() {
        slices().matching("deltaflow.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void modelUsesNoUserInterfaceToolkit() {
        noClasses().that().resideInAPackage("deltaflow.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(PRODUCTION);
    }

    /** Only the raster sink (diagram.raster) and the exporters may draw with java.awt. */
    @Test
    void diagramLayoutUsesNeitherJavafxNorAwt() {
        noClasses().that().resideInAPackage("deltaflow.diagram")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.imageio..")
                .check(PRODUCTION);
    }

    @Test
    void commandLineAndDiagramsRunWithoutJavafx() {
        noClasses().that().resideInAnyPackage("deltaflow.cli..", "deltaflow.diagram..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(PRODUCTION);
    }

    @Test
    void theCommandLineDoesNotUseTheWindow() {
        noClasses().that().resideInAPackage("deltaflow.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("deltaflow.ui..", "javafx..")
                .check(PRODUCTION);
    }

    /** Found by package, not by a list of names: whatever is added to a state package is held to this. */
    @Test
    void viewModelsUseNoScenegraphStageOrAwt() {
        noClasses().that().resideInAPackage("deltaflow.ui..state..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "java.awt..")
                .check(PRODUCTION);
    }

    /** A view model never reaches a view: the state packages use only state packages (and the strings) of the window. */
    @Test
    void viewModelsDoNotReachViews() {
        noClasses().that().resideInAPackage("deltaflow.ui..state..")
                .should().dependOnClassesThat(describe("a view or the shell",
                        c -> c.getPackageName().startsWith("deltaflow.ui") && !c.getPackageName().matches("deltaflow\\.ui\\..*state.*")
                                && !c.getPackageName().equals("deltaflow.ui.i18n")))
                .check(PRODUCTION);
    }

    /** The name says what it is: a view model is named so, and lives among the state. */
    @Test
    void viewModelsLiveInStatePackages() {
        classes().that().haveSimpleNameEndingWith("ViewModel").and().areTopLevelClasses()
                .should().resideInAPackage("deltaflow.ui..state..")
                .check(PRODUCTION);
    }

    /** The features sit below the shell (DeltaflowApp, MainWindow, the services' wiring): none reaches up to it. */
    @Test
    void featuresDoNotReachUpToTheShell() {
        noClasses().that().resideInAPackage("deltaflow.ui.*..")
                .should().dependOnClassesThat().resideInAPackage("deltaflow.ui")
                .check(PRODUCTION);
    }
}
