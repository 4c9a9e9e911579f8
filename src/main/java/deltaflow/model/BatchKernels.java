package deltaflow.model;

/**
 * The unrolled loops behind {@link Backprop}'s mini-batch equations: z^l = W^l a^{l−1} + b^l for every example
 * at once, and Σ_r δ^l (a^{l−1})^T. Kept beside Backprop, not inside it, so Backprop reads as the lecture's
 * equations, one method each, and the cache and rounding arguments live here. Every kernel adds its terms in a
 * fixed order, the same as one example at a time would, so results are bit-identical ({@code BatchKernelsTest}).
 */
final class BatchKernels {
    private BatchKernels() {}

    /**
     * z^l = W^l a^{l−1} + b^l for every example r of a mini-batch. Row i of W^l meets every a^{l−1} while it
     * is in the L1 cache, so a large W^l is read from memory once per mini-batch, not once per example; four
     * examples share each loaded weight.
     */
    static void weightedInputs(Layer layer, double[][] previousActivations, double[][] z) {
        double[] w = layer.weightsView();
        double[] b = layer.biasesView();
        int inputs = layer.inputs();
        for (int i = 0; i < layer.size(); i++) {
            int r = 0;
            for (; r + 3 < z.length; r += 4) {
                dot4(w, i * inputs, previousActivations[r], previousActivations[r + 1], previousActivations[r + 2], previousActivations[r + 3],
                        inputs, b[i], z[r], z[r + 1], z[r + 2], z[r + 3], i);
            }
            for (; r < z.length; r++) z[r][i] = dot(w, i * inputs, previousActivations[r], inputs) + b[i];
        }
    }

    /**
     * Adds ∂C^r/∂W^l = δ^l (a^{l−1})^T of every example r to a running sum, r in order. Row i of the sum
     * stays in the L1 cache while all examples add to it, rather than the whole sum being streamed once per
     * example; each element is still summed over r = 1, 2, ..., R in that order.
     */
    static void accumulateWeightGradients(double[][] previousActivations, double[][] deltas, double[] sum) {
        int inputs = previousActivations[0].length;
        int size = deltas[0].length;
        for (int i = 0; i < size; i++) {
            int r = 0;
            for (; r + 3 < deltas.length; r += 4) {
                axpy4(deltas[r][i], previousActivations[r], deltas[r + 1][i], previousActivations[r + 1],
                        deltas[r + 2][i], previousActivations[r + 2], deltas[r + 3][i], previousActivations[r + 3], sum, i * inputs, inputs);
            }
            for (; r < deltas.length; r++) axpy(deltas[r][i], previousActivations[r], 0, sum, i * inputs, inputs);
        }
    }

    /** Four partial sums let the CPU overlap the multiply-adds; the order is fixed, so results are repeatable. */
    static double dot(double[] w, int offset, double[] a, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += w[offset + j] * a[j];
            s1 += w[offset + j + 1] * a[j + 1];
            s2 += w[offset + j + 2] * a[j + 2];
            s3 += w[offset + j + 3] * a[j + 3];
        }
        for (; j < n; j++) s0 += w[offset + j] * a[j];
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@link #dot} of one row of w with four vectors at once, plus a bias, into u[k], v[k], x[k], y[k]:
     * sixteen independent sums keep the CPU busy, and each loaded weight serves four examples. Every sum is
     * added up exactly as in dot, so the results are the same to the last bit.
     */
    static void dot4(double[] w, int offset, double[] a, double[] c, double[] d, double[] e, int n, double bias,
                     double[] u, double[] v, double[] x, double[] y, int k) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        double p0 = 0, p1 = 0, p2 = 0, p3 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double w0 = w[offset + j], w1 = w[offset + j + 1], w2 = w[offset + j + 2], w3 = w[offset + j + 3];
            s0 += w0 * a[j];
            s1 += w1 * a[j + 1];
            s2 += w2 * a[j + 2];
            s3 += w3 * a[j + 3];
            t0 += w0 * c[j];
            t1 += w1 * c[j + 1];
            t2 += w2 * c[j + 2];
            t3 += w3 * c[j + 3];
            p0 += w0 * d[j];
            p1 += w1 * d[j + 1];
            p2 += w2 * d[j + 2];
            p3 += w3 * d[j + 3];
            q0 += w0 * e[j];
            q1 += w1 * e[j + 1];
            q2 += w2 * e[j + 2];
            q3 += w3 * e[j + 3];
        }
        for (; j < n; j++) {
            s0 += w[offset + j] * a[j];
            t0 += w[offset + j] * c[j];
            p0 += w[offset + j] * d[j];
            q0 += w[offset + j] * e[j];
        }
        u[k] = ((s0 + s1) + (s2 + s3)) + bias;
        v[k] = ((t0 + t1) + (t2 + t3)) + bias;
        x[k] = ((p0 + p1) + (p2 + p3)) + bias;
        y[k] = ((q0 + q1) + (q2 + q3)) + bias;
    }

    /**
     * Four {@link #axpy}s into the same y in one sweep, y += α0 x0 + α1 x1 + α2 x2 + α3 x3, added left to
     * right so every element is rounded exactly as by four axpys in a row, with a quarter of y's loads and stores.
     */
    static void axpy4(double alpha0, double[] x0, double alpha1, double[] x1, double alpha2, double[] x2,
                      double alpha3, double[] x3, double[] y, int yOffset, int n) {
        for (int j = 0; j < n; j++) {
            y[yOffset + j] = y[yOffset + j] + alpha0 * x0[j] + alpha1 * x1[j] + alpha2 * x2[j] + alpha3 * x3[j];
        }
    }

    /** y[yOffset..] += alpha · x[xOffset..], n elements. */
    static void axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int n) {
        for (int j = 0; j < n; j++) y[yOffset + j] += alpha * x[xOffset + j];
    }
}
