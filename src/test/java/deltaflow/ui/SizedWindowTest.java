package deltaflow.ui;

import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.stepper.state.StepperViewModel;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

/**
 * Window tests that open the window at sizes of their own (1024×768, 1280×720, …): each on a stage of its own,
 * the previous one closed, so the shared stage keeps the size the other window tests expect; with preferences
 * of their own, removed after each test with the stage, and the language set back to English.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SizedWindowTest {
    protected final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private Stage own;

    @Start
    void start(Stage stage) {}

    @AfterEach
    void closeOwnStage(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            if (own != null) own.close();
            afterOwnStageClosed();
        });
        prefs.removeNode();
    }

    /** On the FX thread, after the test's own stage is closed. */
    protected void afterOwnStageClosed() {}

    /** A lecture hall whose settings are this test's own. */
    protected HallViewModel newHall() {
        return new HallViewModel(prefs.node("hall-" + UUID.randomUUID()));
    }

    /** On the FX thread: the window for {@code stepper} and {@code hall} at width × height, on a new stage of its own. */
    protected Scene show(StepperViewModel stepper, HallViewModel hall, double width, double height) {
        if (own != null) own.close();
        own = new Stage();
        ScenarioFiles files = new ScenarioFiles(stepper, new FakeFileChooser(), new RecentFiles(prefs.node("recent")));
        return DeltaflowApp.show(own, stepper, files, hall, width, height);
    }
}
