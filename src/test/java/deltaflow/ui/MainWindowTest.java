package deltaflow.ui;

import deltaflow.ui.files.state.ScenarioFiles;

import deltaflow.model.Scenarios;
import deltaflow.model.StepKind;
import deltaflow.model.ValueRef;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static deltaflow.ui.Shown.assertShows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window on Mazur's worked example, driven as a lecturer drives it: keys, buttons, the inspector, File ▸ Open. */
class MainWindowTest extends WindowTest {

    @TempDir Path dir;
    private static final int MAZUR_STEPS = 36; // 8 forward, 3 cost, 4 δ, 12 gradients, C (one example: the average), 8 updates

    MainWindowTest() { super("mazur", 1920, 1080); }

    private StepKind kind() { return stepper.getCurrentStep() == null ? null : stepper.getCurrentStep().kind(); }

    @Test
    void theKeyboardStepsThroughTheWholeUpdateShowingMazursNumbers(FxRobot robot) {
        boolean sawCost = false, sawDelta = false, sawHidden = false;
        for (int k = 1; k <= MAZUR_STEPS; k++) {
            robot.type(KeyCode.RIGHT);
            assertTrue(text(robot, "#status").startsWith("step " + k + " of " + MAZUR_STEPS), text(robot, "#status"));
            String formula = text(robot, "#formula-text");
            if (kind() == StepKind.A && stepper.getCurrentStep().layer() == 1 && stepper.getCurrentStep().neuron() == 0) {
                assertShows(0.593269992, formula); // out_h1
                assertShows(0.593269992, diagramText(robot, "neuron-1-1"));
                assertShows(0.593269992, text(robot, "#value-1")); // the inspector follows the step: a_1^1
                sawHidden = true;
            }
            if (kind() == StepKind.TOTAL_COST) {
                assertShows(0.298371109, formula); // E_total
                sawCost = true;
            }
            if (kind() == StepKind.DELTA && stepper.getCurrentStep().layer() == 2 && stepper.getCurrentStep().neuron() == 0) {
                assertTrue(formula.startsWith("δ_1^2 = σ'(z_1^2) ∂C^r/∂y_1 = "), formula);
                assertShows(0.138498562, formula); // δ_o1
                assertShows(0.138498562, diagramText(robot, "delta-2-1"));
                sawDelta = true;
            }
        }
        assertTrue(sawHidden && sawCost && sawDelta);
        assertShows(0.75136507, diagramText(robot, "neuron-2-1")); // out_o1
        assertShows(0.772928465, diagramText(robot, "neuron-2-2")); // out_o2
        robot.type(KeyCode.RIGHT); // past the end: stays
        assertEquals(MAZUR_STEPS, stepper.getPosition());
        robot.type(KeyCode.HOME);
        assertEquals(0, stepper.getPosition());
        assertTrue(text(robot, "#status").startsWith("step 0 of 36"));
        assertEquals("", text(robot, "#formula-text")); // nothing computed, nothing shown
        assertEquals("a₁¹", diagramText(robot, "neuron-1-1")); // the symbol again, not the number
        assertEquals("a₁²", diagramText(robot, "neuron-2-1"));
        robot.type(KeyCode.END);
        assertEquals(MAZUR_STEPS, stepper.getPosition());
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(MAZUR_STEPS - 2, stepper.getPosition());
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.SPACE);
        assertEquals(MAZUR_STEPS, stepper.getPosition());
    }

    @Test
    void theButtonsStepForwardAndBackExactly(FxRobot robot) {
        for (int k = 0; k < MAZUR_STEPS; k++) robot.clickOn("#next");
        assertEquals("step 36 of 36 · update · w₂₂²⁺ · example 1 of 1", text(robot, "#status"));
        assertShows(0.561370121, text(robot, "#formula-text")); // Mazur: w8+
        robot.clickOn("#back");
        assertEquals(MAZUR_STEPS - 1, stepper.getPosition());
        robot.clickOn("#first");
        assertEquals(0, stepper.getPosition());
        robot.clickOn("#last");
        assertEquals(MAZUR_STEPS, stepper.getPosition());
    }

    @Test
    void aHiddenDeltaShowsItsFormulaWithTheNumbersFilledIn(FxRobot robot) {
        robot.interact(() -> { while (!(kind() == StepKind.DELTA && stepper.getCurrentStep().layer() == 1)) stepper.next(); });
        String formula = text(robot, "#formula-text");
        assertEquals("δ_1^1 = σ'(z_1^1) (w_11^2 δ_1^2 + w_21^2 δ_2^2) = 0.2413 × (0.4 × 0.1385 + 0.5 × (−0.0381)) = 0.008771", formula);
        assertTrue(robot.lookup("#formula-line-1").tryQuery().isPresent());
    }

    @Test
    void editingAWeightInTheInspectorRecomputesTheValues(FxRobot robot) {
        robot.interact(() -> stepper.last());
        robot.clickOn("#weight-2-1-1"); // the label w₁₁² on its edge
        assertEquals(ValueRef.weight(2, 0, 0), stepper.getSelection());
        assertEquals("0.4 → 0.3589", text(robot, "#value-3"));
        robot.clickOn("#edit-weight").eraseText(8).write("abc").type(KeyCode.ENTER);
        assertEquals("not a number: \"abc\"", text(robot, "#edit-error"));
        assertEquals(0.4, stepper.getScenario().network().layer(2).weight(0, 0));
        robot.clickOn("#edit-weight").eraseText(8).write("0.6").type(KeyCode.ENTER);
        assertEquals("", text(robot, "#edit-error"));
        assertEquals(0.6, stepper.getScenario().network().layer(2).weight(0, 0));
        assertEquals(MAZUR_STEPS, stepper.getPosition());
        assertTrue(text(robot, "#value-3").startsWith("0.6 → "), text(robot, "#value-3"));
        assertEquals("0.6", robot.lookup("#edit-weight").queryAs(TextField.class).getText());
        robot.type(KeyCode.LEFT); // focus is back with the stepper after an accepted edit
        assertEquals(MAZUR_STEPS - 1, stepper.getPosition());
        // out_o1 = σ(0.6 × 0.593269992 + 0.45 × 0.596884378 + 0.6), computed here independently.
        assertShows(1 / (1 + Math.exp(-(0.6 * 0.593269992 + 0.45 * 0.596884378 + 0.6))), diagramText(robot, "neuron-2-1"));
    }

    @Test
    void clickingThePhaseBarJumpsToThatPhase(FxRobot robot) {
        var bar = robot.lookup("#phase-bar").query();
        var bounds = bar.localToScreen(bar.getLayoutBounds());
        // Six equal blocks; the middle of the third is halfway through the backward pass.
        robot.clickOn(bounds.getMinX() + bounds.getWidth() * 2.5 / 6, bounds.getCenterY());
        assertEquals(deltaflow.model.Phase.BACKWARD, stepper.getCurrentStep().phase());
        assertTrue(text(robot, "#status").contains("· backward ·"), text(robot, "#status"));
    }

    @Test
    void playRunsToTheEndAndStops(FxRobot robot) throws Exception {
        robot.interact(() -> stepper.speedProperty().set(20));
        robot.type(KeyCode.P);
        assertTrue(stepper.isPlaying());
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> stepper.getPosition() > 5);
        robot.type(KeyCode.P);
        assertTrue(!stepper.isPlaying());
        int paused = stepper.getPosition();
        waitForPulses(robot, 12); // at 20 steps a second, several beats would have passed in 12 frames
        assertEquals(paused, stepper.getPosition());
        robot.clickOn("#play");
        assertEquals("Pause", robot.lookup("#play").queryAs(javafx.scene.control.Button.class).getText());
        // The pause sign is drawn (⏸ is missing from many fonts): two bars, no character that could show as a box.
        assertTrue(robot.lookup("#play").queryAs(javafx.scene.control.Button.class).getGraphic().getStyleClass().contains("pause-icon"));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> stepper.getPosition() == MAZUR_STEPS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!stepper.isPlaying());
    }

    @Test
    void aRefusedActivationPutsTheChoiceBack(FxRobot robot) {
        robot.interact(() -> robot.lookup("#activation-1").queryAs(javafx.scene.control.ComboBox.class).setValue(deltaflow.model.Activation.SOFTMAX));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#settings-error").contains("softmax"), text(robot, "#settings-error"));
        assertEquals(deltaflow.model.Activation.SIGMOID, stepper.getScenario().network().layer(1).activation());
        assertEquals(deltaflow.model.Activation.SIGMOID, robot.lookup("#activation-1").queryAs(javafx.scene.control.ComboBox.class).getValue());
        robot.interact(() -> robot.lookup("#activation-1").queryAs(javafx.scene.control.ComboBox.class).setValue(deltaflow.model.Activation.TANH));
        assertEquals(deltaflow.model.Activation.TANH, stepper.getScenario().network().layer(1).activation());
        assertEquals("", text(robot, "#settings-error"));
    }

    @Test
    void clickingANeuronInspectsIt(FxRobot robot) {
        robot.interact(() -> stepper.jumpTo(7)); // z¹ and a¹ (4 steps), z₁², z₂², a₁²
        robot.clickOn("#neuron-2-1");
        assertEquals("output neuron 1 of layer 2 (sigmoid)", text(robot, "#inspector-title"));
        assertShows(0.75136507, text(robot, "#value-1")); // a₁² = out_o1
        robot.type(KeyCode.ESCAPE);
        assertEquals(null, stepper.getSelection());
        robot.type(KeyCode.G);
        assertEquals(deltaflow.model.Granularity.LAYER, stepper.getGranularity());
        assertTrue(robot.lookup("#granularity-layer").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.type(KeyCode.V);
        assertEquals(deltaflow.diagram.View.REVERSE, stepper.getView());
    }

    @Test
    void theMenusOpenBuiltInsAndFiles(FxRobot robot) throws Exception {
        robot.clickOn("Scenarios").clickOn("XOR");
        assertTrue(text(robot, "#status").startsWith("step 0 of 99"), text(robot, "#status"));
        Path good = dir.resolve("mine.json");
        ScenarioFiles.writeAtomically(Scenarios.builtIn("mazur").withLearningRate(0.25), good);
        chooser.answer(good);
        robot.clickOn("File").clickOn("Open…");
        assertEquals(0.25, stepper.getScenario().learningRate());
        assertEquals(good, files.getFile());
        assertEquals(java.util.List.of(good.toAbsolutePath().normalize()), files.recent().list());
    }

    @Test
    void aMalformedFileShowsTheLoadersMessageAndKeepsTheScenario(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\"format\": \"deltaflow-scenario\", \"version\": 1, \"title\": 3");
        var before = stepper.getScenario();
        robot.interact(() -> stepper.jumpTo(7));
        chooser.answer(bad);
        robot.clickOn("File").clickOn("Open…");
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().startsWith(bad + ": "), dialog.getContentText());
        assertSame(before, stepper.getScenario());
        assertTrue(text(robot, "#status").startsWith("step 7 of 36"));
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    /** Each picture is saved for a person to look at and checked for what it must show. */
    @Test
    void screenshotsAtTheStartMidForwardMidBackwardAndTheUpdate(FxRobot robot) throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        var start = snapshot(shots.resolve("window-start.png"));
        assertNeuronsDrawn(robot, start, "0-1", "1-2", "2-2");
        robot.interact(() -> stepper.jumpTo(5));
        var forward = snapshot(shots.resolve("window-mid-forward.png"));
        assertNeuronsDrawn(robot, forward, "1-1", "2-1");
        Pictures.assertShows(forward, node(robot, "#neuron-1-1"), 20); // a₁¹ is computed: its value is written in it
        robot.interact(() -> { while (!(kind() == StepKind.DELTA && stepper.getCurrentStep().layer() == 1)) stepper.next(); });
        snapshot(shots.resolve("window-mid-backward.png"));
        robot.interact(() -> stepper.setGranularity(deltaflow.model.Granularity.LAYER));
        snapshot(shots.resolve("window-mid-backward-layer.png"));
        robot.interact(() -> { stepper.setGranularity(deltaflow.model.Granularity.NEURON); stepper.last(); });
        var update = snapshot(shots.resolve("window-update.png"));
        assertNeuronsDrawn(robot, update, "0-1", "0-2", "1-1", "1-2", "2-1", "2-2");
        Pictures.assertShows(update, node(robot, "#edge-2-2-2"), 20);
        Pictures.assertShows(update, node(robot, "#neuron-2-1"), 20);
        robot.interact(() -> stepper.setView(deltaflow.diagram.View.BOTH));
        var both = snapshot(shots.resolve("window-update-both.png"));
        Pictures.assertShows(both, node(robot, "#amp-1-1-shape"), 20);
        robot.interact(() -> {
            stepper.setView(deltaflow.diagram.View.REVERSE);
            stepper.setTheme(deltaflow.diagram.Theme.DARK);
            stepper.jumpTo(14);
        });
        var dark = snapshot(shots.resolve("window-dark-reverse.png"));
        javafx.scene.paint.Color ground = Pictures.dominant(dark, node(robot, ".diagram-view"));
        assertTrue(Pictures.luminance(ground) < 0.05, "the dark theme's diagram is on a dark ground: " + ground);
        Pictures.assertShows(dark, node(robot, "#amp-2-1-shape"), 20);
        Pictures.assertShows(dark, node(robot, "#amp-2-1"), 10); // σ'(z₁²) = 0.1868, light on dark
    }

    /** Waits until JavaFX has drawn {@code count} more frames: time passes on the FX clock, not a guessed sleep. */
    private static void waitForPulses(FxRobot robot, int count) throws Exception {
        java.util.concurrent.atomic.AtomicInteger frames = new java.util.concurrent.atomic.AtomicInteger();
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            @Override public void handle(long now) { frames.incrementAndGet(); }
        };
        robot.interact(timer::start);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> frames.get() >= count);
        robot.interact(timer::stop);
    }

    private static javafx.scene.Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    /** Each neuron's circle is on the picture in its stroke colour. */
    private static void assertNeuronsDrawn(FxRobot robot, java.awt.image.BufferedImage image, String... neurons) {
        for (String n : neurons) Pictures.assertShows(image, node(robot, "#neuron-" + n + "-circle"), 20);
    }

    private java.awt.image.BufferedImage snapshot(Path file) throws Exception {
        java.awt.image.BufferedImage image = Pictures.snapshot(scene);
        ImageIO.write(image, "png", file.toFile());
        return image;
    }
}
