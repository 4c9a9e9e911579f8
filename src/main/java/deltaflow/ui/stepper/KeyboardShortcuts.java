package deltaflow.ui.stepper;

import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The lecturer's keys, on the whole scene: → Space PageDown next, ← PageUp back, Home End, P play/pause,
 * Escape clears the selection, G cycles the granularity (neuron, layer, pass), V the view (forward, reverse, both).
 * A filter, because focused controls would otherwise eat the arrows. Letters go to a focused text field; the
 * stepping keys go to the stepper unless the user is typing in a field, which keeps its arrows, Space and Home/End: one they clicked, or typed a character into since it got the focus. A
 * field that got the focus any other way (a rebuilt inspector handing it on, a question coming up) leaves every
 * key with the stepper. Esc leaves a field; a click outside the field being typed in takes the focus from it.
 */
public final class KeyboardShortcuts {
    private static final java.util.Set<KeyCode> MOVES = java.util.EnumSet.of(KeyCode.PAGE_DOWN, KeyCode.PAGE_UP,
            KeyCode.RIGHT, KeyCode.SPACE, KeyCode.LEFT, KeyCode.HOME, KeyCode.END);
    /** The scene property holding the text field the user is typing in. */
    private static final Object TYPING_IN = new Object();
    /** The scene property set while the last key pressed was taken here: its typed character is not the field's. */
    private static final Object TAKEN = new Object();

    private KeyboardShortcuts() {}

    private static <T> T next(T[] values, T current) {
        int k = java.util.Arrays.asList(values).indexOf(current);
        return values[(k + 1) % values.length];
    }

    /** True while the user types in a text field: it clicked it, or typed into it, and it still has the focus. */
    static boolean isTyping(Scene scene) {
        Node owner = scene.getFocusOwner();
        return owner instanceof TextInputControl && scene.getProperties().get(TYPING_IN) == owner;
    }

    /** The text field a node belongs to (itself, or the field whose skin it is part of), or null. */
    private static TextInputControl fieldOf(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl field) return field;
        }
        return null;
    }

    public static void install(Scene scene, StepperViewModel stepper) {
        // What makes a field "being typed in": a click on it, or a character typed into it.
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            TextInputControl field = fieldOf(e.getTarget());
            scene.getProperties().put(TYPING_IN, field);
            // A click anywhere else (the diagram, a button that takes no focus) gives the keys back.
            if (field == null && scene.getFocusOwner() instanceof TextInputControl) scene.getRoot().requestFocus();
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (scene.getProperties().remove(TAKEN) != null) {
                e.consume(); // the Space that stepped is not also typed into a field
                return;
            }
            if (scene.getFocusOwner() instanceof TextInputControl field && !e.isShortcutDown() && !e.isAltDown()
                    && !e.getCharacter().isEmpty() && !Character.isISOControl(e.getCharacter().charAt(0))) {
                scene.getProperties().put(TYPING_IN, field);
            }
        });
        scene.focusOwnerProperty().addListener((o, was, is) -> {
            if (is != scene.getProperties().get(TYPING_IN)) scene.getProperties().remove(TYPING_IN);
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            scene.getProperties().remove(TAKEN);
            if (e.isShortcutDown() || e.isAltDown()) return;
            boolean typing = isTyping(scene);
            boolean inField = scene.getFocusOwner() instanceof TextInputControl; // letters belong to any focused field
            if (e.getCode() == KeyCode.ESCAPE && scene.getFocusOwner() instanceof TextInputControl) {
                scene.getRoot().requestFocus(); // Esc leaves the field; the next Esc clears the selection
                e.consume();
                return;
            }
            Runnable action = switch (e.getCode()) {
                case PAGE_DOWN -> stepper::next;
                case PAGE_UP -> stepper::back;
                case RIGHT, SPACE -> typing ? null : stepper::next;
                case LEFT -> typing ? null : stepper::back;
                case HOME -> typing ? null : stepper::first;
                case END -> typing ? null : stepper::last;
                case P -> inField ? null : stepper::togglePlay;
                case ESCAPE -> () -> stepper.select(null);
                case G -> inField ? null : () -> stepper.setGranularity(next(Granularity.values(), stepper.getGranularity()));
                case V -> inField ? null : () -> stepper.setView(next(View.values(), stepper.getView()));
                default -> null;
            };
            if (action == null) return;
            if (MOVES.contains(e.getCode())) stepper.pause(); // stepping by hand takes over from playing
            action.run();
            e.consume();
            scene.getProperties().put(TAKEN, Boolean.TRUE);
        });
    }
}
