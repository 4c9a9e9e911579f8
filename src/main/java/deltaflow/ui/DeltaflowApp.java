package deltaflow.ui;

import deltaflow.ui.style.Stylesheets;
import deltaflow.ui.export.state.ExportViewModel;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.Remembered;
import deltaflow.ui.files.state.ScenarioFiles;
import deltaflow.ui.files.state.SessionFiles;
import deltaflow.ui.hall.HallPane;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.lesson.TourCard;
import deltaflow.ui.lesson.state.TourViewModel;
import deltaflow.ui.stepper.KeyboardShortcuts;
import deltaflow.ui.stepper.state.Player;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Scenario;
import deltaflow.model.Scenarios;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import deltaflow.ui.i18n.Messages;

import java.nio.file.Path;
import java.util.Objects;

/** The window. Started by {@link Launcher} only, so the command line never loads JavaFX. */
public final class DeltaflowApp extends Application {

    private static volatile Scenario initialScenario;
    private static volatile Path initialFile;
    private static volatile Path initialSession;

    /** What to open: set by the launcher before {@link Application#launch}. */
    static void initial(Scenario scenario, Path file) {
        initialScenario = scenario;
        initialFile = file;
    }

    /** A session to open once the window is up: set by the launcher before {@link Application#launch}. */
    static void initialSession(Path session) {
        initialSession = session;
    }

    /** Opens a saved session in the window {@link #show} built; a failure shows in its error dialog. */
    static void openSession(Scene scene, Path session) {
        MainWindow.of(scene).desk().sessions().open(session);
    }

    @Override public void start(Stage stage) {
        Scenario scenario = initialScenario != null ? initialScenario : Scenarios.builtIn("default");
        Services services = Services.forUser(stage);
        StepperViewModel stepper = new StepperViewModel(scenario);
        ScenarioFiles files = new ScenarioFiles(stepper, services.chooser(), services.recent());
        if (initialFile != null) files.opened(initialFile);
        files.setUnsavedPrompt(services.unsavedChanges());
        Remembered remembered = services.remembered();
        remembered.restoreSettings(stepper);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = show(stage, stepper, files, services.hall(), Math.min(1920, screen.getWidth()), Math.min(1080, screen.getHeight()));
        stage.getIcons().addAll(java.util.stream.IntStream.of(16, 32, 48, 64, 128, 256)
                .mapToObj(size -> AboutDialog.icon(size).getImage()).filter(Objects::nonNull).toList());
        SessionFiles sessions = MainWindow.of(scene).desk().sessions();
        if (initialSession != null) openSession(scene, initialSession);
        else if (initialScenario == null) remembered.reopen(files, sessions); // what the command line named comes first
        remembered.follow(stepper, files, sessions);
        // After the scenario it may train on has opened; the train view itself only when nothing was named to open.
        MainWindow.of(scene).train().remember(remembered, initialSession == null && initialScenario == null);
        MainWindow.of(scene).tour().openIfFirstRun(services.tourSeen());
        FirstFrame.after(scene, Preload::inBackground); // the first → then finds the formula typesetting loaded
        FirstFrame.watch(scene);
    }

    /** Builds the window on {@code stage} and shows it; tests call this with a fake file chooser. */
    public static Scene show(Stage stage, StepperViewModel stepper, ScenarioFiles files, double width, double height) {
        // Tests that do not care about the hall get a throwaway preferences node, never the user's.
        java.util.prefs.Preferences scratch = java.util.prefs.Preferences.userRoot().node("deltaflow-test/hall-" + java.util.UUID.randomUUID());
        // Once only: a stage is reused (tests share one), and a handler left behind would run again for a later scene.
        stage.setOnHidden(e -> {
            stage.setOnHidden(null);
            try {
                scratch.removeNode();
            } catch (java.util.prefs.BackingStoreException | IllegalStateException alreadyGone) {
                // nothing to clean up
            }
        });
        return show(stage, stepper, files, new HallViewModel(scratch), width, height);
    }

    /** Builds the window with the lecture hall's settings (type scale, presentation mode) from {@code hall}. */
    public static Scene show(Stage stage, StepperViewModel stepper, ScenarioFiles files, HallViewModel hall, double width, double height) {
        ExportViewModel export = new ExportViewModel(stepper, files.chooser().forPurpose(FileChooserService.Purpose.EXPORT));
        TourViewModel tour = new TourViewModel(); // Help ▸ Getting started; under the black screen, over the rest
        MainWindow window = new MainWindow(stepper, files, export, hall, tour);
        HallPane root = new HallPane(window, stepper, hall);
        Scene scene = new Scene(root, width, height);
        root.getChildren().add(1, new TourCard(tour));
        scene.getStylesheets().add(Stylesheets.window());
        root.installKeys();
        window.train().installKeys(scene); // before the stepper's: in the train view the clicker trains
        window.train().closeWith(scene);
        scene.getProperties().put(deltaflow.ui.train.state.TrainViewModel.class, window.train().model());
        KeyboardShortcuts.install(scene, stepper);
        new Player(stepper);
        files.setOnError(message -> showError(stage, message));
        files.setOnNotice(message -> showNotice(stage, message));
        export.setOnError(message -> showError(stage, message));
        window.train().export().setOnError(message -> showError(stage, message));
        window.desk().sessions().setOnError(message -> showError(stage, message));
        window.desk().sessions().setOnNotice(message -> showNotice(stage, message));
        stage.titleProperty().bind(title(stepper));
        // Closing the window asks about unsaved edits first, as File ▸ Quit does.
        stage.setOnCloseRequest(e -> { if (!files.mayDiscard()) e.consume(); });
        stage.setScene(scene);
        stage.show();
        root.requestFocus(); // no control starts with the focus, so the keys step the lesson at once
        return scene;
    }

    /** "deltaflow — Mazur 2-2-2", marked "• " while it has edits not saved. */
    static javafx.beans.binding.StringBinding title(StepperViewModel stepper) {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> (stepper.isModified() ? "• " : "") + "deltaflow — " + stepper.getScenario().title(),
                stepper.scenarioProperty(), stepper.modifiedProperty());
    }

    /** Something the user should know though nothing failed, such as a field the file misspelt and the program ignored. */
    private static void showNotice(Stage owner, String message) {
        show(owner, Alert.AlertType.INFORMATION, "notice.ignoredFields", "notice-dialog", message);
    }

    /** A failure the user can do something about: the loader's one-line message, in a dialog. */
    private static void showError(Stage owner, String message) {
        show(owner, Alert.AlertType.ERROR, "error.header", "error-dialog", message);
    }

    private static void show(Stage owner, Alert.AlertType type, String headerKey, String id, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle("deltaflow");
        alert.setHeaderText(Messages.get(headerKey));
        alert.setContentText(message);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().getStylesheets().add(Stylesheets.window());
        alert.show();
    }
}
