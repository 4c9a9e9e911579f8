package deltaflow.ui;

import deltaflow.model.Exercise;
import deltaflow.model.Scenarios;
import deltaflow.ui.hall.state.HallViewModel;
import deltaflow.ui.i18n.Messages;
import deltaflow.ui.stepper.state.StepperViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exercise's question is as large after a change of type scale or presenting as when it came up (at 1024×768 it
 * shrank to a line of 8 px text presenting, and at 150 % at the desk), and such a change keeps what the student typed.
 */
class ExerciseQuestionSizeTest extends SizedWindowTest {
    /** The answer field's prompt is whole in 繁體中文 and English on a 1024×768 desk at 100 % (it was cut: "你的預測(按 Enter 檢查)" in a 10-column field; and Modena hid it while the field had focus). */
    @Test
    void theAnswerFieldShowsItsWholePromptAt1024x768(FxRobot robot) {
      for (Locale locale : List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            Messages.setLocale(locale);
            StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
            scene[0] = show(stepper, newHall(), 1024, 768);
            GalleryAccess.startExercise(scene[0], EnumSet.allOf(Exercise.Topic.class));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.TextField answer = (javafx.scene.control.TextField) scene[0].lookup("#exercise-answer");
            javafx.scene.text.Text prompt = new javafx.scene.text.Text(answer.getPromptText());
            prompt.setFont(answer.getFont());
            double needed = prompt.getLayoutBounds().getWidth() + answer.getInsets().getLeft() + answer.getInsets().getRight();
            assertTrue(answer.getPromptText().equals(locale == Locale.ENGLISH ? "Prediction" : "你的預測"), answer.getPromptText());
            assertTrue(answer.getTooltip().getText().contains("Enter"), answer.getTooltip().getText());
            assertTrue(answer.getWidth() >= needed, "the field is " + answer.getWidth() + " px wide, its prompt needs " + needed);
            javafx.geometry.Bounds b = answer.localToScene(answer.getLayoutBounds());
            assertTrue(b.getMaxX() <= 1024, "the field reaches " + b.getMaxX());
        });
      }
    }

    @Test
    void theQuestionKeepsItsSizeAndTheAnswerWhenTheTypeScaleOrPresentingChanges(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        Scene[] scene = new Scene[1];
        HallViewModel[] hall = new HallViewModel[1];
        robot.interact(() -> {
            StepperViewModel stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
            hall[0] = newHall();
            scene[0] = show(stepper, hall[0], 1024, 768);
            GalleryAccess.startExercise(scene[0], EnumSet.allOf(Exercise.Topic.class));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] first = new double[1];
        robot.interact(() -> first[0] = questionHeight(scene[0]));
        assertTrue(first[0] >= 30, "the question is " + first[0] + " px high");
        robot.interact(() -> ((javafx.scene.control.TextField) scene[0].lookup(".exercise-panel .text-field")).setText("0.3"));
        for (boolean presenting : new boolean[] {false, true}) {
            for (double scale : new double[] {1, 1.5, 2, 1}) {
                robot.interact(() -> {
                    hall[0].setPresenting(presenting);
                    hall[0].setTypeScale(scale);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    String where = (presenting ? "presenting" : "desk") + " " + scale * 100 + "%: ";
                    double h = questionHeight(scene[0]);
                    double font = ((Label) scene[0].lookup("#exercise-question")).getFont().getSize();
                    // The picture is drawn at the label's font size: a formula with sub- and superscripts is taller than it.
                    if (h < font * 0.9) problems.add(where + "the question is " + h + " px high at a " + font + " px font");
                    if (h < first[0] * 0.9) problems.add(where + "the question shrank from " + first[0] + " to " + h + " px");
                    String typed = ((javafx.scene.control.TextField) scene[0].lookup(".exercise-panel .text-field")).getText();
                    if (!"0.3".equals(typed)) problems.add(where + "the answer field holds \"" + typed + "\"");
                });
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static double questionHeight(Scene scene) {
        Label text = (Label) scene.lookup("#exercise-question");
        for (javafx.scene.Node n : text.getParent().getChildrenUnmodifiable()) {
            if (n instanceof ImageView v && v.getImage() != null) return v.getBoundsInParent().getHeight();
        }
        return 0;
    }
}
