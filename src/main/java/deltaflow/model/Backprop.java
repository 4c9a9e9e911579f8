package deltaflow.model;


/**
 * The lecture's equations, each written once. Every pass through a network, the step engine's and the
 * trainer's alike, is made of these. Vectors are plain arrays indexed from 0; layer numbers follow the
 * lecture (1..L).
 *
 * <pre>
 * forward:   z^l = W^l a^{l−1} + b^l,   a^l = σ(z^l),   a^0 = x
 * backward:  δ^L = σ'(z^L) ⊙ ∇C^r(y^r)   (softmax: δ^L = J^T ∇C^r(y^r))
 *            δ^l = σ'(z^l) ⊙ (W^{l+1})^T δ^{l+1}
 * gradient:  ∂C^r/∂w_ij^l = a_j^{l−1} δ_i^l,   ∂C^r/∂b_i^l = δ_i^l
 * update:    θ ← θ − η ∂C/∂θ,   C = 1/R Σ_r C^r
 * </pre>
 */
public final class Backprop {
    private Backprop() {}

    // Every method takes a whole layer for R examples at once, value i of example r at [i · R + r] (see
    // BatchKernels); with R = 1 that is one example's vector.

    /** z^l = W^l a^{l−1} + b^l of layer l for {@code count} examples. */
    static void weightedInputs(Layer layer, int l, double[] previousActivations, double[] z, int count, BatchKernels.Workspace workspace) {
        BatchKernels.weightedInputs(layer, l, previousActivations, z, count, workspace);
    }

    /** a^l = σ(z^l). */
    static void activations(Activation sigma, double[] z, double[] a, int size, int count) {
        sigma.apply(z, a, size, count);
    }

    /** a^l = σ(z^l) and σ'(z^l) together, as {@link #activations} and {@link #gains} give them. */
    static void activationsAndGains(Activation sigma, double[] z, double[] a, double[] gains, int size, int count) {
        if (sigma.isElementwise()) {
            sigma.applyWithGains(z, a, gains, size, count);
        } else {
            activations(sigma, z, a, size, count);
            gains(sigma, z, a, gains, size, count);
        }
    }

    /**
     * σ'(z^l), the gains of the reverse network's amplifiers. For softmax, whose derivative is a Jacobian,
     * this is its diagonal ∂y_i/∂z_i = y_i(1 − y_i): shown for reference, never multiplied as a gain.
     */
    static void gains(Activation sigma, double[] z, double[] a, double[] gains, int size, int count) {
        if (sigma.isElementwise()) {
            sigma.derivatives(z, a, gains, size, count);
        } else {
            for (int k = 0, n = size * count; k < n; k++) gains[k] = a[k] * (1 - a[k]);
        }
    }

    /** δ^L = σ'(z^L) ⊙ ∇C^r(y^r); for softmax δ^L = J^T ∇C^r, that is δ_n = y_n (∂C/∂y_n − Σ_k y_k ∂C/∂y_k). */
    static void outputDelta(Activation sigma, double[] gains, double[] y, double[] costGradient, double[] delta, int size, int count) {
        if (sigma.isElementwise()) {
            for (int k = 0, n = size * count; k < n; k++) delta[k] = gains[k] * costGradient[k];
        } else {
            for (int r = 0; r < count; r++) {
                double weightedMean = 0;
                for (int k = 0; k < size; k++) weightedMean += y[k * count + r] * costGradient[k * count + r];
                for (int n = 0; n < size; n++) delta[n * count + r] = y[n * count + r] * (costGradient[n * count + r] - weightedMean);
            }
        }
    }

    /** {@link #outputDelta(Activation, double[], double[], double[], double[], int, int)} of one example. */
    public static void outputDelta(Activation sigma, double[] gains, double[] y, double[] costGradient, double[] delta) {
        outputDelta(sigma, gains, y, costGradient, delta, delta.length, 1);
    }

    /** δ^l = σ'(z^l) ⊙ (W^{l+1})^T δ^{l+1}. */
    static void hiddenDelta(double[] gains, Layer next, double[] nextDelta, double[] delta, int count, BatchKernels.Workspace workspace) {
        BatchKernels.hiddenDeltas(gains, next, nextDelta, delta, count, workspace);
    }

    /** {@link #hiddenDelta(double[], Layer, double[], double[], int, BatchKernels.Workspace)} of one example. */
    public static void hiddenDelta(double[] gains, Layer next, double[] nextDelta, double[] delta) {
        hiddenDelta(gains, next, nextDelta, delta, 1, new BatchKernels.Workspace(new int[] {delta.length}, 1));
    }

    /** ∂C^r/∂w_ij^l = a_j^{l−1} δ_i^l: the forward-pass term times the backward-pass term. */
    public static double weightGradient(double previousActivation, double delta) {
        return previousActivation * delta;
    }

    /** ∂C^r/∂b_i^l = δ_i^l. */
    public static double biasGradient(double delta) {
        return delta;
    }

    /**
     * Σ_r ∂C^r/∂W^l = Σ_r δ^l (a^{l−1})^T and Σ_r ∂C^r/∂b^l = Σ_r δ^l, added to the sums with r in order.
     */
    static void accumulateGradients(int l, double[] previousActivations, double[] deltas, int inputs, int size, int count,
                                    double[] weightSums, double[] biasSums, BatchKernels.Workspace workspace) {
        BatchKernels.accumulateGradients(l, previousActivations, deltas, inputs, size, count, weightSums, biasSums, workspace);
    }

    /** θ ← θ − η ∂C/∂θ. */
    public static double update(double parameter, double learningRate, double gradient) {
        return parameter - learningRate * gradient;
    }
}
