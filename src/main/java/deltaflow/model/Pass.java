package deltaflow.model;

import java.util.List;

/**
 * The forward and backward pass of one example through one network: every z^l, a^l, σ'(z^l), δ^l, the
 * cost C^r and its gradient ∇C^r(y^r), as the lecture's slides show them, with a^0 = x. An example of a
 * mini-batch is a view of its {@link BatchPass}, computed with the others; {@link #run} passes one example alone,
 * with the same numbers to the last bit.
 */
public final class Pass {
    private final BatchPass batch;
    private final int r;

    /** A pass of one example through networks shaped like {@code network}; {@link #run} fills it. */
    public Pass(Network network) {
        this(new BatchPass(network, 1), 0);
    }

    Pass(BatchPass batch, int r) {
        this.batch = batch;
        this.r = r;
    }

    /** Runs the forward pass, the cost and the backward pass of one example; returns this pass. */
    public Pass run(Network network, Cost costFunction, Example example) {
        if (batch.capacity() != 1) throw new IllegalStateException("an example of a mini-batch is run with the mini-batch");
        batch.run(network, costFunction, List.of(example));
        return this;
    }

    /** z_i^l. */
    public double z(int l, int i) { return batch.z(r, l, i); }

    /** a_i^l; a_j^0 = x_j. */
    public double a(int l, int i) { return batch.a(r, l, i); }

    /** σ'(z_i^l). */
    public double gain(int l, int i) { return batch.gain(r, l, i); }

    /** δ_i^l = ∂C^r/∂z_i^l. */
    public double delta(int l, int i) { return batch.delta(r, l, i); }

    /** ∂C^r/∂y_n. */
    public double costGradient(int n) { return batch.costGradient(r, n); }

    /** C^r. */
    public double cost() { return batch.cost(r); }

    /** ∂C^r/∂w_ij^l = a_j^{l−1} δ_i^l. */
    public double weightGradient(int l, int i, int j) { return Backprop.weightGradient(a(l - 1, j), delta(l, i)); }

    /** ∂C^r/∂b_i^l = δ_i^l. */
    public double biasGradient(int l, int i) { return Backprop.biasGradient(delta(l, i)); }
}
