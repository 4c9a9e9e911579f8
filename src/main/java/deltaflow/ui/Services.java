package deltaflow.ui;

import deltaflow.ui.files.FxFileChooserService;
import deltaflow.ui.files.UnsavedChangesDialog;
import deltaflow.ui.files.state.FileChooserService;
import deltaflow.ui.files.state.Folders;
import deltaflow.ui.files.state.RecentFiles;
import deltaflow.ui.files.state.Remembered;
import deltaflow.ui.files.state.UnsavedChangesPrompt;
import deltaflow.ui.hall.state.HallViewModel;
import javafx.stage.Stage;

import java.util.prefs.Preferences;

/**
 * The window's services, made in this one place and handed to whoever needs them: the file dialogs (starting in
 * the folder last used), the recent files, what is remembered between runs, the lecture hall's settings, where the
 * tour notes it was seen, and the question about unsaved edits. The user's own preferences for the program; tests
 * build the window from fakes through {@link DeltaflowApp#show} instead.
 */
record Services(FileChooserService chooser, RecentFiles recent, Remembered remembered, HallViewModel hall,
                Preferences tourSeen, UnsavedChangesPrompt unsavedChanges) {

    /** The services of the program the user started, with its dialogs owned by {@code stage}. */
    static Services forUser(Stage stage) {
        return new Services(
                Folders.forUser().around(new FxFileChooserService(() -> stage)),
                RecentFiles.forUser(),
                Remembered.forUser(),
                HallViewModel.forUser(),
                Preferences.userRoot().node("org/deltaflow/tour"),
                new UnsavedChangesDialog(() -> stage));
    }
}
