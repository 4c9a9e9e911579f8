package deltaflow.diagram;

import deltaflow.model.Numbers;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import deltaflow.model.Trace;
import deltaflow.model.ValueRef;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #11 item 1: an edge (or bias) label names the number it shows. During an example's gradients it is that
 * example's ∂C^r/∂w; from the average phase on it is the mean ∂C/∂w = 1/R Σ_r ∂C^r/∂w, the number the update uses.
 * The means are recomputed here from the per-example gradients of the trace, not read from the label code's source.
 */
class GradientLabelsTest {
    private static final Timeline XOR = Timeline.of(Scenarios.builtIn("xor"));

    private static String text(Diagram d, String id) {
        Primitive p = d.find(id).orElseThrow(() -> new AssertionError("no primitive " + id));
        return ((Primitive.Text) p).text().plain();
    }

    /** The mean of the per-example gradients, summed here. */
    private static double meanWeightGradient(Timeline t, int l, int i, int j) {
        Trace trace = t.trace();
        double sum = 0;
        for (int r = 0; r < trace.batchSize(); r++) sum += trace.pass(r).weightGradient(l, i, j);
        return sum / trace.batchSize();
    }

    private static double meanBiasGradient(Timeline t, int l, int i) {
        Trace trace = t.trace();
        double sum = 0;
        for (int r = 0; r < trace.batchSize(); r++) sum += trace.pass(r).biasGradient(l, i);
        return sum / trace.batchSize();
    }

    @Test
    void xorStep20ShowsTheFirstExamplesGradientAsCr() {
        Diagram d = DiagramBuilder.build(XOR, 20, DiagramOptions.defaults());
        assertEquals("∂C^r/∂w_11^2 = 0.06469", text(d, "grad-2-1-1"));
    }

    @Test
    void xorStep88ShowsTheMeanNotTheLastExamplesGradient() {
        Diagram d = DiagramBuilder.build(XOR, 88, DiagramOptions.defaults());
        double mean = meanWeightGradient(XOR, 2, 0, 0);
        assertEquals("∂C/∂w_11^2 = " + Numbers.format(mean, 4), text(d, "grad-2-1-1"));
        assertEquals("∂C/∂w_11^2 = 0.01627", text(d, "grad-2-1-1"));
        // the last example's ∂C^r/∂w (0.07221) is nowhere on the diagram now
        assertTrue(d.primitives().stream().noneMatch(p -> p instanceof Primitive.Text t && t.text().plain().contains("0.07221")));
    }

    @Test
    void atTheEndTheWeightsOldToNewStandsBesideTheGradientThatMovedIt() {
        Diagram d = DiagramBuilder.build(XOR, XOR.size(), DiagramOptions.defaults().withSignificantDigits(6));
        double eta = XOR.scenario().learningRate();
        for (int j = 0; j < 2; j++) {
            String id = "2-1-" + (j + 1);
            String grad = text(d, "grad-" + id), weight = text(d, "weight-" + id);
            double mean = meanWeightGradient(XOR, 2, 0, j);
            assertTrue(grad.startsWith("∂C/∂w_1" + (j + 1) + "^2 = "), grad);
            double shownGrad = Numbers.parse(grad.substring(grad.indexOf('=') + 1));
            assertEquals(mean, shownGrad, 1e-5 * Math.abs(mean));
            String[] oldNew = weight.substring(weight.indexOf('=') + 1).split("→");
            double before = Numbers.parse(oldNew[0]), after = Numbers.parse(oldNew[1]);
            // w − η ∂C/∂w, read off the labels, is the new weight
            assertEquals(after, before - eta * shownGrad, 1e-5);
        }
    }

    @Test
    void theAverageBeforeAWeightsMeanIsComputedShowsOnlyTheMeansSymbol() {
        int total = XOR.indexOf(ValueRef.totalCost()) + 1;
        Diagram d = DiagramBuilder.build(XOR, total, DiagramOptions.defaults());
        assertEquals("∂C/∂w_11^2", text(d, "grad-2-1-1"));
        assertEquals(ColorRole.HIDDEN_TEXT, ((Primitive.Text) d.find("grad-2-1-1").orElseThrow()).role());
    }

    @Test
    void exportOfAnyExampleAndTheWindowAgreeFromTheAverageOn() {
        DiagramOptions window = DiagramOptions.defaults();
        for (int position : new int[] {88, XOR.indexOf(ValueRef.updatedWeight(2, 0, 0)) + 1, XOR.size()}) {
            String shown = text(DiagramBuilder.build(XOR, position, window), "grad-2-1-1");
            for (int r = 0; r < 4; r++) assertEquals(shown, text(DiagramBuilder.build(XOR, position, window.withExample(r)), "grad-2-1-1"));
        }
        // during example 2's gradients, --example 2 shows example 2's own ∂C^r/∂w
        int end2 = XOR.phaseEnd(Phase.GRADIENTS, 1);
        assertEquals("∂C^r/∂w_11^2 = " + Numbers.format(XOR.trace().pass(1).weightGradient(2, 0, 0), 4),
                text(DiagramBuilder.build(XOR, end2, window.withExample(1)), "grad-2-1-1"));
    }

    @Test
    void biasGradientsFollowTheSameRule() {
        int perExample = XOR.indexOf(ValueRef.biasGradient(0, 2, 0)) + 1;
        assertEquals("∂C^r/∂b_1^2 = " + Numbers.format(XOR.trace().pass(0).biasGradient(2, 0), 4),
                text(DiagramBuilder.build(XOR, perExample, DiagramOptions.defaults()), "bgrad-2-1"));
        int mean = XOR.indexOf(ValueRef.meanBiasGradient(2, 0)) + 1;
        assertEquals("∂C/∂b_1^2 = " + Numbers.format(meanBiasGradient(XOR, 2, 0), 4),
                text(DiagramBuilder.build(XOR, mean, DiagramOptions.defaults()), "bgrad-2-1"));
        // at the bias's update the mean it reads stands beside b = old → new
        int update = XOR.indexOf(ValueRef.updatedBias(2, 0)) + 1;
        Diagram d = DiagramBuilder.build(XOR, update, DiagramOptions.defaults());
        assertEquals("∂C/∂b_1^2 = " + Numbers.format(meanBiasGradient(XOR, 2, 0), 4), text(d, "bgrad-2-1"));
        assertTrue(text(d, "bias-2-1").contains("→"), text(d, "bias-2-1"));
    }

    @Test
    void deadReluShowsTheMeanAtTheUpdate() {
        Timeline t = Timeline.of(Scenarios.builtIn("dead-relu"));
        int batch = t.trace().batchSize();
        Diagram d = DiagramBuilder.build(t, t.size(), DiagramOptions.defaults());
        int checked = 0;
        for (int l = 1; l <= t.trace().network().depth(); l++) {
            for (int i = 0; i < t.trace().network().size(l); i++) {
                for (int j = 0; j < t.trace().network().size(l - 1); j++) {
                    String id = "grad-" + l + "-" + (i + 1) + "-" + (j + 1);
                    if (d.find(id).isEmpty()) continue;
                    assertEquals("∂C/∂w_" + (i + 1) + (j + 1) + "^" + l + " = " + Numbers.format(meanWeightGradient(t, l, i, j), 4), text(d, id));
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "dead-relu's edges carry their gradients at the end");
        assertTrue(batch >= 1);
    }

    @Test
    void mnistShapedLabelsTheCurrentEdgesGradientByPhase() {
        Timeline t = Timeline.of(Scenarios.builtIn("mnist-shaped"));
        DiagramOptions o = DiagramOptions.defaults().withViewport(1920, 1000);
        int perExample = t.indexOf(ValueRef.weightGradient(0, 3, 4, 30)) + 1;
        assertEquals("∂C^r/∂w_5,31^3 = " + Numbers.format(t.trace().pass(0).weightGradient(3, 4, 30), 4),
                text(DiagramBuilder.build(t, perExample, o), "grad-3-5-31"));
        int mean = t.indexOf(ValueRef.meanWeightGradient(3, 4, 30)) + 1;
        assertEquals("∂C/∂w_5,31^3 = " + Numbers.format(meanWeightGradient(t, 3, 4, 30), 4),
                text(DiagramBuilder.build(t, mean, o), "grad-3-5-31"));
        int update = t.indexOf(ValueRef.updatedWeight(3, 4, 30)) + 1;
        assertEquals("∂C/∂w_5,31^3 = " + Numbers.format(meanWeightGradient(t, 3, 4, 30), 4),
                text(DiagramBuilder.build(t, update, o), "grad-3-5-31"));
    }
}
