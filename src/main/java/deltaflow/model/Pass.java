package deltaflow.model;

import java.util.List;

/**
 * The forward and backward pass of one example through one network: every z^l, a^l, σ'(z^l), δ^l, the
 * cost C^r and its gradient ∇C^r(y^r), kept as the lecture's slides show them. Layer arrays are indexed by
 * l = 0..L, with a^0 = x. The trainer reuses its passes' arrays from step to step; the step engine keeps a
 * pass per example and never runs it again.
 */
public final class Pass {
    private final double[][] z;
    private final double[][] a;
    private final double[][] gains;
    private final double[][] delta;
    private final double[] costGradient;
    private double cost;

    public Pass(Network network) {
        int depth = network.depth();
        z = new double[depth + 1][];
        a = new double[depth + 1][];
        gains = new double[depth + 1][];
        delta = new double[depth + 1][];
        a[0] = new double[network.inputs()];
        for (int l = 1; l <= depth; l++) {
            int size = network.size(l);
            z[l] = new double[size];
            a[l] = new double[size];
            gains[l] = new double[size];
            delta[l] = new double[size];
        }
        costGradient = new double[network.outputs()];
    }

    /** Runs the forward pass, the cost and the backward pass; returns this pass. */
    public Pass run(Network network, Cost costFunction, Example example) {
        runBatch(network, costFunction, List.of(example), new Pass[] {this});
        return this;
    }

    /**
     * Runs passes[r] on example r, for a whole mini-batch, one layer at a time: each layer's weights are
     * used by every example while they are in cache. Every example's numbers are computed exactly as by
     * {@link #run}, in the same order.
     */
    static void runBatch(Network network, Cost costFunction, List<Example> examples, Pass[] passes) {
        runBatch(network, costFunction, examples, passes, new double[examples.size()][], new double[examples.size()][]);
    }

    /** {@link #runBatch} with two scratch arrays of the batch's length, so a training update allocates nothing. */
    static void runBatch(Network network, Cost costFunction, List<Example> examples, Pass[] passes, double[][] previous, double[][] z) {
        int batch = examples.size();
        int depth = network.depth();
        for (int r = 0; r < batch; r++) {
            double[] x = passes[r].a[0];
            System.arraycopy(examples.get(r).xView(), 0, x, 0, x.length);
        }
        for (int l = 1; l <= depth; l++) {
            for (int r = 0; r < batch; r++) {
                previous[r] = passes[r].a[l - 1];
                z[r] = passes[r].z[l];
            }
            Layer layer = network.layer(l);
            Backprop.weightedInputs(layer, previous, z);
            for (int r = 0; r < batch; r++) Backprop.activations(layer.activation(), z[r], passes[r].a[l]);
        }
        for (int r = 0; r < batch; r++) passes[r].costAndBackward(network, costFunction, examples.get(r));
    }

    private void costAndBackward(Network network, Cost costFunction, Example example) {
        int depth = network.depth();
        double[] y = a[depth];
        double[] target = example.targetView();
        cost = costFunction.value(y, target);
        costFunction.gradient(y, target, costGradient);
        for (int l = 1; l <= depth; l++) Backprop.gains(network.layer(l).activation(), z[l], a[l], gains[l]);
        Backprop.outputDelta(network.layer(depth).activation(), gains[depth], a[depth], costGradient, delta[depth]);
        for (int l = depth - 1; l >= 1; l--) Backprop.hiddenDelta(gains[l], network.layer(l + 1), delta[l + 1], delta[l]);
    }

    /** z_i^l. */
    public double z(int l, int i) { return z[l][i]; }

    /** a_i^l; a_j^0 = x_j. */
    public double a(int l, int i) { return a[l][i]; }

    /** σ'(z_i^l). */
    public double gain(int l, int i) { return gains[l][i]; }

    /** δ_i^l = ∂C^r/∂z_i^l. */
    public double delta(int l, int i) { return delta[l][i]; }

    /** ∂C^r/∂y_n. */
    public double costGradient(int n) { return costGradient[n]; }

    /** C^r. */
    public double cost() { return cost; }

    /** ∂C^r/∂w_ij^l = a_j^{l−1} δ_i^l. */
    public double weightGradient(int l, int i, int j) { return Backprop.weightGradient(a[l - 1][j], delta[l][i]); }

    /** ∂C^r/∂b_i^l = δ_i^l. */
    public double biasGradient(int l, int i) { return Backprop.biasGradient(delta[l][i]); }

    /** The activations of layer l, shared: for the kernels of this package only. */
    double[] activationsView(int l) { return a[l]; }

    double[] deltaView(int l) { return delta[l]; }
}
