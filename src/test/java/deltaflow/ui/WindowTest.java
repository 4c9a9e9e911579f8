package deltaflow.ui;

import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.stepper.state.StepperViewModel;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * What every window test sets up alike: the whole window on TestFX's stage (one stage, shared by every test class),
 * in English, on a scenario at a screen size, with a fake file chooser and preferences of its own; and after each
 * test the stage as the next one expects it: English, not presenting, no dialog left open, the preferences gone.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** This test's preferences (recent files under "recent", the hall's settings under "hall" unless a class says). */
    protected final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    /** Answers the file dialogs. */
    protected final FakeFileChooser chooser = new FakeFileChooser();
    protected Stage stage;
    protected StepperViewModel stepper;
    protected ScenarioFiles files;
    protected HallViewModel hall;
    protected Scene scene;

    private final Supplier<Scenario> scenario;
    private final double width;
    private final double height;

    /** The window on a built-in scenario at {@code width} × {@code height}. */
    protected WindowTest(String builtIn, double width, double height) {
        this(() -> Scenarios.builtIn(builtIn), width, height);
    }

    protected WindowTest(Supplier<Scenario> scenario, double width, double height) {
        this.scenario = scenario;
        this.width = width;
        this.height = height;
    }

    /** Where the lecture hall keeps its settings in this test. */
    protected Preferences hallPreferences() { return prefs.node("hall"); }

    /**
     * Runs after TestFX has registered its stage (the extension's own before-each comes first). Not a {@code @Start}
     * method: TestFX looks for those among the test class's own methods only, never a superclass's.
     */
    @BeforeEach
    void showTheWindow() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> start(primary));
    }

    private void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Locale.ENGLISH);
        stepper = new StepperViewModel(scenario.get());
        hall = new HallViewModel(hallPreferences());
        files = new ScenarioFiles(stepper, chooser, new RecentFiles(prefs.node("recent")));
        scene = DeltaflowApp.show(stage, stepper, files, hall, width, height);
        started();
    }

    /** After the window is shown, on the FX thread: a class's own setup. */
    protected void started() {}

    @AfterEach
    void leaveTheStageAsFound(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            hall.setPresenting(false);
        });
        for (Window w : robot.listWindows()) if (w != scene.getWindow() && w instanceof Stage other) robot.interact(other::close);
        prefs.removeNode();
    }

    /** The window the test built: its desk, its tour. */
    protected MainWindow window() { return MainWindow.of(scene); }

    /** The text of a label, looked up by a CSS query such as {@code "#status"}. */
    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The text of a diagram label, by the id the diagram gives it. */
    protected static String diagramText(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Text.class).getText();
    }

    /** Whether a node is shown: it and every parent visible. */
    protected static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    /** A picture of {@code of} in target/screenshots, to look at. */
    protected static void screenshot(Scene of, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> of.snapshot(null)).get();
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name).toFile());
    }
}
