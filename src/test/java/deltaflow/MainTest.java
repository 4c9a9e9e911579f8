package deltaflow;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entry point: a command runs without JavaFX; a bad scenario for the window fails as the command line does. */
class MainTest {

    private record Run(int status, String output) {}

    private static Run java(String... args) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(javaBin, "-Djava.awt.headless=true", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), "deltaflow.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    @Test
    void aCommandNeverLoadsJavaFx() throws Exception {
        Run run = java("trace", "mazur");
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("deltaflow.cli.Cli"), "the class list is there");
        assertFalse(run.output().contains("javafx."), "a JavaFX class was loaded for a command");
        assertFalse(run.output().contains("deltaflow.ui."), "the window's classes were loaded for a command");
    }

    @Test
    void anUnreadableScenarioForTheWindowIsOneLineAndStatusTwo() throws Exception {
        Run run = java("no-such-file.json");
        assertEquals(2, run.status());
        assertTrue(run.output().contains("deltaflow: no-such-file.json: no such file"), run.output());
        assertFalse(run.output().contains("javafx.application.Application"), "the window was started");
    }
}
