package deltaflow.model;

/**
 * The loops behind {@link Backprop}'s equations for a whole mini-batch of R examples at once. Kept beside
 * Backprop, not inside it, so Backprop reads as the lecture's equations and the cache and rounding arguments
 * live here.
 *
 * <p><b>Layout.</b> A layer's values of every example sit in one array, example-minor: value i of example r
 * at {@code [i * R + r]}. The innermost loops run over the examples, so the tiny layers of TensorFlow
 * Playground's networks (2 to 8 neurons) still give loops of R independent iterations, where one example at
 * a time would give loops of two. With R = 1 the layout is an example's own vector.
 *
 * <p><b>Rounding.</b> Every number is computed by the same operations in the same order whatever R and
 * whatever loop order: a dot product Σ_j w_ij a_j in four partial sums s_{j mod 4} (the last m mod 4 terms
 * into s₀), added up as ((s₀ + s₁) + (s₂ + s₃)) + b_i; a gradient sum over r = 1, 2, …, R in that order.
 * Some loops below are written out for small widths; they spell the same sums, zeros included, so the step
 * engine, the trainer and the grid agree to the last bit ({@code BatchKernelsTest}).
 */
final class BatchKernels {
    /**
     * From this many neurons on, a layer is wide: the kernels that read it take one example at a time, in
     * register-blocked loops the compiler vectorises, from a copy laid out example by example.
     */
    private static final int WIDE = 16;

    private BatchKernels() {}

    /**
     * Scratch space of a mini-batch's passes, so that running them allocates nothing, and the wide layers'
     * activations copied example by example ({@code rows[l][r]}: a^l of example r, an array of its own, as the
     * compiler vectorises loops over separate arrays, not over one array at several offsets) for the
     * kernels that read them so. The pass keeps each copy up to date as it computes the layer
     * ({@link #loadInput}, {@link #keepExampleByExample}); the input layer's is written straight from x.
     */
    static final class Workspace {
        private final double[] sums;   // four partial sums of every example
        private final double[] row;    // one example's vector of the widest layer
        private final double[][][] rows; // by layer l = 0..L−1: a wide a^l example by example, else null

        Workspace(int[] sizes, int capacity) {
            int widest = 0;
            for (int size : sizes) widest = Math.max(widest, size);
            sums = new double[4 * capacity];
            row = new double[widest];
            rows = new double[sizes.length][][];
            for (int l = 0; l + 1 < sizes.length; l++) if (sizes[l] >= WIDE) rows[l] = new double[capacity][sizes[l]];
        }

        /** The numbers a workspace holds beside the passes' own, per example: a heap estimate's share. */
        static long numbersPerExample(int[] sizes) {
            long numbers = 4;
            for (int l = 0; l + 1 < sizes.length; l++) if (sizes[l] >= WIDE) numbers += sizes[l];
            return numbers;
        }
    }

    /** a^0 = x of example r: into the layer's array and, for a wide input, its example-by-example copy. */
    static void loadInput(double[] x, int from, int r, double[] a, int m, int count, Workspace workspace) {
        for (int j = 0; j < m; j++) a[j * count + r] = x[from + j];
        if (workspace.rows[0] != null) System.arraycopy(x, from, workspace.rows[0][r], 0, m);
    }

    /** After a^l of every example is computed: its example-by-example copy, if layer l is wide and feeds another. */
    static void keepExampleByExample(double[] a, int l, int size, int count, Workspace workspace) {
        if (workspace.rows[l] != null) transpose(a, size, count, workspace.rows[l]);
    }

    /** z^l = W^l a^{l−1} + b^l of layer l for R examples; a wide a^{l−1} is read from its copy in the workspace. */
    static void weightedInputs(Layer layer, int l, double[] a, double[] z, int count, Workspace workspace) {
        double[] w = layer.weightsView();
        double[] b = layer.biasesView();
        int m = layer.inputs();
        if (m >= WIDE) {
            wideWeightedInputs(w, b, m, layer.size(), z, count, workspace.rows[l - 1]);
            return;
        }
        double[] sums = workspace.sums;
        int blocks = m >> 2, tail = m & 3;
        int R = count;
        for (int i = 0; i < layer.size(); i++) {
            int row = i * m, out = i * R;
            double bias = b[i];
            if (blocks == 0) {
                // One to three inputs: every term goes to s₀; s₁, s₂, s₃ stay 0.
                double w0 = w[row];
                if (tail == 1) {
                    for (int r = 0; r < R; r++) z[out + r] = (((0.0 + w0 * a[r]) + 0.0) + 0.0) + bias;
                } else if (tail == 2) {
                    double w1 = w[row + 1];
                    for (int r = 0; r < R; r++) z[out + r] = ((((0.0 + w0 * a[r]) + w1 * a[R + r]) + 0.0) + 0.0) + bias;
                } else {
                    double w1 = w[row + 1], w2 = w[row + 2];
                    for (int r = 0; r < R; r++) {
                        z[out + r] = (((((0.0 + w0 * a[r]) + w1 * a[R + r]) + w2 * a[2 * R + r]) + 0.0) + 0.0) + bias;
                    }
                }
                continue;
            }
            double w0 = w[row], w1 = w[row + 1], w2 = w[row + 2], w3 = w[row + 3];
            if (blocks == 1 && tail == 0) {
                for (int r = 0; r < R; r++) {
                    z[out + r] = (((0.0 + w0 * a[r]) + (0.0 + w1 * a[R + r])) + ((0.0 + w2 * a[2 * R + r]) + (0.0 + w3 * a[3 * R + r]))) + bias;
                }
                continue;
            }
            int s1 = R, s2 = 2 * R, s3 = 3 * R;
            for (int r = 0; r < R; r++) {
                sums[r] = 0.0 + w0 * a[r];
                sums[s1 + r] = 0.0 + w1 * a[R + r];
                sums[s2 + r] = 0.0 + w2 * a[2 * R + r];
                sums[s3 + r] = 0.0 + w3 * a[3 * R + r];
            }
            for (int q = 1; q < blocks; q++) {
                int j = 4 * q;
                double v0 = w[row + j], v1 = w[row + j + 1], v2 = w[row + j + 2], v3 = w[row + j + 3];
                int a0 = j * R, a1 = a0 + R, a2 = a1 + R, a3 = a2 + R;
                for (int r = 0; r < R; r++) {
                    sums[r] += v0 * a[a0 + r];
                    sums[s1 + r] += v1 * a[a1 + r];
                    sums[s2 + r] += v2 * a[a2 + r];
                    sums[s3 + r] += v3 * a[a3 + r];
                }
            }
            for (int j = m - tail; j < m; j++) {
                double v = w[row + j];
                int aj = j * R;
                for (int r = 0; r < R; r++) sums[r] += v * a[aj + r];
            }
            for (int r = 0; r < R; r++) z[out + r] = ((sums[r] + sums[s1 + r]) + (sums[s2 + r] + sums[s3 + r])) + bias;
        }
    }

    /**
     * z^l for a wide layer (784 pixels), from a^{l−1} example by example ({@code rows}): each row of W^l meets
     * four examples at once while it is in the L1 cache, sixteen independent sums in registers.
     */
    private static void wideWeightedInputs(double[] w, double[] b, int m, int size, double[] z, int count, double[][] rows) {
        int R = count;
        for (int i = 0; i < size; i++) {
            int row = i * m, out = i * R;
            int r = 0;
            for (; r + 3 < R; r += 4) dot4(w, row, rows[r], rows[r + 1], rows[r + 2], rows[r + 3], m, b[i], z, out + r);
            for (; r < R; r++) z[out + r] = dot(w, row, rows[r], m) + b[i];
        }
    }

    /** rows[r][j] = a[j·R + r]: the layout's transpose, one example's vector after the other. */
    private static void transpose(double[] a, int m, int count, double[][] rows) {
        // Reads run along a; the writes touch one cache line per example at a time, which stay in L1.
        for (int j = 0; j < m; j++) {
            int from = j * count;
            for (int r = 0; r < count; r++) rows[r][j] = a[from + r];
        }
    }

    /** Σ_j w[wOffset + j] x[j] in the four partial sums of the class comment. */
    private static double dot(double[] w, int wOffset, double[] x, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += w[wOffset + j] * x[j];
            s1 += w[wOffset + j + 1] * x[j + 1];
            s2 += w[wOffset + j + 2] * x[j + 2];
            s3 += w[wOffset + j + 3] * x[j + 3];
        }
        for (; j < n; j++) s0 += w[wOffset + j] * x[j];
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@link #dot} of one row of w with four examples' vectors at once, plus a bias, into z[out] … z[out + 3]:
     * each loaded weight serves four examples. Every sum is added up exactly as in dot.
     */
    private static void dot4(double[] w, int wOffset, double[] a, double[] c, double[] d, double[] e, int n, double bias,
                             double[] z, int out) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        double p0 = 0, p1 = 0, p2 = 0, p3 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double w0 = w[wOffset + j], w1 = w[wOffset + j + 1], w2 = w[wOffset + j + 2], w3 = w[wOffset + j + 3];
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
            double v = w[wOffset + j];
            s0 += v * a[j];
            t0 += v * c[j];
            p0 += v * d[j];
            q0 += v * e[j];
        }
        z[out] = ((s0 + s1) + (s2 + s3)) + bias;
        z[out + 1] = ((t0 + t1) + (t2 + t3)) + bias;
        z[out + 2] = ((p0 + p1) + (p2 + p3)) + bias;
        z[out + 3] = ((q0 + q1) + (q2 + q3)) + bias;
    }

    /**
     * δ^l = σ'(z^l) ⊙ (W^{l+1})^T δ^{l+1} for R examples: for each neuron i, Σ_k w_ki^{l+1} δ_k^{l+1} added
     * up over k from 0.0, then times its gain. Wide layers take one example at a time, adding whole rows of
     * W^{l+1} into a row of the workspace, a loop the compiler vectorises.
     */
    static void hiddenDeltas(double[] gains, Layer next, double[] nextDelta, double[] delta, int count, Workspace workspace) {
        double[] row = workspace.row;
        double[] w = next.weightsView();
        int size = next.inputs(), following = next.size();
        int R = count, last = (following - 1) * R;
        if (size >= WIDE) {
            for (int r = 0; r < R; r++) {
                double first = nextDelta[r];
                for (int i = 0; i < size; i++) row[i] = 0.0 + first * w[i];
                for (int k = 1; k < following; k++) {
                    double dk = nextDelta[k * R + r];
                    int wk = k * size;
                    for (int i = 0; i < size; i++) row[i] += dk * w[wk + i];
                }
                for (int i = 0; i < size; i++) delta[i * R + r] = row[i] * gains[i * R + r];
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            int out = i * R;
            double w0 = w[i];
            if (following == 1) {
                for (int r = 0; r < R; r++) delta[out + r] = (0.0 + nextDelta[r] * w0) * gains[out + r];
                continue;
            }
            if (following == 2) {
                double w1 = w[size + i];
                for (int r = 0; r < R; r++) delta[out + r] = ((0.0 + nextDelta[r] * w0) + nextDelta[R + r] * w1) * gains[out + r];
                continue;
            }
            for (int r = 0; r < R; r++) delta[out + r] = 0.0 + nextDelta[r] * w0;
            for (int k = 1; k < following - 1; k++) {
                double wk = w[k * size + i];
                int dk = k * R;
                for (int r = 0; r < R; r++) delta[out + r] += nextDelta[dk + r] * wk;
            }
            double wLast = w[(following - 1) * size + i];
            for (int r = 0; r < R; r++) delta[out + r] = (delta[out + r] + nextDelta[last + r] * wLast) * gains[out + r];
        }
    }

    /**
     * Adds Σ_r ∂C^r/∂w_ij^l = Σ_r a_j^{l−1} δ_i^l and Σ_r ∂C^r/∂b_i^l = Σ_r δ_i^l to running sums, r in order.
     * Narrow layers sum each weight's R terms in a register, up to four weights and the bias a loop; wide ones (784 pixels)
     * add four examples' rows at a time, a loop the compiler vectorises, reading a^{l−1} example by example
     * from a copy in the workspace.
     */
    static void accumulateGradients(int l, double[] a, double[] delta, int inputs, int size, int count,
                                    double[] weightSums, double[] biasSums, Workspace workspace) {
        if (inputs >= WIDE) wideGradients(delta, inputs, size, count, weightSums, biasSums, workspace.rows[l - 1]);
        else narrowGradients(a, delta, inputs, size, count, weightSums, biasSums);
    }

    private static void wideGradients(double[] delta, int m, int size, int count,
                                      double[] weightSums, double[] biasSums, double[][] rows) {
        int R = count;
        for (int i = 0; i < size; i++) {
            int d = i * R, row = i * m;
            double bias = biasSums[i];
            for (int r = 0; r < R; r++) bias += delta[d + r];
            biasSums[i] = bias;
            int r = 0;
            for (; r + 3 < R; r += 4) {
                double d0 = delta[d + r], d1 = delta[d + r + 1], d2 = delta[d + r + 2], d3 = delta[d + r + 3];
                double[] x0 = rows[r], x1 = rows[r + 1], x2 = rows[r + 2], x3 = rows[r + 3];
                // added left to right: each element rounds as by four single additions in a row
                for (int j = 0; j < m; j++) {
                    weightSums[row + j] = weightSums[row + j] + d0 * x0[j] + d1 * x1[j] + d2 * x2[j] + d3 * x3[j];
                }
            }
            for (; r < R; r++) {
                double dr = delta[d + r];
                double[] x = rows[r];
                for (int j = 0; j < m; j++) weightSums[row + j] += dr * x[j];
            }
        }
    }

    /**
     * Narrow layers: each sum of R terms runs in a register. A row's bias and first weights (up to four) share
     * one loop, two rows at a time so that ten independent sums are in flight, not five; the rest of a row goes
     * four weights a loop.
     */
    private static void narrowGradients(double[] a, double[] delta, int m, int size, int count,
                                        double[] weightSums, double[] biasSums) {
        int first = m >= 4 ? 4 : m >= 2 ? 2 : 1;
        int i = 0;
        for (; i + 1 < size; i += 2) {
            startTwoRows(a, delta, m, count, first, i, weightSums, biasSums);
            restOfRow(a, delta, m, count, first, i, weightSums);
            restOfRow(a, delta, m, count, first, i + 1, weightSums);
        }
        if (i < size) {
            startRow(a, delta, m, count, first, i, weightSums, biasSums);
            restOfRow(a, delta, m, count, first, i, weightSums);
        }
    }

    /** The bias and the first {@code first} weights (1, 2 or 4) of row i. */
    private static void startRow(double[] a, double[] delta, int m, int R, int first, int i, double[] weightSums, double[] biasSums) {
        int d = i * R, row = i * m;
        double bias = biasSums[i], u0 = weightSums[row];
        if (first == 1) {
            for (int r = 0; r < R; r++) {
                double dr = delta[d + r];
                bias += dr;
                u0 += dr * a[r];
            }
        } else if (first == 2) {
            double u1 = weightSums[row + 1];
            for (int r = 0; r < R; r++) {
                double dr = delta[d + r];
                bias += dr;
                u0 += dr * a[r];
                u1 += dr * a[R + r];
            }
            weightSums[row + 1] = u1;
        } else {
            double u1 = weightSums[row + 1], u2 = weightSums[row + 2], u3 = weightSums[row + 3];
            for (int r = 0; r < R; r++) {
                double dr = delta[d + r];
                bias += dr;
                u0 += dr * a[r];
                u1 += dr * a[R + r];
                u2 += dr * a[2 * R + r];
                u3 += dr * a[3 * R + r];
            }
            weightSums[row + 1] = u1;
            weightSums[row + 2] = u2;
            weightSums[row + 3] = u3;
        }
        weightSums[row] = u0;
        biasSums[i] = bias;
    }

    /** {@link #startRow} of rows i and i + 1 in one loop. */
    private static void startTwoRows(double[] a, double[] delta, int m, int R, int first, int i, double[] weightSums, double[] biasSums) {
        int d = i * R, e = d + R, row = i * m, next = row + m;
        double bias = biasSums[i], cBias = biasSums[i + 1], u0 = weightSums[row], v0 = weightSums[next];
        if (first == 1) {
            for (int r = 0; r < R; r++) {
                double dr = delta[d + r], er = delta[e + r], x0 = a[r];
                bias += dr;
                cBias += er;
                u0 += dr * x0;
                v0 += er * x0;
            }
        } else if (first == 2) {
            double u1 = weightSums[row + 1], v1 = weightSums[next + 1];
            for (int r = 0; r < R; r++) {
                double dr = delta[d + r], er = delta[e + r], x0 = a[r], x1 = a[R + r];
                bias += dr;
                cBias += er;
                u0 += dr * x0;
                u1 += dr * x1;
                v0 += er * x0;
                v1 += er * x1;
            }
            weightSums[row + 1] = u1;
            weightSums[next + 1] = v1;
        } else {
            double u1 = weightSums[row + 1], u2 = weightSums[row + 2], u3 = weightSums[row + 3];
            double v1 = weightSums[next + 1], v2 = weightSums[next + 2], v3 = weightSums[next + 3];
            for (int r = 0; r < R; r++) {
                double dr = delta[d + r], er = delta[e + r];
                double x0 = a[r], x1 = a[R + r], x2 = a[2 * R + r], x3 = a[3 * R + r];
                bias += dr;
                cBias += er;
                u0 += dr * x0;
                u1 += dr * x1;
                u2 += dr * x2;
                u3 += dr * x3;
                v0 += er * x0;
                v1 += er * x1;
                v2 += er * x2;
                v3 += er * x3;
            }
            weightSums[row + 1] = u1;
            weightSums[row + 2] = u2;
            weightSums[row + 3] = u3;
            weightSums[next + 1] = v1;
            weightSums[next + 2] = v2;
            weightSums[next + 3] = v3;
        }
        weightSums[row] = u0;
        weightSums[next] = v0;
        biasSums[i] = bias;
        biasSums[i + 1] = cBias;
    }

    /** The weights of row i after the first {@code first}, four a loop. */
    private static void restOfRow(double[] a, double[] delta, int m, int R, int first, int i, double[] weightSums) {
        int d = i * R, row = i * m;
        int j = first;
        for (; j + 3 < m; j += 4) {
            double u0 = weightSums[row + j], u1 = weightSums[row + j + 1], u2 = weightSums[row + j + 2], u3 = weightSums[row + j + 3];
            int a0 = j * R, a1 = a0 + R, a2 = a1 + R, a3 = a2 + R;
            for (int r = 0; r < R; r++) {
                double dr = delta[d + r];
                u0 += dr * a[a0 + r];
                u1 += dr * a[a1 + r];
                u2 += dr * a[a2 + r];
                u3 += dr * a[a3 + r];
            }
            weightSums[row + j] = u0;
            weightSums[row + j + 1] = u1;
            weightSums[row + j + 2] = u2;
            weightSums[row + j + 3] = u3;
        }
        for (; j < m; j++) {
            double u = weightSums[row + j];
            int aj = j * R;
            for (int r = 0; r < R; r++) u += delta[d + r] * a[aj + r];
            weightSums[row + j] = u;
        }
    }
}
