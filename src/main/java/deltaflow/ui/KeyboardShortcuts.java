package deltaflow.ui;

import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The lecturer's keys, on the whole scene: → Space PageDown next, ← PageUp back, Home End, P play/pause,
 * Escape clears the selection, G cycles the granularity (neuron, layer, pass), V the view (forward, reverse, both).
 * A filter, because focused controls would otherwise eat the arrows; but a text field being typed in keeps
 * its arrows, Space and Home/End (a clicker's PageUp/PageDown still step).
 */
final class KeyboardShortcuts {
    private static final java.util.Set<KeyCode> MOVES = java.util.EnumSet.of(KeyCode.PAGE_DOWN, KeyCode.PAGE_UP,
            KeyCode.RIGHT, KeyCode.SPACE, KeyCode.LEFT, KeyCode.HOME, KeyCode.END);

    private KeyboardShortcuts() {}

    private static <T> T next(T[] values, T current) {
        int k = java.util.Arrays.asList(values).indexOf(current);
        return values[(k + 1) % values.length];
    }

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
                case G -> typing ? null : () -> stepper.setGranularity(next(Granularity.values(), stepper.getGranularity()));
                case V -> typing ? null : () -> stepper.setView(next(View.values(), stepper.getView()));
                default -> null;
            };
            if (action == null) return;
            if (MOVES.contains(e.getCode())) stepper.pause(); // stepping by hand takes over from playing
            action.run();
            e.consume();
        });
    }
}
