package deltaflow.ui.train;

import deltaflow.ui.train.state.MicroscopeViewModel;
import deltaflow.ui.train.state.TrainExportViewModel;
import deltaflow.ui.train.state.TrainViewModel;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys of training, on the scene before the stepper's: T shows the train view or leaves it (and, from an
 * update under the microscope, goes back to training). While the train view is shown the clicker's keys train:
 * PageDown and → one epoch, Space and P play or pause, M the next mini-batch in the stepper; Ctrl+Z and
 * Ctrl+Shift+Z (Ctrl+Y) undo and redo its changes, Ctrl+E exports it. Letters go to a focused text field.
 */
final class TrainKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private TrainKeys() {}

    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    static void install(Scene scene, TrainViewModel train, MicroscopeViewModel microscope, TrainExportViewModel export) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean inField = scene.getFocusOwner() instanceof TextInputControl;
            Runnable action = null;
            if (train.isShown() && UNDO.match(e)) action = train::undo;
            else if (train.isShown() && EXPORT.match(e)) action = export::export;
            else if (train.isShown() && (REDO.match(e) || REDO_Y.match(e))) action = train::redo;
            else if (e.isShortcutDown() || e.isAltDown() || inField) return;
            else if (e.getCode() == KeyCode.T) action = train.isShown() ? () -> train.setShown(false) : microscope::backToTraining;
            else if (!train.isShown()) return;
            else action = switch (e.getCode()) {
                case PAGE_DOWN, RIGHT -> train::oneEpoch;
                case SPACE, P -> train::togglePlay;
                case M -> microscope::examineNextBatch;
                default -> null;
            };
            if (action == null) return;
            action.run();
            e.consume();
        });
    }
}
