package deltaflow.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The mini-batch kernels against the rounding contract written as plainly as it can be: one example at a time,
 * z_i = ((s₀ + s₁) + (s₂ + s₃)) + b_i with s_k the sum from 0.0 of the terms w_ij a_j with j ≡ k (mod 4) (the
 * last m mod 4 terms into s₀), δ_i = (0.0 + Σ_k δ_k w_ki) · σ'(z_i), each gradient summed from 0.0 over r in
 * order. Every number the step engine, the trainer, training's Sgd and the grid's Forward compute must equal it
 * bit for bit (signed zeros included), for every shape: layers of 1 to 4 neurons, which the kernels write out,
 * and wide ones, which they copy example by example — whatever the batch size.
 */
class KernelRoundingProperties {
    private static final int[] WIDTHS = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 33};

    /** Output activations with a cost that suits them. */
    private static final Object[][] OUTPUTS = {
        {Activation.TANH, Cost.SQUARED}, {Activation.LINEAR, Cost.SQUARED}, {Activation.RELU, Cost.SQUARED},
        {Activation.SIGMOID, Cost.BINARY_CROSS_ENTROPY}, {Activation.SIGMOID, Cost.NORM}, {Activation.SOFTMAX, Cost.CROSS_ENTROPY},
    };
    private static final Activation[] HIDDEN = {Activation.TANH, Activation.SIGMOID, Activation.RELU, Activation.LEAKY_RELU, Activation.SOFTPLUS, Activation.LINEAR};

    record Case(Scenario scenario, String shape) {
        @Override public String toString() { return shape; }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 13),
                Arbitraries.integers().between(0, OUTPUTS.length - 1),
                Arbitraries.integers().between(0, HIDDEN.length - 1),
                Arbitraries.longs()).as(KernelRoundingProperties::draw);
    }

    /** A random network; some weights, biases and inputs are +0.0 or −0.0, where 0.0 + x and x differ. */
    private static Case draw(int depth, int batch, int output, int hidden, long seed) {
        Random random = new Random(seed);
        int[] sizes = new int[depth + 1];
        for (int l = 0; l <= depth; l++) sizes[l] = WIDTHS[random.nextInt(WIDTHS.length)];
        Activation outputActivation = (Activation) OUTPUTS[output][0];
        Cost cost = (Cost) OUTPUTS[output][1];
        if (outputActivation == Activation.SOFTMAX && sizes[depth] == 1) sizes[depth] = 3;
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            double[] w = new double[sizes[l] * sizes[l - 1]];
            for (int k = 0; k < w.length; k++) w[k] = number(random);
            double[] b = new double[sizes[l]];
            for (int k = 0; k < b.length; k++) b[k] = number(random);
            layers.add(Layer.ofFlat(l == depth ? outputActivation : HIDDEN[hidden], sizes[l - 1], w, b));
        }
        List<Example> examples = new ArrayList<>();
        for (int r = 0; r < batch; r++) {
            double[] x = new double[sizes[0]];
            for (int j = 0; j < x.length; j++) x[j] = number(random);
            double[] target = new double[sizes[depth]];
            if (cost == Cost.CROSS_ENTROPY) target[random.nextInt(target.length)] = 1;
            else for (int n = 0; n < target.length; n++) target[n] = cost == Cost.SQUARED ? number(random) : 0.1 + 0.8 * random.nextDouble();
            examples.add(new Example(x, target));
        }
        Network network = new Network(sizes[0], layers);
        String shape = java.util.Arrays.toString(sizes) + " " + HIDDEN[hidden].id() + "/" + outputActivation.id() + " " + cost.id() + " × " + batch;
        return new Case(new Scenario(shape, "", network, cost, examples, 0.1, true), shape);
    }

    private static double number(Random random) {
        int kind = random.nextInt(12);
        if (kind == 0) return 0.0;
        if (kind == 1) return -0.0;
        return random.nextGaussian();
    }

    @Property(tries = 300)
    void theStepEngineRoundsAsTheContractSays(@ForAll("cases") Case drawn) {
        Scenario scenario = drawn.scenario();
        Network network = scenario.network();
        Reference reference = new Reference(scenario);
        Trace trace = Trace.of(scenario);
        for (int r = 0; r < scenario.batchSize(); r++) {
            Pass pass = trace.pass(r);
            for (int l = 1; l <= network.depth(); l++) {
                for (int i = 0; i < network.size(l); i++) {
                    same(reference.z[r][l][i], pass.z(l, i), "z", r, l, i);
                    same(reference.a[r][l][i], pass.a(l, i), "a", r, l, i);
                    same(reference.gains[r][l][i], pass.gain(l, i), "σ'", r, l, i);
                    same(reference.delta[r][l][i], pass.delta(l, i), "δ", r, l, i);
                }
            }
            same(reference.costs[r], pass.cost(), "C", r, 0, 0);
            for (int n = 0; n < network.outputs(); n++) same(reference.costGradient[r][n], pass.costGradient(n), "∂C/∂y", r, 0, n);
        }
        same(reference.meanCost, trace.totalCost(), "C", 0, 0, 0);
        for (int l = 1; l <= network.depth(); l++) {
            for (int i = 0; i < network.size(l); i++) {
                same(reference.biasSums[l][i] / scenario.batchSize(), trace.meanBiasGradient(l, i), "∂C/∂b", 0, l, i);
                for (int j = 0; j < network.size(l - 1); j++) {
                    same(reference.weightSums[l][i][j] / scenario.batchSize(), trace.meanWeightGradient(l, i, j), "∂C/∂w", j, l, i);
                }
            }
        }
        assertEquals(reference.updated(), trace.updated());
    }

    @Property(tries = 200)
    void trainingAndTheGridRoundAsTheStepEngine(@ForAll("cases") Case drawn) {
        Scenario scenario = drawn.scenario();
        Network network = scenario.network();
        Reference reference = new Reference(scenario);
        Trainer trainer = new Trainer(network);
        assertEquals(reference.updated(), trainer.step(network, scenario.cost(), scenario.examples(), scenario.learningRate(), true));
        same(reference.meanCost, trainer.lastCost(), "C", 0, 0, 0);

        Sgd sgd = new Sgd(network);
        ExampleTable examples = ExampleTable.of(scenario.examples());
        int[] order = new int[examples.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        double cost = sgd.update(scenario.cost(), examples, order, 0, examples.size(), scenario.learningRate(), true, Regularization.NONE, 0);
        same(reference.meanCost, cost, "C", 0, 0, 0);
        assertEquals(reference.updated(), sgd.network());

        Forward forward = new Forward(network);
        double[][] inputs = scenario.examples().stream().map(Example::x).toArray(double[][]::new);
        forward.run(network, inputs, 0, inputs.length);
        for (int r = 0; r < inputs.length; r++) {
            for (int l = 1; l <= network.depth(); l++) {
                for (int i = 0; i < network.size(l); i++) same(reference.a[r][l][i], forward.activation(l, r, i), "grid a", r, l, i);
            }
        }
    }

    private static void same(double expected, double actual, String what, int r, int l, int i) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> what + " of example " + r + ", layer " + l + ", neuron " + i + ": expected " + expected + ", got " + actual);
    }

    /** The contract, one example at a time, in the plainest loops. */
    private static final class Reference {
        final Scenario scenario;
        final double[][][] z, a, gains, delta;
        final double[] costs;
        final double[][] costGradient;
        final double[][][] weightSums;
        final double[][] biasSums;
        double meanCost;

        Reference(Scenario scenario) {
            this.scenario = scenario;
            Network network = scenario.network();
            int depth = network.depth(), batch = scenario.batchSize();
            z = new double[batch][depth + 1][];
            a = new double[batch][depth + 1][];
            gains = new double[batch][depth + 1][];
            delta = new double[batch][depth + 1][];
            costs = new double[batch];
            costGradient = new double[batch][];
            for (int r = 0; r < batch; r++) pass(network, scenario.cost(), scenario.example(r), r);
            weightSums = new double[depth + 1][][];
            biasSums = new double[depth + 1][];
            for (int l = 1; l <= depth; l++) {
                weightSums[l] = new double[network.size(l)][network.size(l - 1)];
                biasSums[l] = new double[network.size(l)];
                for (int i = 0; i < network.size(l); i++) {
                    double bias = 0.0;
                    for (int r = 0; r < batch; r++) bias += delta[r][l][i];
                    biasSums[l][i] = bias;
                    for (int j = 0; j < network.size(l - 1); j++) {
                        double sum = 0.0;
                        for (int r = 0; r < batch; r++) sum += delta[r][l][i] * a[r][l - 1][j];
                        weightSums[l][i][j] = sum;
                    }
                }
            }
            double total = 0.0;
            for (int r = 0; r < batch; r++) total += costs[r];
            meanCost = total / batch;
        }

        private void pass(Network network, Cost cost, Example example, int r) {
            int depth = network.depth();
            a[r][0] = example.x();
            for (int l = 1; l <= depth; l++) {
                Layer layer = network.layer(l);
                int size = layer.size(), m = layer.inputs();
                z[r][l] = new double[size];
                for (int i = 0; i < size; i++) {
                    double[] s = {0.0, 0.0, 0.0, 0.0};
                    int blocks = m / 4 * 4;
                    for (int j = 0; j < blocks; j++) s[j % 4] = s[j % 4] + layer.weight(i, j) * a[r][l - 1][j];
                    for (int j = blocks; j < m; j++) s[0] = s[0] + layer.weight(i, j) * a[r][l - 1][j];
                    z[r][l][i] = ((s[0] + s[1]) + (s[2] + s[3])) + layer.bias(i);
                }
                a[r][l] = activate(layer.activation(), z[r][l]);
                gains[r][l] = new double[size];
                for (int i = 0; i < size; i++) {
                    gains[r][l][i] = layer.activation().isElementwise()
                            ? layer.activation().derivativeFromOutput(z[r][l][i], a[r][l][i])
                            : a[r][l][i] * (1 - a[r][l][i]);
                }
            }
            double[] y = a[r][depth], target = example.target();
            costs[r] = cost.value(y, target);
            costGradient[r] = new double[y.length];
            cost.gradient(y, target, costGradient[r]);
            delta[r][depth] = new double[y.length];
            if (network.layer(depth).activation().isElementwise()) {
                for (int n = 0; n < y.length; n++) delta[r][depth][n] = gains[r][depth][n] * costGradient[r][n];
            } else {
                double mean = 0;
                for (int k = 0; k < y.length; k++) mean += y[k] * costGradient[r][k];
                for (int n = 0; n < y.length; n++) delta[r][depth][n] = y[n] * (costGradient[r][n] - mean);
            }
            for (int l = depth - 1; l >= 1; l--) {
                Layer next = network.layer(l + 1);
                delta[r][l] = new double[network.size(l)];
                for (int i = 0; i < network.size(l); i++) {
                    double sum = 0.0;
                    for (int k = 0; k < next.size(); k++) sum = sum + delta[r][l + 1][k] * next.weight(k, i);
                    delta[r][l][i] = sum * gains[r][l][i];
                }
            }
        }

        private static double[] activate(Activation sigma, double[] z) {
            double[] out = new double[z.length];
            if (sigma.isElementwise()) {
                for (int i = 0; i < z.length; i++) out[i] = sigma.value(z[i]);
                return out;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) max = Math.max(max, v);
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                out[i] = Math.exp(z[i] - max);
                sum += out[i];
            }
            for (int i = 0; i < z.length; i++) out[i] /= sum;
            return out;
        }

        Network updated() {
            Network network = scenario.network();
            List<Layer> layers = new ArrayList<>();
            int batch = scenario.batchSize();
            for (int l = 1; l <= network.depth(); l++) {
                Layer layer = network.layer(l);
                double[] w = new double[layer.size() * layer.inputs()];
                double[] b = new double[layer.size()];
                for (int i = 0; i < layer.size(); i++) {
                    for (int j = 0; j < layer.inputs(); j++) {
                        w[i * layer.inputs() + j] = layer.weight(i, j) - scenario.learningRate() * (weightSums[l][i][j] / batch);
                    }
                    b[i] = layer.bias(i) - scenario.learningRate() * (biasSums[l][i] / batch);
                }
                layers.add(Layer.ofFlat(layer.activation(), layer.inputs(), w, b));
            }
            return new Network(network.inputs(), layers);
        }
    }
}
