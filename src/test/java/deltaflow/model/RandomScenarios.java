package deltaflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random small scenarios where every activation and cost makes sense: softmax only at the output,
 * cross-entropy on probabilities (softmax or sigmoid outputs), binary cross-entropy on sigmoid outputs,
 * targets in [0, 1] that sum to 1 for softmax, and for the norm targets that the output cannot reach.
 */
final class RandomScenarios {
    private RandomScenarios() {}

    /**
     * A network whose hidden layers use {@code activation} (sigmoid where that is softmax), and whose output
     * uses it too unless {@code cost} needs a probability, then softmax or sigmoid. At least one hidden layer
     * when the output cannot use the activation, so it is still exercised.
     */
    static Scenario of(Activation activation, Cost cost, long seed) {
        return of(activation, cost, seed, 0);
    }

    /** As {@link #of(Activation, Cost, long)} with a mini-batch of {@code batchSize} examples (0: 1 to 3, drawn). */
    static Scenario of(Activation activation, Cost cost, long seed, int batchSize) {
        Random random = new Random(seed);
        Activation output = outputFor(activation, cost, random);
        Activation hidden = activation == Activation.SOFTMAX ? Activation.SIGMOID : activation;
        int depth = (output != activation ? 2 : 1) + random.nextInt(2);
        int inputs = 1 + random.nextInt(4);
        List<Layer> layers = new ArrayList<>();
        int previous = inputs;
        for (int l = 1; l <= depth; l++) {
            int size = l == depth && output == Activation.SOFTMAX ? 2 + random.nextInt(3) : 1 + random.nextInt(4);
            double[][] w = new double[size][previous];
            for (double[] row : w) for (int j = 0; j < previous; j++) row[j] = random.nextGaussian();
            double[] b = new double[size];
            for (int i = 0; i < size; i++) b[i] = 0.5 * random.nextGaussian();
            layers.add(Layer.of(l == depth ? output : hidden, w, b));
            previous = size;
        }
        Network network = new Network(inputs, layers);
        List<Example> examples = new ArrayList<>();
        int drawn = 1 + random.nextInt(3);
        for (int r = 0, batch = batchSize > 0 ? batchSize : drawn; r < batch; r++) {
            double[] x = new double[inputs];
            for (int j = 0; j < inputs; j++) x[j] = 2 * random.nextDouble() - 1;
            examples.add(new Example(x, target(cost, output, network.outputs(), random)));
        }
        return new Scenario("random", "", network, cost, examples, 0.5, true);
    }

    private static Activation outputFor(Activation activation, Cost cost, Random random) {
        return switch (cost) {
            case CROSS_ENTROPY -> activation == Activation.SOFTMAX || activation == Activation.SIGMOID ? activation
                    : random.nextBoolean() ? Activation.SOFTMAX : Activation.SIGMOID;
            case BINARY_CROSS_ENTROPY -> Activation.SIGMOID;
            case SQUARED, NORM -> activation;
        };
    }

    private static double[] target(Cost cost, Activation output, int size, Random random) {
        double[] t = new double[size];
        if (cost == Cost.SQUARED || cost == Cost.NORM) {
            // Beyond what a bounded output reaches, so y ≠ ŷ and the norm is smooth.
            for (int n = 0; n < size; n++) t[n] = (random.nextBoolean() ? 1 : -1) * (1.5 + random.nextDouble());
        } else if (output == Activation.SOFTMAX) {
            double sum = 0;
            for (int n = 0; n < size; n++) sum += t[n] = random.nextDouble();
            for (int n = 0; n < size; n++) t[n] /= sum;
        } else {
            for (int n = 0; n < size; n++) t[n] = random.nextDouble();
        }
        return t;
    }

    /** The smallest |z| of any ReLU-like neuron, over all examples: near 0 the derivative jumps. */
    static double closestKink(Scenario scenario) {
        Trace trace = Trace.of(scenario);
        double closest = Double.POSITIVE_INFINITY;
        Network network = scenario.network();
        for (int l = 1; l <= network.depth(); l++) {
            Activation sigma = network.layer(l).activation();
            if (sigma != Activation.RELU && sigma != Activation.LEAKY_RELU) continue;
            for (int r = 0; r < trace.batchSize(); r++) {
                for (int i = 0; i < network.size(l); i++) closest = Math.min(closest, Math.abs(trace.pass(r).z(l, i)));
            }
        }
        return closest;
    }

    /** The smallest min(y, 1 − y) of any output, over all examples. */
    static double closestSaturation(Scenario scenario) {
        Trace trace = Trace.of(scenario);
        int depth = scenario.network().depth();
        double closest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < trace.batchSize(); r++) {
            for (int n = 0; n < scenario.network().outputs(); n++) {
                double y = trace.pass(r).a(depth, n);
                closest = Math.min(closest, Math.min(y, 1 - y));
            }
        }
        return closest;
    }
}
