package deltaflow.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The activation function σ of a layer: a^l = σ(z^l).
 *
 * <p>All but softmax act element-wise, so the backward pass multiplies by the constant gain σ'(z_i^l).
 * Softmax mixes its inputs; its derivative is a Jacobian, and {@link #isElementwise()} says so.
 */
public enum Activation {
    SIGMOID("sigmoid", "σ", "\\sigma") {
        @Override public double value(double z) { return 1.0 / (1.0 + Math.exp(-z)); }
        @Override public double derivative(double z) {
            double s = value(z);
            return s * (1.0 - s);
        }
        @Override public double derivativeFromOutput(double z, double a) { return a * (1.0 - a); }
    },
    TANH("tanh", "tanh", "\\tanh") {
        @Override public double value(double z) { return FastTanh.tanh(z); }
        @Override public double derivative(double z) {
            double t = value(z);
            return 1.0 - t * t;
        }
        @Override public double derivativeFromOutput(double z, double a) { return 1.0 - a * a; }
        // The loops below are the element-wise ones written out, so the compiler inlines tanh into them.
        @Override public void apply(double[] z, double[] a, int size, int count) {
            for (int k = 0, n = size * count; k < n; k++) a[k] = FastTanh.tanh(z[k]);
        }
        @Override public void derivatives(double[] z, double[] a, double[] gains, int size, int count) {
            for (int k = 0, n = size * count; k < n; k++) gains[k] = 1.0 - a[k] * a[k];
        }
        @Override public void applyWithGains(double[] z, double[] a, double[] gains, int size, int count) {
            for (int k = 0, n = size * count; k < n; k++) {
                double t = FastTanh.tanh(z[k]);
                a[k] = t;
                gains[k] = 1.0 - t * t;
            }
        }
    },
    /** ReLU; σ'(0) is taken as 0, the usual convention. */
    RELU("relu", "ReLU", "\\mathrm{ReLU}") {
        @Override public double value(double z) { return z > 0 ? z : 0.0; }
        @Override public double derivative(double z) { return z > 0 ? 1.0 : 0.0; }
    },
    LEAKY_RELU("leaky-relu", "LReLU", "\\mathrm{LReLU}") {
        @Override public double value(double z) { return z > 0 ? z : LEAKY_SLOPE * z; }
        @Override public double derivative(double z) { return z > 0 ? 1.0 : LEAKY_SLOPE; }
    },
    LINEAR("linear", "id", "\\mathrm{id}") {
        @Override public double value(double z) { return z; }
        @Override public double derivative(double z) { return 1.0; }
    },
    SOFTPLUS("softplus", "softplus", "\\mathrm{softplus}") {
        // log1p(exp(z)) overflows for large z, where softplus(z) = z to double precision.
        @Override public double value(double z) { return z > 30 ? z : Math.log1p(Math.exp(z)); }
        @Override public double derivative(double z) { return SIGMOID.value(z); }
    },
    /** Softmax: a_i = e^{z_i} / Σ_k e^{z_k}. Output layer only; its derivative is a Jacobian. */
    SOFTMAX("softmax", "softmax", "\\mathrm{softmax}") {
        @Override public double value(double z) {
            throw new UnsupportedOperationException("softmax is not element-wise");
        }
        @Override public double derivative(double z) {
            throw new UnsupportedOperationException("softmax has a Jacobian, not a gain σ'(z)");
        }
        @Override public void apply(double[] z, double[] a, int size, int count) {
            for (int r = 0; r < count; r++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < size; i++) max = Math.max(max, z[i * count + r]);
                double sum = 0;
                for (int i = 0; i < size; i++) {
                    int k = i * count + r;
                    a[k] = Math.exp(z[k] - max); // shifted by max(z) so exp cannot overflow
                    sum += a[k];
                }
                for (int i = 0; i < size; i++) a[i * count + r] /= sum;
            }
        }
        @Override public boolean isElementwise() { return false; }
    };

    /** The slope of leaky ReLU for z ≤ 0. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String id;
    private final String symbol;
    private final String latex;

    Activation(String id, String symbol, String latex) {
        this.id = id;
        this.symbol = symbol;
        this.latex = latex;
    }

    /** σ(z) for an element-wise activation. */
    public abstract double value(double z);

    /** σ'(z) for an element-wise activation: the gain of its amplifier in the reverse network. */
    public abstract double derivative(double z);

    /**
     * σ'(z) given a = σ(z) as well: sigmoid and tanh read it from a (σ(1 − σ), 1 − tanh²) instead of
     * computing σ(z) a second time. The result is the same to the last bit as {@link #derivative}, since a
     * is exactly the value derivative would compute.
     */
    public double derivativeFromOutput(double z, double a) { return derivative(z); }

    /**
     * σ'(z_i) for a whole layer of {@code size} neurons and {@code count} examples, given a = σ(z):
     * {@link #derivativeFromOutput} for each. Arrays hold the values of neuron i of example r at
     * [i · count + r] (see BatchKernels); for one example, a layer's vector.
     */
    public void derivatives(double[] z, double[] a, double[] gains, int size, int count) {
        for (int k = 0, n = size * count; k < n; k++) gains[k] = derivativeFromOutput(z[k], a[k]);
    }

    /** a = σ(z) for a whole layer of {@code size} neurons and {@code count} examples, laid out as in {@link #derivatives}. */
    public void apply(double[] z, double[] a, int size, int count) {
        for (int k = 0, n = size * count; k < n; k++) a[k] = value(z[k]);
    }

    /**
     * {@link #apply} and then {@link #derivatives}, element-wise activations only: one sweep where the
     * activation allows (tanh), for the backward pass that follows.
     */
    public void applyWithGains(double[] z, double[] a, double[] gains, int size, int count) {
        apply(z, a, size, count);
        derivatives(z, a, gains, size, count);
    }

    /** False only for softmax, whose output mixes all of z. */
    public boolean isElementwise() { return true; }

    /** The name used in scenario files and on the command line: {@code sigmoid}, {@code leaky-relu}, ... */
    public String id() { return id; }

    /** The function's name as plain text, for the a step: σ, tanh, ReLU, ... */
    public String symbol() { return symbol; }

    /** The function's name as LaTeX, for the a step: {@code \sigma}, {@code \tanh}, ... */
    public String latex() { return latex; }

    public static Optional<Activation> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public static String knownIds() {
        return String.join(", ", Arrays.stream(values()).map(Activation::id).toList());
    }
}
