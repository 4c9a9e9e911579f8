package deltaflow.ui.lesson;

import deltaflow.ui.files.state.SessionFiles;
import deltaflow.ui.lesson.state.ExerciseViewModel;
import deltaflow.ui.lesson.state.Lesson;
import deltaflow.ui.lesson.state.LessonViewModel;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.model.Exercise;
import deltaflow.ui.i18n.Messages;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The menus of the student's desk: Edit (undo, redo), Exercise, Lessons and Session, each with mnemonics. */
final class DeskMenus {
    private DeskMenus() {}

    static List<Menu> create(StepperViewModel stepper, ExerciseViewModel exercise, LessonViewModel lessons, SessionFiles sessions,
                             java.util.function.BooleanSupplier mayDiscard) {
        return List.of(edit(stepper), exercise(exercise), lessons(lessons, mayDiscard), session(sessions));
    }

    private static Menu edit(StepperViewModel stepper) {
        MenuItem undo = item("menu-undo", "edit.undo", stepper::undo, "Shortcut+Z");
        MenuItem redo = item("menu-redo", "edit.redo", stepper::redo, "Shortcut+Shift+Z");
        Menu menu = menu("menu-edit", "edit.menu", undo, redo);
        // Greyed out while open; enabled again on closing so the accelerators always reach the stepper.
        menu.setOnShowing(e -> {
            undo.setDisable(!stepper.history().canUndo());
            redo.setDisable(!stepper.history().canRedo());
        });
        menu.setOnHidden(e -> {
            undo.setDisable(false);
            redo.setDisable(false);
        });
        return menu;
    }

    private static Menu exercise(ExerciseViewModel exercise) {
        Map<Exercise.Topic, CheckMenuItem> topics = new EnumMap<>(Exercise.Topic.class);
        Set<Exercise.Topic> preset = EnumSet.of(Exercise.Topic.Z, Exercise.Topic.A, Exercise.Topic.DELTA);
        for (Exercise.Topic topic : Exercise.Topic.values()) {
            CheckMenuItem item = new CheckMenuItem();
            item.setId("menu-exercise-" + topic.id());
            item.textProperty().bind(Messages.text("exercise.topic." + topic.id()));
            item.setSelected(preset.contains(topic));
            topics.put(topic, item);
        }
        MenuItem start = item("menu-exercise-start", "exercise.start", () -> {
            Set<Exercise.Topic> chosen = EnumSet.noneOf(Exercise.Topic.class);
            topics.forEach((topic, item) -> { if (item.isSelected()) chosen.add(topic); });
            exercise.start(chosen);
        }, "Shortcut+T");
        MenuItem stop = item("menu-exercise-stop", "exercise.stop", exercise::stop, null);
        stop.disableProperty().bind(exercise.activeProperty().not());
        Menu menu = menu("menu-exercise", "exercise.menu", start, stop, new SeparatorMenuItem());
        menu.getItems().addAll(topics.values());
        return menu;
    }

    private static Menu lessons(LessonViewModel lessons, java.util.function.BooleanSupplier mayDiscard) {
        Menu menu = menu("menu-lessons", "lesson.menu");
        int k = 1;
        for (Lesson lesson : Lesson.values()) {
            MenuItem item = new MenuItem();
            item.setId("menu-lesson-" + lesson.id());
            String number = "_" + k++ + "  ";
            item.textProperty().bind(Messages.text(lesson.titleKey()).map(title -> number + title));
            item.setOnAction(e -> { if (mayDiscard.getAsBoolean()) lessons.open(lesson); }); // a lesson loads its own scenario
            menu.getItems().add(item);
        }
        MenuItem close = item("menu-lesson-close", "lesson.close", lessons::close, null);
        close.disableProperty().bind(lessons.lessonProperty().isNull());
        menu.getItems().addAll(new SeparatorMenuItem(), close);
        return menu;
    }

    private static Menu session(SessionFiles sessions) {
        Menu recent = menu("menu-session-recent", "session.recent");
        Menu menu = menu("menu-session", "session.menu",
                item("menu-session-open", "session.open", sessions::open, "Shortcut+Alt+O"), recent, new SeparatorMenuItem(),
                item("menu-session-save", "session.save", sessions::save, "Shortcut+Alt+S"),
                item("menu-session-save-as", "session.saveAs", sessions::saveAs, null));
        // Filled on opening, so it always matches the preferences.
        menu.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path path : sessions.recent().list()) {
                MenuItem item = new MenuItem(path.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> sessions.open(path));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem();
                none.textProperty().bind(Messages.text("session.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        return menu;
    }

    private static Menu menu(String id, String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.setId(id);
        menu.textProperty().bind(Messages.text(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private static MenuItem item(String id, String key, Runnable action, String accelerator) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(Messages.text(key));
        item.setOnAction(e -> action.run());
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        return item;
    }
}
