package deltaflow.model;

import java.util.Arrays;

/**
 * Layer l of a network: weights w_ij^l (neuron j of layer l−1 → neuron i of layer l), biases b_i^l and
 * the activation σ. Immutable: an edit returns a new layer that shares nothing mutable with this one.
 */
public final class Layer {
    private final Activation activation;
    private final int inputs;
    private final int size;
    private final double[] weights; // row-major: weights[i * inputs + j] = w_ij
    private final double[] biases;

    private Layer(Activation activation, int inputs, int size, double[] weights, double[] biases) {
        this.activation = activation;
        this.inputs = inputs;
        this.size = size;
        this.weights = weights;
        this.biases = biases;
    }

    /** A layer from {@code weights[i][j] = w_ij} and {@code biases[i] = b_i}; the arrays are copied. */
    public static Layer of(Activation activation, double[][] weights, double[] biases) {
        int size = weights.length;
        if (size == 0) throw new IllegalArgumentException("a layer needs at least one neuron");
        if (biases.length != size) {
            throw new IllegalArgumentException(biases.length + " biases, expected " + size + " (the layer's size)");
        }
        int inputs = weights[0].length;
        double[] flat = new double[size * inputs];
        for (int i = 0; i < size; i++) {
            if (weights[i].length != inputs) {
                throw new IllegalArgumentException("row " + i + " has " + weights[i].length + " weights, expected " + inputs);
            }
            System.arraycopy(weights[i], 0, flat, i * inputs, inputs);
        }
        return new Layer(activation, inputs, size, flat, biases.clone());
    }

    /** A layer from a row-major weight array; the arrays are copied. */
    public static Layer ofFlat(Activation activation, int inputs, double[] weights, double[] biases) {
        if (weights.length != inputs * biases.length) {
            throw new IllegalArgumentException(weights.length + " weights, expected " + inputs * biases.length);
        }
        return new Layer(activation, inputs, biases.length, weights.clone(), biases.clone());
    }

    /** A layer that takes ownership of fresh arrays nobody else holds: the update makes one per step, and a copy of a large W costs as much as the update itself. */
    static Layer owning(Activation activation, int inputs, double[] weights, double[] biases) {
        return new Layer(activation, inputs, biases.length, weights, biases);
    }

    public Activation activation() { return activation; }

    /** The number of neurons in layer l−1. */
    public int inputs() { return inputs; }

    /** The number of neurons in this layer. */
    public int size() { return size; }

    /** w_ij, with i and j counted from 0. */
    public double weight(int i, int j) { return weights[i * inputs + j]; }

    public double bias(int i) { return biases[i]; }

    /** A copy of the weights, row-major. */
    public double[] weights() { return weights.clone(); }

    public double[] biases() { return biases.clone(); }

    public double[][] weightRows() {
        double[][] rows = new double[size][];
        for (int i = 0; i < size; i++) rows[i] = Arrays.copyOfRange(weights, i * inputs, (i + 1) * inputs);
        return rows;
    }

    /** The weights without copying, for the math kernels in this package only. */
    double[] weightsView() { return weights; }

    double[] biasesView() { return biases; }

    public Layer withWeight(int i, int j, double value) {
        double[] w = weights.clone();
        w[i * inputs + j] = value;
        return new Layer(activation, inputs, size, w, biases);
    }

    public Layer withBias(int i, double value) {
        double[] b = biases.clone();
        b[i] = value;
        return new Layer(activation, inputs, size, weights, b);
    }

    public Layer withActivation(Activation newActivation) {
        return new Layer(newActivation, inputs, size, weights, biases);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Layer other && activation == other.activation && inputs == other.inputs
                && Arrays.equals(weights, other.weights) && Arrays.equals(biases, other.biases);
    }

    @Override public int hashCode() {
        return 31 * (31 * activation.hashCode() + Arrays.hashCode(weights)) + Arrays.hashCode(biases);
    }

    @Override public String toString() {
        return "Layer[" + activation.id() + ", " + inputs + "→" + size + "]";
    }
}
