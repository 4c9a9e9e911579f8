package deltaflow.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The lecturer's keys, on the whole scene: → Space PageDown next, ← PageUp back, Home End, P play/pause,
 * Escape clears the selection.
 * A filter, because focused controls would otherwise eat the arrows; but a text field being typed in keeps
 * its arrows, Space and Home/End (a clicker's PageUp/PageDown still step).
 */
final class KeyboardShortcuts {
    private KeyboardShortcuts() {}

    static void install(Scene scene, StepperViewModel stepper) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) return;
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            Runnable action = switch (e.getCode()) {
                case PAGE_DOWN -> stepper::next;
                case PAGE_UP -> stepper::back;
                case RIGHT, SPACE -> typing ? null : stepper::next;
                case LEFT -> typing ? null : stepper::back;
                case HOME -> typing ? null : stepper::first;
                case END -> typing ? null : stepper::last;
                case P -> typing ? null : stepper::togglePlay;
                case ESCAPE -> typing ? null : () -> stepper.select(null);
                default -> null;
            };
            if (action == null) return;
            if (e.getCode() != javafx.scene.input.KeyCode.P && e.getCode() != javafx.scene.input.KeyCode.ESCAPE) stepper.pause();
            action.run();
            e.consume();
        });
    }
}
