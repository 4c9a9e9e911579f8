package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #11 item 2: a layer or pass step covers many values; everything it computes is a result and everything it
 * reads an operand. The expected sets are written out here from the slides' equations (z^1 = W^1 x + b^1 reads all
 * of W^1, x, b^1), not derived from the code under test.
 */
class StepSpanTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));
    private final Timeline xor = Timeline.of(Scenarios.builtIn("xor"));

    private static Set<ValueRef> all(Timeline t, ValueSet set, List<ValueRef> candidates) {
        Set<ValueRef> in = new HashSet<>();
        for (ValueRef ref : candidates) if (set.contains(ref)) in.add(ref);
        return in;
    }

    /** Every number of Mazur's example 0 the diagram could mark. */
    private static List<ValueRef> everything(Timeline t) {
        List<ValueRef> refs = new java.util.ArrayList<>();
        Network n = t.trace().network();
        for (int r = 0; r < t.trace().batchSize(); r++) {
            for (int j = 0; j < n.size(0); j++) refs.add(ValueRef.x(r, j));
            for (int k = 0; k < n.outputs(); k++) { refs.add(ValueRef.target(r, k)); refs.add(ValueRef.costGradient(r, k)); }
            refs.add(ValueRef.cost(r));
            for (int l = 1; l <= n.depth(); l++) {
                for (int i = 0; i < n.size(l); i++) {
                    refs.addAll(List.of(ValueRef.z(r, l, i), ValueRef.a(r, l, i), ValueRef.gain(r, l, i), ValueRef.delta(r, l, i), ValueRef.biasGradient(r, l, i)));
                    for (int j = 0; j < n.size(l - 1); j++) refs.add(ValueRef.weightGradient(r, l, i, j));
                }
            }
        }
        refs.add(ValueRef.totalCost());
        for (int l = 1; l <= n.depth(); l++) {
            for (int i = 0; i < n.size(l); i++) {
                refs.addAll(List.of(ValueRef.bias(l, i), ValueRef.meanBiasGradient(l, i), ValueRef.updatedBias(l, i)));
                for (int j = 0; j < n.size(l - 1); j++) {
                    refs.addAll(List.of(ValueRef.weight(l, i, j), ValueRef.meanWeightGradient(l, i, j), ValueRef.updatedWeight(l, i, j)));
                }
            }
        }
        return refs;
    }

    @Test
    void byNeuronASpanIsTheOneStep() {
        int p = mazur.indexOf(ValueRef.z(0, 1, 1)) + 1;
        StepSpan span = mazur.span(p, Granularity.NEURON);
        assertEquals(new StepSpan(p - 1, p, Granularity.NEURON), span);
        assertEquals(Set.of(ValueRef.z(0, 1, 1)), all(mazur, mazur.results(span), everything(mazur)));
        assertEquals(new HashSet<>(mazur.operands(mazur.step(p - 1))), all(mazur, mazur.operands(span), everything(mazur)));
    }

    @Test
    void aForwardLayerStepRingsAllOfZAndMarksAllOfWxAndB() {
        int p = mazur.next(0, Granularity.LAYER); // z^1 = W^1 x + b^1
        StepSpan span = mazur.span(p, Granularity.LAYER);
        assertEquals(Set.of(ValueRef.z(0, 1, 0), ValueRef.z(0, 1, 1)), all(mazur, mazur.results(span), everything(mazur)));
        assertEquals(Set.of(ValueRef.weight(1, 0, 0), ValueRef.weight(1, 0, 1), ValueRef.weight(1, 1, 0), ValueRef.weight(1, 1, 1),
                ValueRef.x(0, 0), ValueRef.x(0, 1), ValueRef.bias(1, 0), ValueRef.bias(1, 1)), all(mazur, mazur.operands(span), everything(mazur)));
        List<StepFormula> formulas = mazur.formulas(span, 4);
        assertEquals(1, formulas.size());
        assertEquals("z^1 = W^1 x + b^1", formulas.get(0).quantity().plain() + " = " + formulas.get(0).symbols().plain());
    }

    @Test
    void aHiddenDeltaLayerStepReadsAllOfZ1W2AndDelta2() {
        int p = mazur.indexOf(ValueRef.delta(0, 1, 1)) + 1; // the end of δ^1's layer
        StepSpan span = mazur.span(p, Granularity.LAYER);
        assertEquals(Set.of(ValueRef.delta(0, 1, 0), ValueRef.delta(0, 1, 1)), all(mazur, mazur.results(span), everything(mazur)));
        assertEquals(Set.of(ValueRef.z(0, 1, 0), ValueRef.z(0, 1, 1), ValueRef.weight(2, 0, 0), ValueRef.weight(2, 0, 1), ValueRef.weight(2, 1, 0),
                ValueRef.weight(2, 1, 1), ValueRef.delta(0, 2, 0), ValueRef.delta(0, 2, 1)), all(mazur, mazur.operands(span), everything(mazur)));
    }

    @Test
    void aGradientLayerStepComputesEveryWeightAndBiasGradientAndSaysSo() {
        int p = mazur.indexOf(ValueRef.biasGradient(0, 1, 1)) + 1;
        StepSpan span = mazur.span(p, Granularity.LAYER);
        Set<ValueRef> results = all(mazur, mazur.results(span), everything(mazur));
        assertEquals(6, results.size());
        for (int i = 0; i < 2; i++) {
            assertTrue(results.contains(ValueRef.biasGradient(0, 1, i)));
            for (int j = 0; j < 2; j++) assertTrue(results.contains(ValueRef.weightGradient(0, 1, i, j)));
        }
        assertEquals(Set.of(ValueRef.x(0, 0), ValueRef.x(0, 1), ValueRef.delta(0, 1, 0), ValueRef.delta(0, 1, 1)),
                all(mazur, mazur.operands(span), everything(mazur)));
        List<StepFormula> formulas = mazur.formulas(span, 4);
        assertEquals(List.of("∂C^r/∂W^1", "∂C^r/∂b^1"), formulas.stream().map(f -> f.quantity().plain()).toList());
    }

    @Test
    void anUpdateLayerStepWithTrainedBiasesReadsWBAndTheirMeanGradients() {
        int p = xor.size(); // the last layer's update: W^2 and b^2
        StepSpan span = xor.span(p, Granularity.LAYER);
        assertEquals(Set.of(ValueRef.updatedWeight(2, 0, 0), ValueRef.updatedWeight(2, 0, 1), ValueRef.updatedBias(2, 0)),
                all(xor, xor.results(span), everything(xor)));
        assertEquals(Set.of(ValueRef.weight(2, 0, 0), ValueRef.weight(2, 0, 1), ValueRef.bias(2, 0), ValueRef.meanWeightGradient(2, 0, 0),
                ValueRef.meanWeightGradient(2, 0, 1), ValueRef.meanBiasGradient(2, 0)), all(xor, xor.operands(span), everything(xor)));
        assertEquals(List.of("W^2⁺", "b^2⁺"), xor.formulas(span, 4).stream().map(f -> f.quantity().plain()).toList());
    }

    @Test
    void theForwardPassIsTheListOfItsLayerEquationsWithAllItsValues() {
        int p = mazur.next(0, Granularity.PASS);
        StepSpan span = mazur.span(p, Granularity.PASS);
        assertEquals(new StepSpan(0, mazur.phaseEnd(Phase.FORWARD, 0), Granularity.PASS), span);
        List<String> equations = mazur.formulas(span, 4).stream().map(f -> f.quantity().plain() + " = " + f.symbols().plain()).toList();
        assertEquals(List.of("z^1 = W^1 x + b^1", "a^1 = σ(z^1)", "z^2 = W^2 a^1 + b^2", "a^2 = σ(z^2)"), equations);
        Set<ValueRef> results = all(mazur, mazur.results(span), everything(mazur));
        for (int l = 1; l <= 2; l++) {
            for (int i = 0; i < 2; i++) {
                assertTrue(results.contains(ValueRef.z(0, l, i)));
                assertTrue(results.contains(ValueRef.a(0, l, i)));
            }
        }
        assertEquals(8, results.size());
        // what the pass reads from outside itself: x, every W and b (z and a it computed itself)
        Set<ValueRef> operands = all(mazur, mazur.operands(span), everything(mazur));
        assertEquals(2 + 8 + 4, operands.size());
        assertFalse(operands.contains(ValueRef.z(0, 1, 0)));
    }

    @Test
    void theBackwardPassListsDeltaLThenDeltaL1() {
        int p = mazur.phaseEnd(Phase.BACKWARD, 0);
        StepSpan span = mazur.span(p, Granularity.PASS);
        assertEquals(List.of("δ^2 = σ'(z^2) ⊙ ∇C^r(y^r)", "δ^1 = σ'(z^1) ⊙ (W^2)^T δ^2"),
                mazur.formulas(span, 4).stream().map(f -> f.quantity().plain() + " = " + f.symbols().plain()).toList());
    }

    @Test
    void theAveragePassReadsEveryExamplesGradientsWithoutListingThemOneByOne() {
        int p = xor.phaseEnd(Phase.AVERAGE, 0);
        StepSpan span = xor.span(p, Granularity.PASS);
        ValueSet operands = xor.operands(span);
        for (int r = 0; r < 4; r++) {
            assertTrue(operands.contains(ValueRef.cost(r)));
            assertTrue(operands.contains(ValueRef.weightGradient(r, 1, 1, 0)));
            assertTrue(operands.contains(ValueRef.biasGradient(r, 2, 0)));
        }
        assertTrue(operands.inExample(3).contains(ValueRef.weightGradient(3, 2, 0, 1)));
        assertEquals(List.of("C", "∂C/∂W^1", "∂C/∂b^1", "∂C/∂W^2", "∂C/∂b^2"),
                xor.formulas(span, 4).stream().map(f -> f.quantity().plain()).toList());
    }

    @Test
    void mnistShapedAveragePassIsBuiltQuickly() {
        Timeline t = Timeline.of(Scenarios.builtIn("mnist-shaped"));
        int p = t.phaseEnd(Phase.AVERAGE, 0);
        long start = System.nanoTime();
        StepSpan span = t.span(p, Granularity.PASS);
        ValueSet operands = t.operands(span);
        assertTrue(operands.contains(ValueRef.weightGradient(31, 1, 127, 783)));
        assertTrue(t.results(span).contains(ValueRef.meanWeightGradient(1, 127, 783)));
        // generous: a busy 2-core machine; listing 3.5 million gradients one by one took far longer
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }
}
