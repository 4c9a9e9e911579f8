package deltaflow.ui;

import deltaflow.ui.lesson.Desk;
import deltaflow.ui.lesson.state.Lesson;

import deltaflow.model.Scenarios;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk in the window: an exercise answered from the keyboard, a lesson's table, undo keys, a session. */
class DeskWindowTest extends WindowTest {
    @TempDir Path dir;
    private Desk desk;

    DeskWindowTest() { super("mazur", 1920, 1080); }

    @Override protected void started() { desk = window().desk(); }

    private void screenshot(String name) throws Exception { screenshot(scene, name); }

    @Test
    void anExerciseIsAnsweredFromTheKeyboardRightThenWrong(FxRobot robot) throws Exception {
        robot.clickOn("Exercise").clickOn("#menu-exercise-start");
        WaitForAsyncUtils.waitForFxEvents();
        // z_1^1 is the first question: → does not reveal it; the answer field has the focus.
        robot.type(KeyCode.RIGHT);
        assertEquals(0, stepper.getPosition());
        assertTrue(robot.lookup("#exercise-answer").queryAs(TextField.class).isFocused());
        assertTrue(text(robot, "#exercise-question").startsWith("z₁¹ = "), text(robot, "#exercise-question"));
        robot.write("0.3775").type(KeyCode.ENTER);
        assertTrue(text(robot, "#exercise-feedback").startsWith("✓"), text(robot, "#exercise-feedback"));
        assertEquals(1, stepper.getPosition());
        robot.clickOn("#exercise-hint");
        assertTrue(text(robot, "#exercise-hint-text").contains("w₂₁¹ = 0.25"), text(robot, "#exercise-hint-text"));
        robot.clickOn("#exercise-answer").write("0.9").type(KeyCode.ENTER);
        assertTrue(text(robot, "#exercise-feedback").startsWith("✗"), text(robot, "#exercise-feedback"));
        assertTrue(text(robot, "#exercise-feedback").contains("0.3925"), text(robot, "#exercise-feedback"));
        assertTrue(text(robot, "#exercise-worked").contains("0.3925"), text(robot, "#exercise-worked"));
        assertEquals("1 of 2 right · 10 to go", text(robot, "#exercise-score")); // Mazur: 8 z and a, 4 δ
        // After the reveal the focus goes back to the window, so → steps on to the next question (a_1^1).
        robot.interact(() -> stepper.next());
        screenshot("exercise.png");
        assertEquals(2, stepper.getPosition());
        assertTrue(text(robot, "#exercise-question").startsWith("a₁¹"), text(robot, "#exercise-question"));
    }

    @Test
    void theUpdateOrderLessonShowsMazursWrongNumberBesideTheRightOne(FxRobot robot) throws Exception {
        robot.clickOn("Lessons").clickOn("#menu-lesson-update-order");
        WaitForAsyncUtils.waitForFxEvents();
        int costRow = desk.lessons().getTable().rows().size() - 1;
        assertEquals("0.291027774", text(robot, "#lesson-cell-" + costRow + "-1"));
        assertEquals("0.291027924", text(robot, "#lesson-cell-" + costRow + "-2"));
        assertTrue(robot.lookup("#lesson-cell-" + costRow + "-2").queryAs(Label.class).getPseudoClassStates().toString().contains("differs"));
        robot.interact(() -> stepper.last());
        screenshot("lesson-update-order.png");
        robot.clickOn("#lesson-show-wrong");
        assertTrue(robot.lookup("#lesson-cell-" + costRow + "-2").tryQuery().isEmpty(), "the switch hides the wrong way");
        for (Lesson lesson : Lesson.values()) {
            robot.interact(() -> desk.lessons().open(lesson));
            assertEquals(Scenarios.builtIn(lesson.scenario()), stepper.getScenario());
            assertFalse(text(robot, "#lesson-explanation").isBlank());
        }
        robot.interact(() -> stepper.last());
        screenshot("lesson-dead-relu.png");
    }

    @Test
    void ctrlZUndoesAnEditAndCtrlYRedoesIt(FxRobot robot) {
        var original = stepper.getScenario();
        robot.interact(() -> stepper.editWeight(1, 0, 0, "0.9"));
        var edited = stepper.getScenario();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertSame(original, stepper.getScenario());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertSame(edited, stepper.getScenario());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertSame(edited, stepper.getScenario(), "nothing left to redo");
    }

    @Test
    void aDamagedSessionShowsAMessageAndKeepsTheLesson(FxRobot robot) throws Exception {
        Path damaged = dir.resolve("broken.deltaflow");
        Files.writeString(damaged, "not json at all");
        robot.interact(() -> stepper.jumpTo(9));
        robot.interact(() -> desk.sessions().open(damaged));
        assertTrue(robot.lookup("#error-dialog").tryQuery().isPresent());
        assertEquals(9, stepper.getPosition());
    }
}
