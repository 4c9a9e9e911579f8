package deltaflow.ui;

import deltaflow.ui.files.state.SessionFiles;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Scenario;
import deltaflow.model.ScenarioException;
import deltaflow.model.Scenarios;
import javafx.application.Application;

import java.nio.file.Path;

/**
 * Opens the window: no argument for the built-in default scenario, one for a scenario file or built-in
 * name, or a saved session ({@code .deltaflow}). The scenario is read before the window opens, so a bad file fails as the command line does.
 */
public final class Launcher {
    private Launcher() {}

    /** Runs the window until it closes; returns the exit status. */
    public static int launch(String[] args, java.io.PrintStream err) {
        if (args.length > 1) {
            err.println("deltaflow: give one scenario file at most, or a command; see 'deltaflow help'");
            return 2;
        }
        if (args.length == 1 && args[0].endsWith(SessionFiles.EXTENSION)) return launchSession(Path.of(args[0]), err);
        Scenario scenario = null;
        Path file = null;
        if (args.length == 1) {
            try {
                scenario = Scenarios.resolve(args[0]);
            } catch (ScenarioException e) {
                err.println("deltaflow: " + e.getMessage());
                return 2;
            }
            var tooLarge = StepperViewModel.tooLarge(scenario);
            if (tooLarge.isPresent()) {
                err.println("deltaflow: " + args[0] + ": " + tooLarge.get());
                return 2;
            }
            file = fileOf(args[0]);
        }
        if (Display.missing()) {
            err.println("deltaflow: " + Display.MISSING);
            return 1;
        }
        DeltaflowApp.initial(scenario, file);
        Application.launch(DeltaflowApp.class);
        return 0;
    }

    /** A saved lesson (a file manager's double click, through the installers' file association). */
    private static int launchSession(Path session, java.io.PrintStream err) {
        try {
            SessionFiles.read(session); // a bad file fails here, in one line, as a bad scenario does
        } catch (ScenarioException e) {
            err.println("deltaflow: " + e.getMessage());
            return 2;
        }
        DeltaflowApp.initialSession(session);
        Application.launch(DeltaflowApp.class);
        return 0;
    }

    /**
     * The file a command-line argument opened, or null for a built-in name ("mazur", "mnist-shaped"): the
     * scenario came from a file exactly when one exists by that name, as {@link Scenarios#resolve} decides.
     */
    static Path fileOf(String argument) {
        Path path = Path.of(argument);
        return java.nio.file.Files.exists(path) ? path : null;
    }
}
