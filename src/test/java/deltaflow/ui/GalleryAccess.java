package deltaflow.ui;

import deltaflow.ui.files.state.FakeFileChooser;
import deltaflow.ui.files.state.FileChooserService;

import deltaflow.model.Exercise;
import javafx.scene.Scene;

import java.util.Set;

/** For the window gallery (deltaflow.bench, not a test): what only this package may reach. */
public final class GalleryAccess {
    private GalleryAccess() {}

    public static FileChooserService noFiles() { return new FakeFileChooser(); }

    /** Opens the exercise strip as Exercise ▸ Start does. */
    public static void startExercise(Scene scene, Set<Exercise.Topic> topics) {
        MainWindow.of(scene).desk().exercise().start(topics);
    }
}
