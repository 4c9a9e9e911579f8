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

    /** z^l = W^l a^{l−1} + b^l. */
    public static void weightedInputs(Layer layer, double[] previousActivations, double[] z) {
        weightedInputs(layer, new double[][] {previousActivations}, new double[][] {z});
    }

    /** z^l = W^l a^{l−1} + b^l for every example r of a mini-batch (the cache-friendly loops are in {@link BatchKernels}). */
    public static void weightedInputs(Layer layer, double[][] previousActivations, double[][] z) {
        BatchKernels.weightedInputs(layer, previousActivations, z);
    }

    /** a^l = σ(z^l). */
    public static void activations(Activation sigma, double[] z, double[] a) {
        sigma.apply(z, a);
    }

    /**
     * σ'(z^l), the gains of the reverse network's amplifiers. For softmax, whose derivative is a Jacobian,
     * this is its diagonal ∂y_i/∂z_i = y_i(1 − y_i): shown for reference, never multiplied as a gain.
     */
    public static void gains(Activation sigma, double[] z, double[] a, double[] gains) {
        if (sigma.isElementwise()) {
            sigma.derivatives(z, a, gains);
        } else {
            for (int i = 0; i < z.length; i++) gains[i] = a[i] * (1 - a[i]);
        }
    }

    /** δ^L = σ'(z^L) ⊙ ∇C^r(y^r); for softmax δ^L = J^T ∇C^r, that is δ_n = y_n (∂C/∂y_n − Σ_k y_k ∂C/∂y_k). */
    public static void outputDelta(Activation sigma, double[] gains, double[] y, double[] costGradient, double[] delta) {
        if (sigma.isElementwise()) {
            for (int n = 0; n < delta.length; n++) delta[n] = gains[n] * costGradient[n];
        } else {
            double weightedMean = 0;
            for (int k = 0; k < y.length; k++) weightedMean += y[k] * costGradient[k];
            for (int n = 0; n < delta.length; n++) delta[n] = y[n] * (costGradient[n] - weightedMean);
        }
    }

    /** δ^l = σ'(z^l) ⊙ (W^{l+1})^T δ^{l+1}. */
    public static void hiddenDelta(double[] gains, Layer next, double[] nextDelta, double[] delta) {
        double[] w = next.weightsView();
        int size = next.inputs();
        // (W^T δ) as a sum of rows of W keeps the inner loop contiguous, so it vectorises. The first row is
        // added to zeros written in the same sweep (0.0 + x, exactly what adding it to a zeroed array gives).
        double first = nextDelta[0];
        for (int i = 0; i < size; i++) delta[i] = 0.0 + first * w[i];
        for (int k = 1; k < nextDelta.length; k++) BatchKernels.axpy(nextDelta[k], w, k * size, delta, 0, size);
        for (int i = 0; i < size; i++) delta[i] *= gains[i];
    }

    /** ∂C^r/∂w_ij^l = a_j^{l−1} δ_i^l: the forward-pass term times the backward-pass term. */
    public static double weightGradient(double previousActivation, double delta) {
        return previousActivation * delta;
    }

    /** ∂C^r/∂b_i^l = δ_i^l. */
    public static double biasGradient(double delta) {
        return delta;
    }

    /** Σ_r ∂C^r/∂W^l = Σ_r δ^l (a^{l−1})^T, added to {@code sum} with r in order (the loops are in {@link BatchKernels}). */
    public static void accumulateWeightGradients(double[][] previousActivations, double[][] deltas, double[] sum) {
        BatchKernels.accumulateWeightGradients(previousActivations, deltas, sum);
    }

    /** θ ← θ − η ∂C/∂θ. */
    public static double update(double parameter, double learningRate, double gradient) {
        return parameter - learningRate * gradient;
    }
}
