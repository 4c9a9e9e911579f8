package deltaflow.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientCheckTest {
    private final Scenario mazur = Scenarios.builtIn("mazur");

    @Test
    void listsEveryWeightThenEveryBiasLayerByLayer() {
        List<GradientCheck.Entry> entries = GradientCheck.check(mazur);
        assertEquals(12, entries.size());
        assertEquals(ValueRef.weight(1, 0, 0), entries.get(0).parameter());
        assertEquals(ValueRef.weight(1, 1, 1), entries.get(3).parameter());
        assertEquals(ValueRef.bias(1, 0), entries.get(4).parameter());
        assertEquals(ValueRef.weight(2, 0, 0), entries.get(6).parameter());
        assertEquals(ValueRef.bias(2, 1), entries.get(11).parameter());
    }

    @Test
    void mazursGradientsAgreeWithTheirCentralDifferences() {
        List<GradientCheck.Entry> entries = GradientCheck.check(mazur);
        // ∂E/∂w5 = 0.082167041 in the post.
        assertEquals(0.082167041, entries.get(6).backprop(), 5e-10);
        assertEquals(0.082167041, entries.get(6).numerical(), 1e-9);
        assertTrue(GradientCheck.maxRelativeError(entries) < 1e-7, () -> entries.toString());
    }

    @Test
    void biasesHaveGradientsEvenWhenTheScenarioHoldsThemFixed() {
        // Mazur does not train biases, but ∂C/∂b_1^2 = δ_1^2 = 0.1385 all the same.
        GradientCheck.Entry b = GradientCheck.check(mazur).get(10);
        assertEquals(ValueRef.bias(2, 0), b.parameter());
        assertEquals(0.138498562, b.backprop(), 5e-9);
        assertEquals(b.backprop(), b.numerical(), 1e-9);
    }

    @Test
    void aWrongGradientShowsAsALargeRelativeError() {
        // ReLU at z = 0 exactly: backprop takes σ'(0) = 0, the central difference sees the half slope.
        Network network = new Network(1, List.of(Layer.of(Activation.RELU, new double[][] {{1}}, new double[] {0})));
        Scenario kink = new Scenario("kink", "", network, Cost.SQUARED, List.of(new Example(new double[] {0}, new double[] {-1})), 0.1, true);
        GradientCheck.Entry bias = GradientCheck.check(kink).get(1);
        assertEquals(0.0, bias.backprop());
        assertEquals(0.5, bias.numerical(), 1e-5); // C = ½(ReLU(b) + 1)²: (½(1 + h)² − ½)/2h = ½ + h/4
        assertEquals(1.0, bias.relativeError(), 1e-5);
    }

    @Test
    void aSampleIsDistinctParametersCheckedExactlyAsTheFullCheckDoesAndTheSameForTheSameSeed() {
        List<GradientCheck.Entry> all = GradientCheck.check(mazur);
        List<GradientCheck.Entry> sample = GradientCheck.sample(mazur, 5, 42);
        assertEquals(5, sample.size());
        assertEquals(5, sample.stream().map(GradientCheck.Entry::parameter).distinct().count());
        assertTrue(all.containsAll(sample), sample.toString());
        // In the full check's order, so a sorted table starts from the same place.
        assertEquals(sample, all.stream().filter(sample::contains).toList());
        assertEquals(sample, GradientCheck.sample(mazur, 5, 42));
        assertEquals(all, GradientCheck.sample(mazur, 50, 1), "asking for more than there are checks them all");
    }
}
