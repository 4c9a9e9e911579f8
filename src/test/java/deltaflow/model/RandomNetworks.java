package deltaflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The seeded random networks of the tests and benchmarks, in one place; a seed always gives the same network.
 * {@link #of(Activation, Cost, long)}: small scenarios where every activation and cost makes sense, for the
 * property tests — softmax only at the output, cross-entropy on probabilities (softmax or sigmoid outputs),
 * binary cross-entropy on sigmoid outputs, targets in [0, 1] that sum to 1 for softmax, and for the norm targets
 * that the output cannot reach. {@link #sigmoid(int[], int)} and {@link #mnistSized(int, long)}: large layered
 * networks ({@link #layered}) with one-hot targets, for layout at scale, the batch kernels, memory and benchmarks.
 */
public final class RandomNetworks {
    private RandomNetworks() {}

    /** How a large network's weights are drawn (its biases are N(0, 0.1²) either way). */
    public enum Weights {
        /** N(0, 1/n) for n inputs: a sigmoid's z stays in its responsive range however wide the layer below. */
        GAUSSIAN,
        /** Glorot and Bengio's uniform U(−√(6/(n+m)), √(6/(n+m))) for n inputs and m outputs, where training starts. */
        XAVIER;

        double draw(Random random, int inputs, int outputs) {
            return switch (this) {
                case GAUSSIAN -> random.nextGaussian() * (1 / Math.sqrt(inputs));
                case XAVIER -> (2 * random.nextDouble() - 1) * Math.sqrt(6.0 / (outputs + inputs));
            };
        }
    }

    /** Sigmoid layers of {@code sizes} (inputs first), Gaussian weights, squared cost, seed 42: layout and drawing at scale. */
    public static Scenario sigmoid(int[] sizes, int examples) {
        Layered drawn = layered(sizes, Weights.GAUSSIAN, Activation.SIGMOID, examples, new Random(42));
        return new Scenario("random " + java.util.Arrays.toString(sizes), "seeded random network", drawn.network(),
                Cost.SQUARED, drawn.examples(), 0.5, true);
    }

    /** 784-128-64-10 (sigmoid hidden layers, softmax output, cross-entropy, Xavier weights), {@code batch} random one-hot examples. */
    public static Scenario mnistSized(int batch, long seed) {
        Layered drawn = layered(new int[] {784, 128, 64, 10}, Weights.XAVIER, Activation.SOFTMAX, batch, new Random(seed));
        return new Scenario("784-128-64-10", "", drawn.network(), Cost.CROSS_ENTROPY, drawn.examples(), 0.1, true);
    }

    /** A large network and its examples, drawn from one random stream. */
    public record Layered(Network network, List<Example> examples) {}

    /**
     * Layers of {@code sizes} (inputs first), sigmoid but for the output's activation, each layer's weights (row by
     * row) then biases drawn in turn; then each example's inputs in [0, 1) and a one-hot target.
     */
    public static Layered layered(int[] sizes, Weights weights, Activation output, int examples, Random random) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            double[] w = new double[sizes[l] * sizes[l - 1]];
            for (int k = 0; k < w.length; k++) w[k] = weights.draw(random, sizes[l - 1], sizes[l]);
            double[] b = new double[sizes[l]];
            for (int k = 0; k < b.length; k++) b[k] = random.nextGaussian() * 0.1;
            layers.add(Layer.ofFlat(l == sizes.length - 1 ? output : Activation.SIGMOID, sizes[l - 1], w, b));
        }
        List<Example> data = new ArrayList<>();
        for (int r = 0; r < examples; r++) {
            double[] x = new double[sizes[0]];
            for (int k = 0; k < x.length; k++) x[k] = random.nextDouble();
            double[] y = new double[sizes[sizes.length - 1]];
            y[random.nextInt(y.length)] = 1;
            data.add(new Example(x, y));
        }
        return new Layered(new Network(sizes[0], layers), data);
    }

    /**
     * A network whose hidden layers use {@code activation} (sigmoid where that is softmax), and whose output
     * uses it too unless {@code cost} needs a probability, then softmax or sigmoid. At least one hidden layer
     * when the output cannot use the activation, so it is still exercised.
     */
    public static Scenario of(Activation activation, Cost cost, long seed) {
        return of(activation, cost, seed, 0);
    }

    /** As {@link #of(Activation, Cost, long)} with a mini-batch of {@code batchSize} examples (0: 1 to 3, drawn). */
    public static Scenario of(Activation activation, Cost cost, long seed, int batchSize) {
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
