package deltaflow.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {
    private final Timeline mazur = Timeline.of(Scenarios.builtIn("mazur"));

    static Stream<String> builtIns() { return Scenarios.BUILT_IN.stream(); }

    private static Timeline timeline(String name) { return Timeline.of(Scenarios.builtIn(name)); }

    /** "kind layer neuron source" with neurons and sources counted from 1, like the slides; example from 1. */
    private static String describe(Step s) {
        return s.kind().id() + " r" + (s.example() + 1) + " l" + s.layer() + " " + (s.neuron() + 1)
                + (s.kind() == StepKind.WEIGHT_GRADIENT || s.kind() == StepKind.MEAN_WEIGHT_GRADIENT || s.kind() == StepKind.WEIGHT_UPDATE ? "," + (s.source() + 1) : "");
    }

    @Test
    void mazursStepsComeInTheLecturesOrder() {
        List<String> expected = List.of(
                "z r1 l1 1", "z r1 l1 2", "a r1 l1 1", "a r1 l1 2", "z r1 l2 1", "z r1 l2 2", "a r1 l2 1", "a r1 l2 2",
                "cost r1 l0 1", "costGradient r1 l0 1", "costGradient r1 l0 2",
                "delta r1 l2 1", "delta r1 l2 2", "delta r1 l1 1", "delta r1 l1 2",
                "weightGradient r1 l1 1,1", "weightGradient r1 l1 1,2", "biasGradient r1 l1 1",
                "weightGradient r1 l1 2,1", "weightGradient r1 l1 2,2", "biasGradient r1 l1 2",
                "weightGradient r1 l2 1,1", "weightGradient r1 l2 1,2", "biasGradient r1 l2 1",
                "weightGradient r1 l2 2,1", "weightGradient r1 l2 2,2", "biasGradient r1 l2 2",
                "totalCost r1 l0 1",
                "meanWeightGradient r1 l1 1,1", "meanWeightGradient r1 l1 1,2", "meanBiasGradient r1 l1 1",
                "meanWeightGradient r1 l1 2,1", "meanWeightGradient r1 l1 2,2", "meanBiasGradient r1 l1 2",
                "meanWeightGradient r1 l2 1,1", "meanWeightGradient r1 l2 1,2", "meanBiasGradient r1 l2 1",
                "meanWeightGradient r1 l2 2,1", "meanWeightGradient r1 l2 2,2", "meanBiasGradient r1 l2 2",
                // Mazur holds the biases fixed: only the weights are updated.
                "weightUpdate r1 l1 1,1", "weightUpdate r1 l1 1,2", "weightUpdate r1 l1 2,1", "weightUpdate r1 l1 2,2",
                "weightUpdate r1 l2 1,1", "weightUpdate r1 l2 1,2", "weightUpdate r1 l2 2,1", "weightUpdate r1 l2 2,2");
        List<String> actual = new ArrayList<>();
        for (int k = 0; k < mazur.size(); k++) actual.add(describe(mazur.step(k)));
        assertEquals(expected, actual);
    }

    @Test
    void secondExampleFollowsTheFirstAndBiasUpdatesFollowWeightUpdates() {
        Timeline xor = timeline("xor"); // 2-2-1, four examples, biases trained
        int perExample = 2 * 2 + 2 * 1 + 1 + 1 + 2 + 1 + 2 * 3 + 1 * 3;
        assertEquals("z r2 l1 1", describe(xor.step(perExample)));
        assertEquals("totalCost r1 l0 1", describe(xor.step(4 * perExample)));
        assertEquals("weightUpdate r1 l2 1,2", describe(xor.step(xor.size() - 2)));
        assertEquals("biasUpdate r1 l2 1", describe(xor.step(xor.size() - 1)));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void sizeIsCountStepsAndEveryStepFindsItsOwnIndex(String name) {
        Timeline t = timeline(name);
        Scenario s = t.scenario();
        Reference.Update reference = new Reference.Update(s);
        assertEquals(Timeline.countSteps(s.network(), s.batchSize(), s.trainBiases()), t.size());
        for (int k = 0; k < t.size(); k++) {
            Step step = t.step(k);
            assertEquals(k, step.index());
            assertEquals(k, t.indexOf(step.result()), () -> describe(step));
            double expected = reference.value(step.result());
            assertEquals(expected, step.value(), 1e-9 * Math.max(1, Math.abs(expected)), () -> describe(step) + " against the reference");
        }
        assertNull(t.current(0));
        assertEquals(t.step(t.size() - 1), t.current(t.size()));
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void everyOperandIsKnownBeforeItsStep(String name) {
        Timeline t = timeline(name);
        for (int k = 0; k < t.size(); k++) {
            Step step = t.step(k);
            List<ValueRef> operands = t.operands(step);
            assertFalse(operands.isEmpty(), () -> describe(step));
            for (ValueRef op : operands) {
                assertTrue(t.isKnown(op, k), () -> describe(step) + " uses " + op + " before it is known");
            }
            assertFalse(t.isKnown(step.result(), k), () -> describe(step) + " is known before it is computed");
            assertTrue(t.isKnown(step.result(), k + 1));
        }
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void steppingBackRestoresExactlyWhatWasKnown(String name) {
        Timeline t = timeline(name);
        List<ValueRef> universe = allRefs(t.scenario());
        Set<ValueRef> computed = new HashSet<>();
        for (int p = 0; p <= t.size(); p++) {
            if (p > 0) {
                ValueRef result = t.step(p - 1).result();
                computed.add(result);
                if (result.quantity() == Quantity.DELTA) computed.add(new ValueRef(Quantity.GAIN, result.example(), result.layer(), result.neuron(), 0));
            }
            for (ValueRef ref : universe) {
                boolean expected = ref.quantity().isGiven() || computed.contains(ref)
                        || (ref.quantity() == Quantity.UPDATED_BIAS && !t.scenario().trainBiases());
                int position = p;
                assertEquals(expected, t.isKnown(ref, p), () -> ref + " at position " + position);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void nextAndPreviousAreInverseAtEveryGranularity(String name) {
        Timeline t = timeline(name);
        for (Granularity g : Granularity.values()) {
            // The stops of a granularity: where repeated "next" from 0 lands.
            List<Integer> stops = new ArrayList<>(List.of(0));
            while (stops.get(stops.size() - 1) < t.size()) {
                int p = stops.get(stops.size() - 1);
                int q = t.next(p, g);
                assertTrue(q > p, g + " next from " + p);
                stops.add(q);
            }
            assertEquals(t.size(), t.next(t.size(), g));
            assertEquals(0, t.previous(0, g));
            for (int s = 1; s < stops.size(); s++) {
                assertEquals(stops.get(s - 1), t.previous(stops.get(s), g), g + " back from " + stops.get(s));
            }
            // From inside a block, back goes to its start and next to its end.
            for (int p = 0; p <= t.size(); p++) {
                int position = p;
                int before = stops.stream().filter(x -> x < position).reduce((a, b) -> b).orElse(0);
                int after = stops.stream().filter(x -> x > position).findFirst().orElse(t.size());
                assertEquals(before, t.previous(p, g), g + " previous " + p);
                assertEquals(after, t.next(p, g), g + " next " + p);
            }
            if (g == Granularity.NEURON) assertEquals(t.size() + 1, stops.size());
        }
    }

    @Test
    void layerAndPassStopsOnMazur() {
        // Layer: z^1, a^1, z^2, a^2, C^r, ∂C/∂y, δ^2, δ^1, gradients l=1, l=2, C, mean l=1, l=2, update l=1, l=2.
        List<Integer> layerStops = new ArrayList<>();
        for (int p = 0; p < mazur.size(); p = mazur.next(p, Granularity.LAYER)) layerStops.add(p);
        assertEquals(List.of(0, 2, 4, 6, 8, 9, 11, 13, 15, 21, 27, 28, 34, 40, 44), layerStops);
        // Pass: forward, cost, backward, gradients, average, update.
        List<Integer> passStops = new ArrayList<>();
        for (int p = 0; p < mazur.size(); p = mazur.next(p, Granularity.PASS)) passStops.add(p);
        assertEquals(List.of(0, 8, 11, 15, 27, 40), passStops);
        assertEquals(passStops, java.util.Arrays.stream(mazur.passBoundaries()).boxed().toList());
        assertEquals(11, mazur.phaseStart(Phase.BACKWARD, 0));
        assertEquals(15, mazur.phaseEnd(Phase.BACKWARD, 0));
    }

    @Test
    void mazursDeltaOfTheFirstHiddenNeuronReadsAsOnTheSlides() {
        Step step = mazur.step(mazur.indexOf(ValueRef.delta(0, 1, 0)));
        assertEquals(0.00877135468, step.value(), 1e-11); // Mazur: ∂E_total/∂out_h1 × out_h1(1 − out_h1)
        assertEquals("δ_1^1 = σ'(z_1^1) (w_11^2 δ_1^2 + w_21^2 δ_2^2) = 0.2413 × (0.4 × 0.1385 + 0.5 × (−0.0381)) = 0.008771",
                mazur.formula(step, 4).full().plain());
        assertEquals(List.of(ValueRef.z(0, 1, 0), ValueRef.weight(2, 0, 0), ValueRef.delta(0, 2, 0), ValueRef.weight(2, 1, 0), ValueRef.delta(0, 2, 1)),
                mazur.operands(step));
    }

    @Test
    void mazursFormulasReadAsOnTheSlides() {
        assertEquals("z_1^1 = w_11^1 x_1 + w_12^1 x_2 + b_1^1 = 0.15 × 0.05 + 0.2 × 0.1 + 0.35 = 0.3775", plain(0));
        assertEquals("a_1^2 = σ(z_1^2) = σ(1.106) = 0.7514", plain(6));
        assertEquals("C^r = ½ Σ_n (y_n − ŷ_n)² = ½((0.7514 − 0.01)² + (0.7729 − 0.99)²) = 0.2984", plain(8));
        assertEquals("∂C^r/∂y_2 = y_2 − ŷ_2 = 0.7729 − 0.99 = −0.2171", plain(10));
        assertEquals("δ_1^2 = σ'(z_1^2) ∂C^r/∂y_1 = 0.1868 × 0.7414 = 0.1385", plain(11));
        assertEquals("∂C^r/∂w_11^1 = x_1 δ_1^1 = 0.05 × 0.008771 = 0.0004386", plain(15));
        assertEquals("C = 1/R Σ_r C^r = 0.2984", plain(27));
        assertEquals("w_11^1⁺ = w_11^1 − η ∂C/∂w_11^1 = 0.15 − 0.5 × 0.0004386 = 0.1498", plain(40));
    }

    private String plain(int k) { return mazur.formula(mazur.step(k), 4).full().plain(); }

    @Test
    void anEditedWeightGivesANewTimelineWithNewValues() {
        Scenario scenario = mazur.scenario();
        Timeline edited = Timeline.of(scenario.withNetwork(scenario.network().withWeight(1, 0, 0, 0.5)));
        assertEquals(0.5, edited.value(ValueRef.weight(1, 0, 0)));
        // z_1^1 = 0.5 × 0.05 + 0.2 × 0.1 + 0.35
        assertEquals(0.395, edited.value(ValueRef.z(0, 1, 0)), 1e-15);
        assertEquals(0.3775, mazur.value(ValueRef.z(0, 1, 0)), 1e-15);
        assertNotEquals(mazur.value(ValueRef.totalCost()), edited.value(ValueRef.totalCost()));
        double c = Reference.totalCost(edited.scenario(), edited.scenario().network());
        assertEquals(c, edited.value(ValueRef.totalCost()), 1e-15, "C of the edited network, by the reference");
    }

    /** Every number a scenario shows. */
    static List<ValueRef> allRefs(Scenario s) {
        Network net = s.network();
        List<ValueRef> refs = new ArrayList<>();
        refs.add(ValueRef.totalCost());
        for (int l = 1; l <= net.depth(); l++) {
            for (int i = 0; i < net.size(l); i++) {
                refs.add(ValueRef.bias(l, i));
                refs.add(ValueRef.meanBiasGradient(l, i));
                refs.add(ValueRef.updatedBias(l, i));
                for (int j = 0; j < net.size(l - 1); j++) {
                    refs.add(ValueRef.weight(l, i, j));
                    refs.add(ValueRef.meanWeightGradient(l, i, j));
                    refs.add(ValueRef.updatedWeight(l, i, j));
                }
            }
        }
        for (int r = 0; r < s.batchSize(); r++) {
            refs.add(ValueRef.cost(r));
            for (int j = 0; j < net.inputs(); j++) refs.add(ValueRef.x(r, j));
            for (int n = 0; n < net.outputs(); n++) {
                refs.add(ValueRef.target(r, n));
                refs.add(ValueRef.costGradient(r, n));
            }
            for (int l = 1; l <= net.depth(); l++) {
                for (int i = 0; i < net.size(l); i++) {
                    refs.add(ValueRef.z(r, l, i));
                    refs.add(ValueRef.a(r, l, i));
                    refs.add(ValueRef.gain(r, l, i));
                    refs.add(ValueRef.delta(r, l, i));
                    refs.add(ValueRef.biasGradient(r, l, i));
                    for (int j = 0; j < net.size(l - 1); j++) refs.add(ValueRef.weightGradient(r, l, i, j));
                }
            }
        }
        return refs;
    }
}
