package deltaflow.ui;

import deltaflow.model.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** `deltaflow lesson.deltaflow`: what the installers' file association runs on a double click. */
class SessionArgumentTest extends WindowTest {
    SessionArgumentTest() { super("default", 1280, 720); }

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
