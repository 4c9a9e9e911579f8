package deltaflow.ui;

import deltaflow.model.Activation;
import deltaflow.model.Cost;
import deltaflow.model.Example;
import deltaflow.model.Granularity;
import deltaflow.model.Layer;
import deltaflow.model.Network;
import deltaflow.model.Phase;
import deltaflow.model.Scenario;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The largest network the window is meant for, 8 layers of 16 neurons, at 1920×1080. */
class LargeNetworkWindowTest extends WindowTest {
    LargeNetworkWindowTest() { super(LargeNetworkWindowTest::eightBySixteen, 1920, 1080); }

    static Scenario eightBySixteen() {
        Random random = new Random(7);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l <= 8; l++) {
            double[][] w = new double[16][16];
            double[] b = new double[16];
            for (int i = 0; i < 16; i++) {
                b[i] = Math.round((random.nextDouble() - 0.5) * 100) / 100.0;
                for (int j = 0; j < 16; j++) w[i][j] = Math.round(random.nextGaussian() * 40) / 100.0;
            }
            layers.add(Layer.of(Activation.SIGMOID, w, b));
        }
        double[] x = new double[16], y = new double[16];
        for (int j = 0; j < 16; j++) { x[j] = (j % 4) / 4.0; y[j] = j % 2; }
        return new Scenario("8 × 16", "", new Network(16, layers), Cost.SQUARED, List.of(new Example(x, y)), 0.5, true);
    }

    @Test
    void stepsAndDrawsAtFullSize(FxRobot robot) throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        robot.interact(() -> stepper.jumpTo(stepper.getTimeline().phaseStart(Phase.BACKWARD, 0) + 20));
        snapshot(shots.resolve("window-8x16-backward.png"));
        String formula = robot.lookup("#formula-text").queryAs(Label.class).getText();
        assertTrue(formula.startsWith("δ_"), formula);
        assertTrue(formula.contains("⋯"), "a 16-term sum is elided: " + formula);
        robot.interact(() -> stepper.setGranularity(Granularity.LAYER));
        snapshot(shots.resolve("window-8x16-backward-layer.png"));
        assertTrue(robot.lookup("#formula-text").queryAs(Label.class).getText().contains("⋮"));
    }

    /**
     * The bar: at 1920×1080 in the ordinary window, every label the 8 × 16 network draws is at least 14 px
     * on screen (24 px at 200%: 12 px per 100% of type scale), and the current step's value is among them. The network is painted on a Canvas,
     * so the sizes are the diagram's fonts times the scale the view really draws at.
     */
    @Test
    void everyLabelDrawnIsAtLeast14PxAndTheCurrentStepIsLabelled(FxRobot robot) throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        deltaflow.ui.network.DiagramView view = robot.lookup(".diagram-view").queryAs(deltaflow.ui.network.DiagramView.class);
        int backward = stepper.getTimeline().phaseStart(Phase.BACKWARD, 0) + 20;
        for (double scale : new double[] {1, 2}) {
            for (int position : new int[] {40, backward}) {
                robot.interact(() -> { stepper.setTextScale(scale); stepper.jumpTo(position); });
                WaitForAsyncUtils.waitForFxEvents();
                deltaflow.diagram.Diagram d = view.getDiagram();
                double smallest = Double.MAX_VALUE;
                boolean current = false;
                int texts = 0;
                for (deltaflow.diagram.Primitive p : d.primitives()) {
                    if (!(p instanceof deltaflow.diagram.Primitive.Text t)) continue;
                    texts++;
                    smallest = Math.min(smallest, t.fontSize() * view.getViewScale());
                    current |= stepper.getCurrentStep().result().equals(t.target()) && t.classes().contains("current");
                }
                System.out.printf("8x16 at %.0f%%, position %d: %d texts, smallest %.1f px, view %.0f × %.0f%n",
                        scale * 100, position, texts, smallest, view.getWidth(), view.getHeight());
                // 12 px per 100% where the step's labels still find clear places; where they would not (16 rows at 200%),
                // the step's labels win over the type scale, and every text stays at least 14 px.
                assertTrue(smallest >= 14 - 0.01, "smallest label " + smallest + " px at " + scale);
                assertTrue(current, "the current step's label at " + position);
                // Values too wide for their circle at every digit are left out, never cut: then the note says labels are hidden.
                if (scale == 1) assertTrue(texts >= 100 || d.find("labels-hidden").isPresent(), "the circles keep their values at 100%: " + texts);
            }
            snapshot(shots.resolve("window-8x16-" + Math.round(scale * 100) + ".png"));
        }
    }

    private void snapshot(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
