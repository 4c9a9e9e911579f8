package deltaflow.ui.hall;

import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.hall.state.ThemeStyle;
import deltaflow.ui.stepper.state.StepperViewModel;

import deltaflow.diagram.Palette;
import deltaflow.diagram.Theme;
import deltaflow.ui.i18n.Messages;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.Locale;

/**
 * The scene's root: the window, and over it the shortcut card and the black screen. Applies the lecture
 * hall's settings: the theme's colours (generated from the palette) and the type scale as inline style on the
 * root, presentation mode (full screen, chrome hidden), and the lecturer's keys — F5 and Esc, B and "." to
 * blank (presentation mode only), F1 and "?" for the keys, S for slow motion, L for every label, N for the step
 * counter while presenting, Ctrl +/−/0 for the type size (shown for a moment as "150 %").
 */
public final class HallPane extends StackPane {
    /** The root font size at 100%; every other size in the stylesheet is in em of it. */
    static final double BASE_FONT = 20;

    private final StepperViewModel stepper;
    private final HallViewModel hall;
    private final Region window;
    private final Region blank = new Region();
    private final ShortcutOverlay shortcuts = new ShortcutOverlay();
    /** "150 %" for a moment after the type scale changes, so each Ctrl + is seen to do something. */
    private final javafx.scene.control.Label scaleIndicator = new javafx.scene.control.Label();
    private final javafx.animation.PauseTransition scaleIndicatorTimer = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.2));
    private double speedBeforeSlowMotion;

    /** The window under the presentation layers. */
    public Region window() { return window; }

    public HallPane(Region window, StepperViewModel stepper, HallViewModel hall) {
        this.window = window;
        this.stepper = stepper;
        this.hall = hall;
        setId("hall");
        blank.setId("blank");
        blank.getStyleClass().add("blank");
        blank.visibleProperty().bind(hall.blankedProperty());
        shortcuts.visibleProperty().bind(hall.shortcutsShownProperty());
        scaleIndicator.setId("type-scale-indicator");
        scaleIndicator.getStyleClass().add("type-scale-indicator");
        scaleIndicator.setVisible(false);
        scaleIndicator.setMouseTransparent(true);
        StackPane.setAlignment(scaleIndicator, javafx.geometry.Pos.CENTER);
        scaleIndicatorTimer.setOnFinished(e -> scaleIndicator.setVisible(false));
        getChildren().addAll(window, scaleIndicator, shortcuts, blank);
        hall.typeScaleProperty().addListener((o, was, is) -> {
            scaleIndicator.setText(hall.typeScaleText());
            scaleIndicator.setVisible(true);
            scaleIndicatorTimer.playFromStart();
        });
        hall.allLabelsProperty().addListener((o, was, is) -> stepper.setAllLabels(is));

        stepper.themeProperty().addListener((o, was, is) -> restyle());
        hall.typeScaleProperty().addListener((o, was, is) -> restyle());
        Messages.localeProperty().addListener((o, was, is) -> restyle());
        hall.presentingProperty().addListener((o, was, is) -> present(is));
        hall.slowMotionProperty().addListener((o, was, is) -> slowMotion(is));
        // A step taken while blanked shows the screen again: the lecturer is moving on.
        stepper.positionProperty().addListener((o, was, is) -> { if (hall.isBlanked()) hall.unblank(); });
        restyle();
    }

    private void restyle() {
        Theme theme = stepper.getTheme();
        getStyleClass().removeAll("dark", "high-contrast", "colorblind", "lang-zh");
        if (theme != Theme.LIGHT) getStyleClass().add(theme.id());
        Locale locale = Messages.locale();
        if (locale.getLanguage().equals("zh")) getStyleClass().add("lang-zh");
        setStyle(ThemeStyle.of(Palette.of(theme)) + "-fx-font-size: " + BASE_FONT * hall.getTypeScale() + "px;");
        stepper.setTextScale(hall.getTypeScale());
    }

    private void present(boolean on) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("presenting"), on);
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint(on ? Messages.get("presentation.exitHint") : "");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc is ours: it leaves presentation mode
            stage.setFullScreen(on);
        }
        requestFocus(); // no text field keeps the keys
    }

    private void slowMotion(boolean on) {
        if (on) {
            speedBeforeSlowMotion = stepper.speedProperty().get();
            stepper.speedProperty().set(HallViewModel.SLOW_SPEED);
        } else if (speedBeforeSlowMotion > 0) {
            stepper.speedProperty().set(speedBeforeSlowMotion);
        }
    }

    // Ctrl + is Ctrl+Shift+= on most layouts, Ctrl+= for most people, and the keypad's +: all three, shifted or not.
    private static final KeyCombination LARGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    private static final KeyCombination LARGER_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    private static final KeyCombination LARGER_ADD = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    private static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SMALLER_SUBTRACT = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESET_NUMPAD = new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN);

    /** The lecturer's keys, as a filter on the scene (installed before the stepping keys). */
    public void installKeys() {
        getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = !hall.isPresenting() && getScene().getFocusOwner() instanceof TextInputControl;
            Runnable action = null;
            if (LARGER.match(e) || LARGER_PLUS.match(e) || LARGER_ADD.match(e)) action = hall::larger;
            else if (SMALLER.match(e) || SMALLER_SUBTRACT.match(e)) action = hall::smaller;
            else if (RESET.match(e) || RESET_NUMPAD.match(e)) action = hall::resetScale;
            else if (e.isShortcutDown() || e.isAltDown()) return;
            else if (e.getCode() == KeyCode.F5) action = () -> hall.setPresenting(true);
            else if (e.getCode() == KeyCode.F1) action = hall::toggleShortcuts;
            else if (e.getCode() == KeyCode.ESCAPE && hall.isShortcutsShown()) action = hall::toggleShortcuts;
            else if (e.getCode() == KeyCode.ESCAPE && hall.isPresenting()) {
                hall.setPresenting(false);
                return; // not consumed: Esc also clears the selection
            } else if (typing) return;
            // Blanking is for the hall: at the desk "." is part of a number typed with no field focused.
            else if ((e.getCode() == KeyCode.B || e.getCode() == KeyCode.PERIOD) && hall.isPresenting()) action = hall::toggleBlank;
            else if (e.getCode() == KeyCode.S) action = hall::toggleSlowMotion;
            else if (e.getCode() == KeyCode.L) action = hall::toggleAllLabels;
            else if (e.getCode() == KeyCode.N) action = hall::toggleStepCounter;
            if (action == null) return;
            action.run();
            e.consume();
        });
        // "?" arrives as a typed character on every keyboard layout, whatever key makes it.
        getScene().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            boolean typing = !hall.isPresenting() && getScene().getFocusOwner() instanceof TextInputControl;
            if (typing || !"?".equals(e.getCharacter())) return;
            hall.toggleShortcuts();
            e.consume();
        });
    }
}
