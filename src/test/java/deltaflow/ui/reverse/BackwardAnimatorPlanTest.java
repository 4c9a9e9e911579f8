package deltaflow.ui.reverse;

import deltaflow.model.Granularity;
import deltaflow.model.Phase;
import deltaflow.model.Scenarios;
import deltaflow.model.Timeline;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which δ steps a forward move animates: a step shows what it computed, a jump only the layer it lands in. */
class BackwardAnimatorPlanTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
    /** Mazur's backward pass: δ₁², δ₂², then δ₁¹, δ₂¹. */
    private final int b = mazur.phaseStart(Phase.BACKWARD, 0);

    private static BackwardAnimator.Plan plan(int from, int to, int layers) {
        return new BackwardAnimator.Plan(from, to, layers);
    }

    @Test
    void aStepAnimatesWhatItComputed() {
        assertEquals(plan(b + 2, b + 3, 1), BackwardAnimator.plan(mazur, b + 2, b + 3, Granularity.NEURON));
        assertEquals(plan(b, b + 2, 1), BackwardAnimator.plan(mazur, b, b + 2, Granularity.LAYER), "the layer's whole stage");
        assertEquals(plan(b + 2, b + 4, 1), BackwardAnimator.plan(mazur, b + 2, b + 4, Granularity.LAYER));
    }

    @Test
    void aStepByPassAnimatesEveryLayerInTheTimeOfOne() {
        assertEquals(plan(b, b + 4, 2), BackwardAnimator.plan(mazur, b, b + 4, Granularity.PASS));
        assertEquals(plan(b + 1, b + 4, 2), BackwardAnimator.plan(mazur, b + 1, b + 4, Granularity.PASS), "from mid-layer: what is left");
        assertEquals(plan(b + 2, b + 4, 1), BackwardAnimator.plan(mazur, b + 2, b + 4, Granularity.PASS));
        Timeline mnist = Timeline.of(Scenarios.builtIn("mnist-shaped"));
        int start = mnist.phaseStart(Phase.BACKWARD, 0);
        assertEquals(plan(start, mnist.phaseEnd(Phase.BACKWARD, 0), 3),
                BackwardAnimator.plan(mnist, start, mnist.next(start, Granularity.PASS), Granularity.PASS));
    }

    @Test
    void aJumpAnimatesOnlyTheLayerItLandsIn() {
        // From the start (a click on the phase bar, or Home then a jump): layer 1 only, not δ² first.
        assertEquals(plan(b + 2, b + 4, 1), BackwardAnimator.plan(mazur, 0, b + 4, Granularity.NEURON));
        assertEquals(plan(b + 2, b + 4, 1), BackwardAnimator.plan(mazur, 0, b + 4, Granularity.PASS));
        assertEquals(plan(b + 2, b + 3, 1), BackwardAnimator.plan(mazur, 0, b + 3, Granularity.NEURON), "landing on δ₁¹: it alone");
        assertEquals(plan(b, b + 1, 1), BackwardAnimator.plan(mazur, b - 3, b + 1, Granularity.NEURON));
        // Within the backward pass, but across layers by something other than a step.
        assertEquals(plan(b + 2, b + 4, 1), BackwardAnimator.plan(mazur, b, b + 4, Granularity.NEURON));
        assertEquals(plan(b + 2, b + 4, 1), BackwardAnimator.plan(mazur, b + 1, b + 4, Granularity.LAYER));
        // Across examples of a mini-batch: the landing example's layer.
        Timeline xor = Timeline.of(Scenarios.builtIn("xor"));
        int end = xor.phaseEnd(Phase.BACKWARD, 1);
        int layer1 = end - xor.scenario().network().size(1);
        assertEquals(plan(layer1, end, 1), BackwardAnimator.plan(xor, xor.phaseStart(Phase.BACKWARD, 0), end, Granularity.PASS));
    }
}
