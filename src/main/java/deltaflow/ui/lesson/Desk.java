package deltaflow.ui.lesson;

import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.SessionFiles;
import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.lesson.state.LessonViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import javafx.scene.control.Menu;
import javafx.scene.input.KeyCombination;

import java.util.List;

/**
 * The student's desk, assembled once for the window: exercises, lessons, sessions and undo, with their
 * panels and menus. Kept apart from the main window so it only places what this builds.
 */
public final class Desk {
    private final ExerciseViewModel exercise;
    private final LessonViewModel lessons;
    private final SessionFiles sessions;
    private final ExercisePanel exercisePanel;
    private final LessonPanel lessonPanel;
    private final List<Menu> menus;

    /** {@code mayDiscard} asks about unsaved edits before a session or a lesson replaces the scenario. */
    public Desk(StepperViewModel stepper, FileChooserService chooser, RecentFiles recentSessions, java.util.function.BooleanSupplier mayDiscard,
         javafx.scene.Node owner) {
        exercise = new ExerciseViewModel(stepper);
        lessons = new LessonViewModel(stepper);
        sessions = new SessionFiles(stepper, exercise, chooser, recentSessions);
        exercisePanel = new ExercisePanel(exercise);
        lessonPanel = new LessonPanel(lessons);
        sessions.setMayDiscard(mayDiscard);
        menus = DeskMenus.create(stepper, exercise, lessons, sessions, mayDiscard);
        // Ctrl+Y is the other common redo; a menu item has room for one accelerator only.
        owner.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), stepper::redo);
        });
    }

    public ExerciseViewModel exercise() { return exercise; }

    public LessonViewModel lessons() { return lessons; }

    public SessionFiles sessions() { return sessions; }

    public ExercisePanel exercisePanel() { return exercisePanel; }

    public LessonPanel lessonPanel() { return lessonPanel; }

    public List<Menu> menus() { return menus; }

}
