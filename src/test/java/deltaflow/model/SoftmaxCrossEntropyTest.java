package deltaflow.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** δ^L of softmax with cross-entropy is y − ŷ: the textbook identity, independent of the Jacobian route. */
class SoftmaxCrossEntropyTest {

    @Property(tries = 300)
    void outputDeltaIsOutputMinusTarget(@ForAll @IntRange(min = 2, max = 6) int outputs, @ForAll long seed,
                                        @ForAll @DoubleRange(min = 0.1, max = 3) double scale) {
        Random random = new Random(seed);
        int inputs = 3;
        double[][] w = new double[outputs][inputs];
        for (double[] row : w) for (int j = 0; j < inputs; j++) row[j] = scale * random.nextGaussian();
        double[] b = new double[outputs];
        for (int i = 0; i < outputs; i++) b[i] = random.nextGaussian();
        Network network = new Network(inputs, List.of(Layer.of(Activation.SOFTMAX, w, b)));
        double[] x = {random.nextDouble(), -random.nextDouble(), 2 * random.nextDouble()};
        double[] target = new double[outputs];
        double sum = 0;
        for (int n = 0; n < outputs; n++) sum += target[n] = random.nextDouble();
        for (int n = 0; n < outputs; n++) target[n] /= sum; // a probability distribution, so Σ ŷ = 1
        Pass pass = new Pass(network).run(network, Cost.CROSS_ENTROPY, new Example(x, target));
        for (int n = 0; n < outputs; n++) {
            assertEquals(pass.a(1, n) - target[n], pass.delta(1, n), 1e-12);
        }
    }

    @Property(tries = 100)
    void oneHotTargetsGiveTheSameIdentity(@ForAll @IntRange(min = 2, max = 5) int outputs, @ForAll @IntRange(min = 0, max = 4) int hot) {
        int k = hot % outputs;
        double[][] w = new double[outputs][2];
        for (int i = 0; i < outputs; i++) w[i] = new double[] {0.3 * i, -0.2 * i + 0.1};
        Network network = new Network(2, List.of(Layer.of(Activation.SOFTMAX, w, new double[outputs])));
        double[] target = new double[outputs];
        target[k] = 1;
        Pass pass = new Pass(network).run(network, Cost.CROSS_ENTROPY, new Example(new double[] {1, 2}, target));
        for (int n = 0; n < outputs; n++) assertEquals(pass.a(1, n) - target[n], pass.delta(1, n), 1e-12);
    }

    @org.junit.jupiter.api.Test
    void theBuiltInSoftmaxScenarioPassesItsGradientCheck() {
        Scenario softmax = Scenarios.builtIn("softmax");
        Trace trace = Trace.of(softmax);
        int depth = softmax.network().depth();
        for (int r = 0; r < softmax.batchSize(); r++) {
            for (int n = 0; n < softmax.network().outputs(); n++) {
                assertEquals(trace.pass(r).a(depth, n) - softmax.example(r).target(n), trace.pass(r).delta(depth, n), 1e-12);
            }
        }
        for (GradientCheck.Entry e : GradientCheck.check(softmax)) {
            assertEquals(e.numerical(), e.backprop(), 1e-8 + 1e-6 * Math.abs(e.numerical()), e::toString);
        }
    }
}
