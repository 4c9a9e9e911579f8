package deltaflow.ui;

import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** `deltaflow lesson.deltaflow`: what the installers' file association runs on a double click. */
@ExtendWith(ApplicationExtension.class)
class SessionArgumentTest {
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private StepperViewModel stepper;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        stepper = new StepperViewModel(Scenarios.builtIn("default"));
        scene = DeltaflowApp.show(stage, stepper, new ScenarioFiles(stepper, new FakeFileChooser(), new RecentFiles(prefs)), 1280, 720);
    }

    @AfterEach
    void forget() throws Exception { prefs.removeNode(); }

    @Test
    void aSessionGivenAtStartOpensWhereItWasSaved(FxRobot robot, @TempDir Path dir) {
        Path session = dir.resolve("lecture.deltaflow");
        robot.interact(() -> {
            stepper.load(Scenarios.builtIn("mazur"));
            for (int i = 0; i < 13; i++) stepper.next();
            MainWindow.of(scene).desk().sessions().save(session);
            stepper.load(Scenarios.builtIn("default"));
        });
        robot.interact(() -> DeltaflowApp.openSession(scene, session));
        assertEquals("Mazur 2-2-2", stepper.getScenario().title());
        assertEquals(13, stepper.getPosition());
    }

    @Test
    void aMissingSessionFailsInOneLineBeforeAnyWindow(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.launch(new String[] {dir.resolve("gone.deltaflow").toString()}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("deltaflow: " + dir.resolve("gone.deltaflow") + ": no such file", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aDamagedSessionNamesTheProblem(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.deltaflow"), "{\"format\": \"something else\"}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Launcher.launch(new String[] {bad.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8)));
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, line.lines().count(), line);
        assertEquals(true, line.startsWith("deltaflow: " + bad), line);
    }
}
