package deltaflow.ui;

import deltaflow.ui.hall.state.HallViewModel;

import deltaflow.diagram.View;
import deltaflow.model.Granularity;
import deltaflow.model.Phase;
import deltaflow.model.Timeline;
import deltaflow.model.ValueRef;
import deltaflow.ui.network.DiagramView;
import deltaflow.ui.reverse.BackwardAnimator;
import deltaflow.diagram.BackwardFlow;
import deltaflow.ui.reverse.BackwardPulses;
import javafx.animation.Animation;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static deltaflow.ui.Shown.assertShows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reverse network in the window: amplifier gains, δ, the animated backward pass, the chain rule, mini-batches. */
class ReverseNetworkWindowTest extends WindowTest {
    private static final Path SHOTS = SCREENSHOTS;

    ReverseNetworkWindowTest() { super("mazur", 1920, 1080); }

    private BackwardAnimator animator(FxRobot robot) {
        return (BackwardAnimator) view(robot).getProperties().get(BackwardAnimator.class);
    }

    private DiagramView view(FxRobot robot) {
        return robot.lookup(".diagram-view").queryAs(DiagramView.class);
    }

    /** Whether the diagram's node with this id is drawn (it exists and is not concealed). */
    private boolean drawn(FxRobot robot, String id) {
        javafx.scene.Node node = robot.lookup("#" + id).query();
        return node != null && node.isVisible();
    }

    /** The animation of the last move, paused at {@code seconds}. */
    private void pauseAt(FxRobot robot, double seconds) {
        robot.interact(() -> {
            animator(robot).running().pause();
            animator(robot).running().jumpTo(Duration.seconds(seconds));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Set<String> label(String id) {
        return Set.of(id, id + "-plate");
    }

    /** The pulse layer's captions ("Σ … × σ' … = δ …"), as written so far. */
    private List<String> captions(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (javafx.scene.Node n : animator(robot).layer().lookupAll("Text")) {
            if (n.isVisible() && n.getParent().isVisible()) texts.add(((Text) n).getText());
        }
        return texts;
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
        // one example's derivative ∂Cʳ/∂yₙ, as the formula writes it (issue #11 item 1)
        assertEquals("∂Cʳ/∂yₙ = yₙ − ŷₙ", diagramText(robot, "header-reverse-input"));
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
            assertEquals(Set.of(), view(robot).getConcealed(), "every δ lands at once");
            assertTrue(drawn(robot, "rdelta-" + a.delta().layer() + "-" + (a.delta().neuron() + 1)));
            deltas++;
        }
        assertEquals(4, deltas);
        assertShows(0.00877135468, diagramText(robot, "rdelta-1-1"));
    }

    @Test
    void theDeltaLandsWhenItsPulseReachesTheAmplifiersTipAndSteppingBackConcealsNothing(FxRobot robot) throws Exception {
        BackwardAnimator animator = animator(robot);
        int backward = stepper.getTimeline().phaseStart(Phase.BACKWARD, 0);
        robot.interact(() -> {
            animator.setStageDuration(Duration.seconds(30));
            stepper.setView(View.REVERSE);
            stepper.jumpTo(backward + 2);
            stepper.next(); // δ_1^1: pulses from δ_1^2 and δ_2^2
        });
        // Concealed from the first frame, before the animation has drawn anything.
        assertEquals(label("rdelta-1-1"), view(robot).getConcealed());
        pauseAt(robot, 8); // still travelling along W^T
        assertFalse(animator.layer().getChildren().isEmpty());
        assertFalse(drawn(robot, "rdelta-1-1"), "δ_1^1 is not there before its pulse");
        assertFalse(drawn(robot, "rdelta-1-1-plate"));
        // The layer before it is: the pulses leave from these values.
        assertTrue(drawn(robot, "rdelta-2-1"));
        assertShows(0.138498562, diagramText(robot, "rdelta-2-1"));
        assertShows(-0.0380982366, diagramText(robot, "rdelta-2-2"));
        assertEquals(List.of(), captions(robot));
        Files.createDirectories(SHOTS);
        snapshot(SHOTS.resolve("reverse-mid-animation.png"));

        pauseAt(robot, 20); // through the amplifier, not at its tip yet
        assertFalse(drawn(robot, "rdelta-1-1"));
        assertEquals(List.of("Σ 0.03635 × σ' 0.2413"), captions(robot), "the sum and the gain, not yet the δ");
        snapshot(SHOTS.resolve("reverse-mid-animation-amplifier.png"));

        pauseAt(robot, 30 * (BackwardPulses.LAND + 0.08)); // at the tip: δ lands
        assertEquals(Set.of(), view(robot).getConcealed());
        assertTrue(drawn(robot, "rdelta-1-1"));
        assertShows(0.00877135468, diagramText(robot, "rdelta-1-1"));
        assertEquals(List.of("Σ 0.03635 × σ' 0.2413 = δ 0.008771"), captions(robot));
        snapshot(SHOTS.resolve("reverse-mid-animation-landed.png"));

        pauseAt(robot, 8); // every frame follows the time: back before the landing, hidden again
        assertFalse(drawn(robot, "rdelta-1-1"));
        robot.interact(stepper::back);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(animator.layer().getChildren().isEmpty(), "stepping back leaves no half-finished pulse");
        assertEquals(Set.of(), view(robot).getConcealed(), "nor a hidden value");
        assertTrue(drawn(robot, "rdelta-1-1"));
    }

    @Test
    void aStepByPassLandsLayerAfterLayerInBothNetworksAndEndsOnTheEnginesValues(FxRobot robot) throws Exception {
        BackwardAnimator animator = animator(robot);
        robot.interact(() -> {
            animator.setStageDuration(Duration.seconds(30));
            stepper.setView(View.BOTH);
            stepper.setGranularity(Granularity.PASS);
            stepper.jumpTo(stepper.getTimeline().phaseStart(Phase.BACKWARD, 0));
            stepper.next(); // the whole backward pass: δ², then δ¹
        });
        assertEquals(2, ((BackwardPulses) animator.running()).stages());
        assertEquals(30, animator.running().getCycleDuration().toSeconds(), 1e-9, "both layers in the time of one");
        pauseAt(robot, 6); // δ²'s pulses on their way
        for (String id : List.of("rdelta-2-1", "delta-2-1", "rdelta-1-1", "delta-1-1", "rdelta-1-2", "delta-1-2")) {
            assertFalse(drawn(robot, id), id);
        }
        pauseAt(robot, 14); // δ² landed, δ¹ not yet
        for (String id : List.of("rdelta-2-1", "delta-2-1", "rdelta-2-2", "delta-2-2")) assertTrue(drawn(robot, id), id);
        assertShows(0.138498562, diagramText(robot, "rdelta-2-1"));
        assertShows(0.138498562, diagramText(robot, "delta-2-1"));
        for (String id : List.of("rdelta-1-1", "delta-1-1", "rdelta-1-2", "delta-1-2")) assertFalse(drawn(robot, id), id);
        Files.createDirectories(SHOTS);
        snapshot(SHOTS.resolve("reverse-mid-animation-both.png"));
        // The end, played for real: every δ on screen is the engine's, in both networks.
        robot.interact(() -> {
            animator.running().jumpTo(Duration.seconds(29.8));
            animator.running().play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> animator.running().getStatus() == Animation.Status.STOPPED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), view(robot).getConcealed());
        assertTrue(animator.layer().getChildren().isEmpty());
        double[][] deltas = {{0.138498562, -0.0380982366}, {0.00877135468, 0.00995425470}};
        for (int l = 1; l <= 2; l++) {
            for (int i = 1; i <= 2; i++) {
                for (String id : List.of("rdelta-" + l + "-" + i, "delta-" + l + "-" + i)) {
                    assertTrue(drawn(robot, id), id);
                    assertShows(deltas[2 - l][i - 1], diagramText(robot, id));
                }
            }
        }
    }

    @Test
    void aLongJumpAnimatesOnlyTheLayerItLandsIn(FxRobot robot) {
        BackwardAnimator animator = animator(robot);
        Timeline t = stepper.getTimeline();
        robot.interact(() -> {
            animator.setStageDuration(Duration.seconds(30));
            stepper.setView(View.REVERSE);
            stepper.jumpTo(t.phaseEnd(Phase.BACKWARD, 0)); // a click on the phase bar from the start
        });
        assertEquals(1, ((BackwardPulses) animator.running()).stages());
        Set<String> layer1 = new HashSet<>(label("rdelta-1-1"));
        layer1.addAll(label("rdelta-1-2"));
        assertEquals(layer1, view(robot).getConcealed());
        assertTrue(drawn(robot, "rdelta-2-1"), "the layer jumped over is simply there");
        // Stepping by layer still animates that layer's whole stage.
        robot.interact(() -> {
            stepper.setGranularity(Granularity.LAYER);
            stepper.jumpTo(t.phaseStart(Phase.BACKWARD, 0));
            stepper.next();
        });
        assertEquals(1, ((BackwardPulses) animator.running()).stages());
        Set<String> layer2 = new HashSet<>(label("rdelta-2-1"));
        layer2.addAll(label("rdelta-2-2"));
        assertEquals(layer2, view(robot).getConcealed());
    }

    @Test
    void aSoftmaxOutputsDeltaLandsInItsRowOfTheJacobian(FxRobot robot) {
        BackwardAnimator animator = animator(robot);
        robot.interact(() -> {
            animator.setStageDuration(Duration.seconds(30));
            files.openBuiltIn("softmax");
            stepper.setView(View.REVERSE);
            stepper.jumpTo(stepper.getTimeline().phaseStart(Phase.BACKWARD, 0));
            stepper.next(); // δ_1^2 = row 1 of J^T ∇C
        });
        assertEquals(label("rdelta-2-1"), view(robot).getConcealed());
        pauseAt(robot, 8);
        assertFalse(drawn(robot, "rdelta-2-1"));
        pauseAt(robot, 29);
        assertTrue(drawn(robot, "rdelta-2-1"));
        assertShows(stepper.getTimeline().value(ValueRef.delta(0, 2, 0)), diagramText(robot, "rdelta-2-1"));
    }

    @Test
    void aRedrawOrANewScenarioMidAnimationConcealsNothing(FxRobot robot) {
        BackwardAnimator animator = animator(robot);
        int delta = stepper.getTimeline().phaseStart(Phase.BACKWARD, 0) + 2;
        List<Runnable> redraws = List.of(
                () -> stepper.select(ValueRef.weight(2, 0, 0)),
                () -> stepper.setTheme(deltaflow.diagram.Theme.DARK),
                () -> stepper.setView(View.BOTH),
                () -> files.openBuiltIn("mazur"));
        for (Runnable redraw : redraws) {
            robot.interact(() -> {
                animator.setStageDuration(Duration.seconds(30));
                stepper.setView(View.REVERSE);
                stepper.jumpTo(delta);
                stepper.next();
            });
            assertFalse(view(robot).getConcealed().isEmpty());
            Animation playing = animator.running();
            robot.interact(redraw);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Set.of(), view(robot).getConcealed());
            assertEquals(Animation.Status.STOPPED, playing.getStatus());
            assertTrue(animator.layer().getChildren().isEmpty());
        }
    }

    @Test
    void slowMotionSlowsThePulsesAndSoDoesTheSlowestSpeed(FxRobot robot) {
        BackwardAnimator animator = animator(robot);
        double normal = animator.stageDuration().toSeconds();
        assertTrue(normal < 1, "at the default speed a layer of δ takes " + normal + " s");
        robot.interact(() -> hall.slowMotionProperty().set(true));
        assertEquals(HallViewModel.SLOW_SPEED, stepper.speedProperty().get());
        robot.interact(() -> {
            stepper.setView(View.REVERSE);
            stepper.jumpTo(stepper.getTimeline().phaseStart(Phase.BACKWARD, 0) + 2);
            stepper.next();
        });
        double slow = animator.running().getCycleDuration().toSeconds();
        assertTrue(slow >= 3 && slow <= 4, "slow motion: " + slow + " s per layer");
        // Playing in slow motion, the next step waits until the δ has landed.
        assertTrue(1 / HallViewModel.SLOW_SPEED >= slow, "a beat of slow motion is longer than its pulses");
        robot.interact(() -> hall.slowMotionProperty().set(false));
        assertEquals(normal, animator.stageDuration().toSeconds(), 1e-9);
        // The speed slider's slowest is as watchable.
        javafx.scene.control.Slider speed = robot.lookup("#speed").queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> speed.setValue(speed.getMin()));
        double slowest = animator.stageDuration().toSeconds();
        assertTrue(slowest >= 3 && slowest <= 4, "the slider's slowest: " + slowest + " s per layer");
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
        // On the canvas too, a δ being computed waits for its pulse: whichever of its labels the layout drew are hidden
        // (in a layer drawn as a summary box, only the neurons the step is about have one).
        deltaflow.diagram.Diagram shown = view(robot).getDiagram();
        Set<String> landing = new HashSet<>();
        for (int i = 1; i <= 64; i++) {
            for (String id : List.of("rdelta-2-" + i, "delta-2-" + i)) if (shown.find(id).isPresent()) landing.addAll(label(id));
        }
        // δ²'s box: its max, mean and min wait for the layer's pulses as well.
        for (int k = 2; k <= 5; k++) if (shown.find("summary-reverse-2-" + k).isPresent()) landing.add("summary-reverse-2-" + k); // no plates
        assertTrue(landing.contains("summary-reverse-2-4"), "the mean of δ² is on the box and waits");
        assertFalse(landing.isEmpty());
        assertEquals(landing, view(robot).getConcealed());
        robot.interact(() -> animator.running().jumpTo(Duration.seconds(23))); // the sums entering δ²'s box
        snapshot(SHOTS.resolve("mnist-shaped-backward-merge.png"));
        pauseAt(robot, 29);
        assertEquals(Set.of(), view(robot).getConcealed());
        snapshot(SHOTS.resolve("mnist-shaped-backward-landed.png"));
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
        // Ringed; their tags only where they hide none of the step's labels (at this update, hundreds of weights' are drawn).
        assertEquals(2, rings.getChildren().stream().filter(n -> n instanceof javafx.scene.shape.Circle).count(), "a_71^1 and δ_6^2 ringed in their boxes");
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
