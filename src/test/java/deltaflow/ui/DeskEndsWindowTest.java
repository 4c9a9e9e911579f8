package deltaflow.ui;

import deltaflow.ui.files.UnsavedChangesDialog;
import deltaflow.ui.lesson.Desk;

import deltaflow.model.Exercise;
import deltaflow.model.Granularity;
import deltaflow.model.Scenarios;
import deltaflow.ui.i18n.Messages;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 items 8, 13, 15 and 17 in the window: the end of the update and Apply update, the unsaved mark and
 * question, the phase bar's marker and its blocks by example, the exercise's end, the Scenario labels; with
 * screenshots at 1024×768, 1280×720 and 1920×1080 in English and Traditional Chinese (target/screenshots/desk-*).
 */
class DeskEndsWindowTest extends WindowTest {
    private static final Path SHOTS = SCREENSHOTS;

    DeskEndsWindowTest() { super("mazur", 1920, 1080); }

    /** Runs before the common clean-up: the stage is shared by every test class, so leave it the size the others expect. */
    @AfterEach
    void restoreTheStageSize(FxRobot robot) {
        robot.interact(() -> { stage.setWidth(1920); stage.setHeight(1080); });
    }

    @Test
    void theEndSaysWhatTheUpdateBoughtAndApplyUpdateStartsTheNextIteration(FxRobot robot) throws Exception {
        Node bar = robot.lookup("#update-done").query();
        assertFalse(shown(bar));
        robot.interact(stepper::last);
        assertTrue(shown(bar));
        assertEquals("cost C: 0.298371109 → 0.291027774", robot.lookup("#update-done-message").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#next").queryAs(Button.class).isDisabled(), "no Next at the end");
        assertTrue(robot.lookup("#last").queryAs(Button.class).isDisabled());
        assertEquals("deltaflow — Mazur 2-2-2", stage.getTitle());
        robot.clickOn("#apply-update");
        assertEquals(0, stepper.getPosition());
        assertFalse(shown(bar));
        assertFalse(robot.lookup("#next").queryAs(Button.class).isDisabled());
        assertEquals("• deltaflow — Mazur 2-2-2", stage.getTitle(), "the applied update is an unsaved edit");
        robot.interact(stepper::last);
        // The second iteration starts from 0.291027774 and goes lower.
        String second = robot.lookup("#update-done-message").queryAs(Label.class).getText();
        assertTrue(second.contains("0.291027774 → 0.28"), second);
        robot.interact(stepper::undo);
        assertEquals(stepper.getTimeline().size(), stepper.getPosition());
        assertEquals("deltaflow — Mazur 2-2-2", stage.getTitle());
    }

    @Test
    void thePhaseBarsMarkerRunsUnderTheNamesNeverThroughThem(FxRobot robot) {
        for (int position : new int[] {0, 3, 10, 20, 30, 40}) {
            robot.interact(() -> stepper.jumpTo(position));
            WaitForAsyncUtils.waitForFxEvents();
            Node marker = robot.lookup(".phase-marker").query();
            Bounds m = marker.localToScene(marker.getBoundsInLocal());
            for (Node text : robot.lookup("#phase-bar .phase-block .text").queryAll()) {
                Bounds t = text.localToScene(text.getBoundsInLocal());
                assertFalse(m.intersects(t), "at " + position + " the marker crosses " + ((javafx.scene.text.Text) text).getText());
            }
        }
    }

    @Test
    void aLargeNetworkOpensSteppingByLayerWithThePhaseBarByExample(FxRobot robot) {
        robot.interact(() -> files.openBuiltIn("mnist-shaped"));
        assertEquals(Granularity.LAYER, stepper.getGranularity());
        List<Label> blocks = robot.lookup("#phase-bar .phase-block").queryAllAs(Label.class).stream().toList();
        assertEquals(32 + 2, blocks.size(), "one block per example, then average and update");
        assertEquals("1", blocks.get(0).getText());
        assertEquals("32", blocks.get(31).getText());
        for (Label block : blocks) {
            javafx.scene.text.Text shownText = (javafx.scene.text.Text) block.lookup(".text");
            assertEquals(block.getText(), shownText.getText(), "a block's name is whole");
        }
        robot.interact(() -> files.openBuiltIn("mazur"));
        assertEquals(Granularity.NEURON, stepper.getGranularity(), "a small network steps as the user did before");
    }

    @Test
    void pressingHintDoesNotMoveTheNetwork(FxRobot robot) {
        Desk desk = MainWindow.of(scene).desk();
        robot.interact(() -> desk.exercise().start(EnumSet.of(Exercise.Topic.DELTA)));
        robot.interact(stepper::last);
        WaitForAsyncUtils.waitForFxEvents();
        Node network = robot.lookup("#network-pane").query();
        double before = network.getLayoutBounds().getHeight();
        robot.clickOn("#exercise-hint");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#exercise-hint-text").queryAs(Label.class).getText().isEmpty());
        assertEquals(before, network.getLayoutBounds().getHeight(), 0.5);
    }

    @Test
    void theScenarioLabelsAreWholeAt1280By720(FxRobot robot) {
        robot.interact(() -> { stage.setWidth(1280); stage.setHeight(720); });
        WaitForAsyncUtils.waitForFxEvents();
        int checked = 0;
        for (Node node : robot.lookup("#inspector .inspector-symbol").queryAll()) {
            Label label = (Label) node;
            javafx.scene.text.Text text = (javafx.scene.text.Text) label.lookup(".text");
            if (text == null || !shown(label)) continue;
            assertFalse(text.getText().contains("…") && !label.getText().contains("…"), "\"" + label.getText() + "\" is shown as \"" + text.getText() + "\"");
            checked++;
        }
        assertTrue(checked >= 4, "checked " + checked);
        // And the choices beside them show their whole value, with no sideways scrolling.
        javafx.scene.control.ScrollPane inspector = robot.lookup(".inspector-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        assertTrue(inspector.getContent().getLayoutBounds().getWidth() <= inspector.getViewportBounds().getWidth() + 0.5,
                "the inspector scrolls sideways");
        for (String id : new String[] {"#cost", "#activation-1", "#activation-2"}) {
            Node cell = robot.lookup(id + " .list-cell").query();
            javafx.scene.text.Text text = (javafx.scene.text.Text) cell.lookup(".text");
            assertFalse(text.getText().contains("…") || text.getText().contains("..."), id + " shows \"" + text.getText() + "\"");
        }
    }

    @Test
    void screenshotsOfTheEndTheQuestionTheExerciseAndTheCheck(FxRobot robot) throws Exception {
        Files.createDirectories(SHOTS);
        Desk desk = MainWindow.of(scene).desk();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE)) {
            String lang = locale.getLanguage();
            for (int[] size : new int[][] {{1920, 1080}, {1280, 720}, {1024, 768}}) {
                robot.interact(() -> {
                    Messages.setLocale(locale);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    stepper.last();
                });
                snapshot(scene, SHOTS.resolve("desk-end-" + lang + "-" + size[0] + "x" + size[1] + ".png"));
                // The cost before → after is the point of the card: shown whole, never ending in "…".
                Label message = robot.lookup("#update-done-message").queryAs(Label.class);
                String drawn = ((javafx.scene.text.Text) message.lookup(".text")).getText().replace("\n", " ").replaceAll("\\s+", " ");
                assertEquals(message.getText().replaceAll("\\s+", " "), drawn, lang + " at " + size[0] + "×" + size[1]);
            }
            robot.interact(() -> { stage.setWidth(1280); stage.setHeight(720); });
            // The unsaved-changes question, as the real dialog.
            Alert[] alert = new Alert[1];
            robot.interact(() -> {
                alert[0] = new UnsavedChangesDialog(() -> stage).build(stepper.getScenario().title());
                alert[0].show();
            });
            snapshot(alert[0].getDialogPane().getScene(), SHOTS.resolve("desk-unsaved-" + lang + ".png"));
            assertTrue(alert[0].getDialogPane().getHeaderText().contains("Mazur 2-2-2"));
            robot.interact(() -> alert[0].close());
            // An exercise's end with wrong answers to retry.
            robot.interact(() -> {
                stepper.first();
                desk.exercise().start(EnumSet.of(Exercise.Topic.Z));
                desk.exercise().answer("0.3775");
                desk.exercise().answer("0.9");
                stepper.last();
                desk.exercise().giveUp();
                desk.exercise().answer("1.2249");
                stepper.last();
            });
            assertTrue(shown(robot.lookup("#exercise-retry").query()));
            snapshot(scene, SHOTS.resolve("desk-exercise-end-" + lang + ".png"));
            robot.interact(() -> desk.exercise().stop());
            // The gradient check, sampled on the large network.
            Stage[] check = new Stage[1];
            robot.interact(() -> check[0] = deltaflow.ui.reverse.GradientCheckView.open(Scenarios.builtIn("mnist-shaped"), stage,
                    deltaflow.ui.style.Stylesheets.window()));
            snapshot(check[0].getScene(), SHOTS.resolve("desk-gradient-check-" + lang + ".png"));
            robot.interact(() -> check[0].close());
        }
    }

    static void snapshot(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
