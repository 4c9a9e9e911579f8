package deltaflow.ui;

import deltaflow.model.Activation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 items 5 and 6: the stepping keys never get stuck in an inspector field; blanking only while presenting. */
class KeysAndFocusWindowTest extends WindowTest {
    KeysAndFocusWindowTest() { super("mazur", 1920, 1080); }

    @Override protected Preferences hallPreferences() { return prefs; }

    @Test
    void aComboChangeLeavesTheArrowsWithTheStepper(FxRobot robot) {
        // The reported sequence: open mazur, click x₁, set σ of layer 1 to tanh, press →.
        robot.clickOn("#neuron-0-1");
        robot.clickOn("#activation-1");
        robot.clickOn("tanh");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Activation.TANH, stepper.getScenario().network().layer(1).activation());
        assertFalse(scene.getFocusOwner() instanceof TextInputControl, "a combo change moved the focus into " + scene.getFocusOwner());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertEquals(2, stepper.getPosition());
        robot.type(KeyCode.LEFT);
        assertEquals(1, stepper.getPosition());
        robot.type(KeyCode.END);
        assertEquals(stepper.getTimeline().size(), stepper.getPosition());
        robot.type(KeyCode.HOME);
        assertEquals(0, stepper.getPosition());
    }

    @Test
    void aFieldThatGotTheFocusWithoutAClickLeavesEveryStepKeyWithTheStepper(FxRobot robot) {
        robot.interact(() -> robot.lookup("#learning-rate").queryAs(TextField.class).requestFocus());
        for (KeyCode key : new KeyCode[] {KeyCode.RIGHT, KeyCode.SPACE, KeyCode.PAGE_DOWN}) robot.type(key);
        assertEquals(3, stepper.getPosition());
        robot.type(KeyCode.LEFT).type(KeyCode.PAGE_UP);
        assertEquals(1, stepper.getPosition());
    }

    @Test
    void aClickedFieldKeepsItsArrowsUntilEscOrAClickElsewhere(FxRobot robot) {
        robot.clickOn("#learning-rate");
        TextField rate = robot.lookup("#learning-rate").queryAs(TextField.class);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.RIGHT);
        assertEquals(0, stepper.getPosition(), "the user typing in a field moves its caret");
        assertEquals(1, rate.getCaretPosition());
        robot.type(KeyCode.ESCAPE);
        assertFalse(rate.isFocused(), "Esc leaves the field");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, stepper.getPosition());

        robot.clickOn("#learning-rate");
        robot.clickOn("#network-pane");
        robot.type(KeyCode.RIGHT);
        assertEquals(2, stepper.getPosition(), "a click on the diagram gives the keys back");

        robot.clickOn("#learning-rate");
        robot.clickOn("#next");
        assertEquals(3, stepper.getPosition());
        robot.type(KeyCode.RIGHT);
        assertEquals(4, stepper.getPosition(), "so does a click on Next");
    }

    @Test
    void typingANumberWithNoFieldFocusedNeverBlanksTheDesk(FxRobot robot) {
        robot.type(KeyCode.DIGIT0).type(KeyCode.PERIOD).type(KeyCode.DIGIT4).type(KeyCode.B);
        assertFalse(hall.isBlanked());
        assertFalse(robot.lookup("#blank").query().isVisible());
    }

    @Test
    void aStepTakenWhileBlankedShowsTheScreenAgain(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.B);
        assertTrue(hall.isBlanked());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, stepper.getPosition());
        assertFalse(hall.isBlanked());
        robot.type(KeyCode.PERIOD);
        assertTrue(hall.isBlanked());
        robot.type(KeyCode.LEFT);
        assertFalse(hall.isBlanked());
    }

    @Test
    void theActivationOfAHiddenLayerDoesNotOfferSoftmax(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Activation> hidden = robot.lookup("#activation-1").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Activation> output = robot.lookup("#activation-2").queryAs(ComboBox.class);
        assertFalse(hidden.getItems().contains(Activation.SOFTMAX));
        assertTrue(output.getItems().contains(Activation.SOFTMAX));
    }
}
