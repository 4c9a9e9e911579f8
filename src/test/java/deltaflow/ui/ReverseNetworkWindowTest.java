package deltaflow.ui;

import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.network.DiagramView;
import deltaflow.ui.reverse.BackwardAnimator;
import deltaflow.ui.reverse.BackwardFlow;
import javafx.animation.Animation;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import static deltaflow.ui.Shown.assertShows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reverse network in the window: amplifier gains, δ, the animated backward pass, the chain rule, mini-batches. */
@ExtendWith(ApplicationExtension.class)
class ReverseNetworkWindowTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private final Preferences prefs = Preferences.userRoot().node("deltaflow-test/" + UUID.randomUUID());
    private StepperViewModel stepper;
    private ScenarioFiles files;
    private Scene scene;

    @Start
    void start(Stage stage) {
        stepper = new StepperViewModel(Scenarios.builtIn("mazur"));
        files = new ScenarioFiles(stepper, new FakeFileChooser(), new RecentFiles(prefs));
        scene = DeltaflowApp.show(stage, stepper, files, 1920, 1080);
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private String diagramText(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Text.class).getText();
    }

    private BackwardAnimator animator(FxRobot robot) {
        DiagramView view = robot.lookup(".diagram-view").queryAs(DiagramView.class);
        return (BackwardAnimator) view.getProperties().get(BackwardAnimator.class);
    }

    @Test
    void theReverseViewShowsEachAmplifiersGainAndEachDelta(FxRobot robot) {
        robot.interact(() -> {
            stepper.setView(View.REVERSE);
            stepper.jumpTo(stepper.getTimeline().phaseEnd(Phase.BACKWARD, 0));
        });
        // Mazur's σ'(z): o1, o2 in layer 2, h1, h2 in layer 1 (independent reference: his worked example).
        assertShows(0.186815602, diagramText(robot, "amp-2-1"));
        assertShows(0.175510053, diagramText(robot, "amp-2-2"));
        assertShows(0.241300709, diagramText(robot, "amp-1-1"));
        assertShows(0.240613417, diagramText(robot, "amp-1-2"));
        // δ_1^2 = (out_o1 − target_o1) σ'(net_o1) = 0.74136507 − 0.01 times 0.186815602.
        assertShows(0.138498562, diagramText(robot, "rdelta-2-1"));
        assertShows(-0.0380982366, diagramText(robot, "rdelta-2-2"));
        assertShows(0.00877135468, diagramText(robot, "rdelta-1-1"));
        assertShows(0.00995425470, diagramText(robot, "rdelta-1-2"));
        // The inputs of the reverse network: ∂C/∂y_1 = y_1 − ŷ_1, its formula above the column.
        assertShows(0.74136507, diagramText(robot, "dcdy-1"));
        assertTrue(diagramText(robot, "header-reverse-input").contains("y" + "\u2099" + " − ŷ" + "\u2099")
                || diagramText(robot, "header-reverse-input").contains("−"), diagramText(robot, "header-reverse-input"));
    }

    @Test
    void theAnimationWithZeroDurationLandsOnTheEnginesValuesAndLeavesNothingBehind(FxRobot robot) throws Exception {
        BackwardAnimator animator = animator(robot);
        assertNotNull(animator);
        robot.interact(() -> {
            animator.setStageDuration(Duration.ZERO);
            stepper.setView(View.BOTH);
            stepper.jumpTo(stepper.getTimeline().phaseStart(Phase.BACKWARD, 0));
        });
        Timeline t = stepper.getTimeline();
        int deltas = 0;
        for (int k = 0; k < 4; k++) {
            int before = stepper.getPosition();
            robot.interact(stepper::next);
            WaitForAsyncUtils.waitForFxEvents();
            // The flow the animation drew: Σ w δ (or ∂C/∂y) times σ'(z) is the engine's δ.
            BackwardFlow flow = BackwardFlow.between(stepper.getDiagram(), t, before, stepper.getPosition());
            assertEquals(1, flow.arrivals().size());
            BackwardFlow.Arrival a = flow.arrivals().get(0);
            assertEquals(t.value(a.delta()), a.result(), 1e-15);
            assertFalse(a.signals().isEmpty());
            assertEquals(Animation.Status.STOPPED, animator.running().getStatus());
            assertTrue(animator.layer().getChildren().isEmpty(), "no pulse left after the animation");
            deltas++;
        }
        assertEquals(4, deltas);
        assertShows(0.00877135468, diagramText(robot, "rdelta-1-1"));
    }

    @Test
    void steppingBackStopsTheAnimationCleanly(FxRobot robot) throws Exception {
        BackwardAnimator animator = animator(robot);
        robot.interact(() -> {
            animator.setStageDuration(Duration.seconds(30));
            stepper.setView(View.REVERSE);
            stepper.jumpTo(stepper.getTimeline().phaseStart(Phase.BACKWARD, 0) + 2);
            stepper.next(); // δ_1^1: pulses from δ_1^2 and δ_2^2
        });
        robot.interact(() -> {
            animator.running().pause();
            animator.running().jumpTo(Duration.seconds(8)); // still travelling along W^T
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(animator.layer().getChildren().isEmpty());
        Files.createDirectories(SHOTS);
        snapshot(SHOTS.resolve("reverse-mid-animation.png"));
        robot.interact(() -> animator.running().jumpTo(Duration.seconds(25))); // through the amplifier
        snapshot(SHOTS.resolve("reverse-mid-animation-amplifier.png"));
        robot.interact(stepper::back);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(animator.layer().getChildren().isEmpty(), "stepping back leaves no half-finished pulse");
    }

    @Test
    void selectingAWeightShowsTheChainRuleWithBothFactors(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stepper.setView(View.BOTH);
            stepper.last();
            stepper.select(ValueRef.weight(2, 0, 0));
        });
        Label numbers = robot.lookup("#chain-numbers").queryAs(Label.class);
        assertEquals("0.593269992 × 0.138498562 = 0.082167041", numbers.getText().replace("\n", " "));
        assertTrue(robot.lookup("#chain-formula").queryAs(Label.class).getText().startsWith("∂C"));
        // Both factors ringed where they come from: a_1^1 in the forward network, δ_1^2 in the reverse one.
        DiagramView view = robot.lookup(".diagram-view").queryAs(DiagramView.class);
        var chainRings = view.overlay().lookup("#chain-rings");
        long captions = ((javafx.scene.Group) chainRings).getChildren().stream().filter(n -> n instanceof Text).count();
        assertEquals(2, captions);
        Files.createDirectories(SHOTS);
        snapshot(SHOTS.resolve("chain-rule-both.png"));
        robot.interact(() -> stepper.select(null));
        assertFalse(robot.lookup("#chain-rule").query().isVisible());
    }

    @Test
    void aMiniBatchShowsEveryExamplesGradientAndTheirMean(FxRobot robot) throws Exception {
        robot.interact(() -> {
            files.openBuiltIn("xor");
            stepper.last();
            stepper.select(ValueRef.weight(1, 0, 1));
        });
        Timeline t = stepper.getTimeline();
        int batch = t.scenario().batchSize();
        assertEquals(4, batch);
        double sum = 0;
        for (int r = 0; r < batch; r++) {
            double g = t.value(ValueRef.weightGradient(r, 1, 0, 1));
            sum += g;
            assertShows(g, robot.lookup("#batch-grad-" + (r + 1)).queryAs(Label.class).getText());
            assertShows(t.value(ValueRef.cost(r)), robot.lookup("#batch-cost-" + (r + 1)).queryAs(Label.class).getText());
        }
        assertShows(sum / batch, robot.lookup("#batch-mean-grad").queryAs(Label.class).getText());
        Files.createDirectories(SHOTS);
        snapshot(SHOTS.resolve("xor-batch.png"));
        // Choosing example 3 jumps to the same step of example 3.
        robot.interact(() -> stepper.jumpTo(t.phaseStart(Phase.BACKWARD, 0) + 1));
        int offset = stepper.getPosition() - t.phaseStart(Phase.FORWARD, 0);
        robot.interact(() -> robot.lookup("#example-chooser").queryComboBox().getSelectionModel().select(Integer.valueOf(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, stepper.example());
        assertEquals(offset, stepper.getPosition() - t.phaseStart(Phase.FORWARD, 2));
    }

    @Test
    void theMnistShapedNetworkOpensStepsAndAnimates(FxRobot robot) throws Exception {
        BackwardAnimator animator = animator(robot);
        robot.interact(() -> {
            animator.setStageDuration(Duration.seconds(30));
            files.openBuiltIn("mnist-shaped");
            stepper.setView(View.BOTH);
            stepper.setGranularity(Granularity.LAYER);
            stepper.jumpTo(stepper.getTimeline().phaseStart(Phase.BACKWARD, 0) + 10);
        });
        assertEquals("784-128-64-10", sizes());
        long start = System.nanoTime();
        robot.interact(stepper::next); // δ^2: 64 amplifiers at once
        long stepMillis = (System.nanoTime() - start) / 1_000_000;
        robot.interact(() -> {
            animator.running().pause();
            animator.running().jumpTo(Duration.seconds(9));
        });
        Files.createDirectories(SHOTS);
        snapshot(SHOTS.resolve("mnist-shaped-backward.png"));
        assertFalse(animator.layer().getChildren().isEmpty());
        robot.interact(() -> animator.running().jumpTo(Duration.seconds(23))); // the sums entering δ²'s box
        snapshot(SHOTS.resolve("mnist-shaped-backward-merge.png"));
        // The wide layers are summaries of their own accord, each with its size, and once computed its max, mean and min:
        // 784 inputs, 128 and 64 neurons forward; δ¹ and δ² in the reverse network (the softmax output is its J^T box).
        DiagramView view = robot.lookup(".diagram-view").queryAs(DiagramView.class);
        deltaflow.diagram.Diagram d = view.getDiagram();
        for (String id : java.util.List.of("summary-forward-0", "summary-forward-1", "summary-forward-2", "summary-reverse-1", "summary-reverse-2")) {
            assertTrue(d.find(id).isPresent(), id);
        }
        assertEquals("64 neurons", summaryLine(d, "summary-reverse-2-1"));
        assertEquals("δ^2", summaryLine(d, "summary-reverse-2-2"));
        assertTrue(summaryLine(d, "summary-reverse-2-4").startsWith("mean "), summaryLine(d, "summary-reverse-2-4"));
        // The step's own amplifier is drawn in its box with its δ.
        assertShows(t().value(stepper.getCurrentStep().result()), ((deltaflow.diagram.Primitive.Text) d.find("rdelta-2-64").orElseThrow()).text().plain());
        // A click on a header opens its column into its neurons; another closes it again.
        clickOn(robot, view, d, "header-forward-1");
        assertTrue(view.getDiagram().find("summary-forward-1").isEmpty());
        assertTrue(view.getDiagram().find("neuron-1-128-circle").isPresent());
        snapshot(SHOTS.resolve("mnist-shaped-opened.png"));
        clickOn(robot, view, view.getDiagram(), "header-forward-1");
        assertTrue(view.getDiagram().find("summary-forward-1").isPresent());
        snapshot(SHOTS.resolve("mnist-shaped-collapsed.png"));
        System.out.println("mnist-shaped: a layer step took " + stepMillis + " ms including the diagram");
    }

    /**
     * 784-128-64-10 in the 1920×1080 window, without zooming: every text the view draws is at least 14 px, in each view
     * and at the update; a selected weight's factors are ringed even inside the summary boxes.
     */
    @Test
    void theMnistShapedNetworkIsLegibleInEveryViewWithoutZooming(FxRobot robot) throws Exception {
        robot.interact(() -> files.openBuiltIn("mnist-shaped"));
        DiagramView view = robot.lookup(".diagram-view").queryAs(DiagramView.class);
        Timeline t = t();
        int delta = t.indexOf(ValueRef.delta(0, 2, 30)) + 1, update = t.indexOf(ValueRef.updatedWeight(3, 4, 30)) + 1;
        Files.createDirectories(SHOTS);
        for (View side : View.values()) {
            for (int position : new int[] {delta, update}) {
                robot.interact(() -> { stepper.setView(side); stepper.jumpTo(position); });
                WaitForAsyncUtils.waitForFxEvents();
                double smallest = view.getDiagram().primitives().stream().filter(p -> p instanceof deltaflow.diagram.Primitive.Text)
                        .mapToDouble(p -> ((deltaflow.diagram.Primitive.Text) p).fontSize()).min().orElseThrow() * view.getViewScale();
                assertTrue(smallest >= 14 - 1e-6, side + " at " + position + ": " + smallest + " px");
                snapshot(SHOTS.resolve("mnist-shaped-" + side.name().toLowerCase() + (position == update ? "-update" : "-delta") + ".png"));
            }
        }
        robot.interact(() -> { stepper.setView(View.BOTH); stepper.last(); stepper.select(ValueRef.weight(2, 5, 70)); });
        WaitForAsyncUtils.waitForFxEvents();
        var rings = (javafx.scene.Group) view.overlay().lookup("#chain-rings");
        assertEquals(2, rings.getChildren().stream().filter(n -> n instanceof Text).count(), "a_71^1 and δ_6^2 ringed in their boxes");
        snapshot(SHOTS.resolve("mnist-shaped-chain-rule.png"));
    }

    @Test
    void saturatedAmplifiersAreMarkedWhereTheGradientDies(FxRobot robot) throws Exception {
        BackwardAnimator animator = animator(robot);
        robot.interact(() -> {
            animator.setStageDuration(Duration.ZERO);
            files.openBuiltIn("vanishing");
            stepper.setView(View.BOTH);
            stepper.jumpTo(stepper.getTimeline().phaseEnd(Phase.BACKWARD, 0));
        });
        DiagramView view = robot.lookup(".diagram-view").queryAs(DiagramView.class);
        long marked = view.getDiagram().primitives().stream()
                .filter(p -> p.id().startsWith("amp-") && p.id().endsWith("-shape") && (p.hasClass("saturated") || p.hasClass("dead"))).count();
        assertTrue(marked > 0, "some amplifier of the vanishing scenario is marked saturated");
        Files.createDirectories(SHOTS);
        snapshot(SHOTS.resolve("vanishing-both.png"));
    }

    private Timeline t() { return stepper.getTimeline(); }

    private static String summaryLine(deltaflow.diagram.Diagram d, String id) {
        return ((deltaflow.diagram.Primitive.Text) d.find(id).orElseThrow(() -> new AssertionError("no " + id))).text().plain();
    }

    /** Clicks where the view draws a diagram text (the overlay shares the diagram's transform). */
    private static void clickOn(FxRobot robot, DiagramView view, deltaflow.diagram.Diagram d, String id) {
        deltaflow.diagram.Primitive.Text text = (deltaflow.diagram.Primitive.Text) d.find(id).orElseThrow();
        javafx.geometry.Point2D p = view.overlay().localToScreen(text.x(), text.y());
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String sizes() {
        var n = stepper.getScenario().network();
        StringBuilder b = new StringBuilder().append(n.inputs());
        for (int l = 1; l <= n.depth(); l++) b.append('-').append(n.size(l));
        return b.toString();
    }

    private void snapshot(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
