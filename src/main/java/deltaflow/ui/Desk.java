package deltaflow.ui;

import javafx.scene.control.Menu;
import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.prefs.Preferences;

/**
 * The student's desk, assembled once for the window: exercises, lessons, sessions and undo, with their
 * panels and menus. Kept apart from {@link MainWindow} so the window only places what this builds.
 */
final class Desk {
    private final ExerciseViewModel exercise;
    private final LessonViewModel lessons;
    private final SessionFiles sessions;
    private final ExercisePanel exercisePanel;
    private final LessonPanel lessonPanel;
    private final List<Menu> menus;

    Desk(StepperViewModel stepper, javafx.scene.Node owner) {
        exercise = new ExerciseViewModel(stepper);
        lessons = new LessonViewModel(stepper);
        FileChooserService chooser = new FxFileChooserService(() -> owner.getScene() == null ? null : owner.getScene().getWindow(),
                FxFileChooserService.Kind.SESSION);
        sessions = new SessionFiles(stepper, exercise, chooser, new RecentFiles(Preferences.userRoot().node("org/deltaflow/recent-sessions")));
        exercisePanel = new ExercisePanel(exercise);
        lessonPanel = new LessonPanel(lessons);
        menus = DeskMenus.create(stepper, exercise, lessons, sessions);
        // Ctrl+Y is the other common redo; a menu item has room for one accelerator only.
        owner.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), stepper::redo);
        });
    }

    ExerciseViewModel exercise() { return exercise; }

    LessonViewModel lessons() { return lessons; }

    SessionFiles sessions() { return sessions; }

    ExercisePanel exercisePanel() { return exercisePanel; }

    LessonPanel lessonPanel() { return lessonPanel; }

    List<Menu> menus() { return menus; }

}
