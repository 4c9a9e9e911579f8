package deltaflow.model;

import java.util.List;

/**
 * The forward and backward pass of a mini-batch through one network, every example at once: each z^l, a^l,
 * σ'(z^l), δ^l, the costs C^r and their gradients ∇C^r(y^r). Each layer's numbers of all examples share one
 * array, value i of example r at [i · R + r] ({@link BatchKernels} says why), so a layer's equation runs
 * once for the whole mini-batch. {@link Pass} is one example's view of it.
 *
 * <p>Made for up to {@code capacity} examples and reused from mini-batch to mini-batch by the trainers; the
 * step engine runs one per scenario and never again.
 */
final class BatchPass {
    private final int depth;
    private final int[] sizes;
    private final int capacity;
    private final double[][] z, a, gains, delta; // by layer, l = 0..L (a^0 = x; z, gains and delta from l = 1)
    private final double[] targets, costGradient, costs;
    private final BatchKernels.Workspace workspace;
    private int count;

    BatchPass(Network shape, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("a mini-batch of " + capacity);
        this.capacity = capacity;
        depth = shape.depth();
        sizes = new int[depth + 1];
        for (int l = 0; l <= depth; l++) sizes[l] = shape.size(l);
        z = new double[depth + 1][];
        a = new double[depth + 1][];
        gains = new double[depth + 1][];
        delta = new double[depth + 1][];
        a[0] = new double[sizes[0] * capacity];
        for (int l = 1; l <= depth; l++) {
            z[l] = new double[sizes[l] * capacity];
            a[l] = new double[sizes[l] * capacity];
            gains[l] = new double[sizes[l] * capacity];
            delta[l] = new double[sizes[l] * capacity];
        }
        int outputs = sizes[depth];
        targets = new double[outputs * capacity];
        costGradient = new double[outputs * capacity];
        costs = new double[capacity];
        workspace = new BatchKernels.Workspace(sizes, capacity);
    }

    int capacity() { return capacity; }

    /** Examples in the last run. */
    int count() { return count; }

    /**
     * The forward pass, the costs and the backward pass of {@code examples} (at most {@link #capacity()}), one
     * layer of every example at a time; returns this.
     */
    BatchPass run(Network network, Cost cost, List<Example> examples) {
        int R = start(examples.size());
        int inputs = sizes[0], outputs = sizes[depth];
        for (int r = 0; r < R; r++) {
            Example example = examples.get(r);
            double[] t = example.targetView();
            BatchKernels.loadInput(example.xView(), 0, r, a[0], inputs, R, workspace);
            for (int n = 0; n < outputs; n++) targets[n * R + r] = t[n];
        }
        forward(network, true);
        costsAndBackward(network, cost);
        return this;
    }

    /**
     * {@link #run(Network, Cost, List)} of the examples table[order[from]] … table[order[to − 1]], read
     * straight from the table's packed arrays.
     */
    BatchPass run(Network network, Cost cost, ExampleTable table, int[] order, int from, int to) {
        int R = start(to - from);
        int inputs = sizes[0], outputs = sizes[depth];
        for (int r = 0; r < R; r++) {
            int k = order[from + r];
            BatchKernels.loadInput(table.inputs(), k * inputs, r, a[0], inputs, R, workspace);
            for (int n = 0; n < outputs; n++) targets[n * R + r] = table.target(k, n);
        }
        forward(network, true);
        costsAndBackward(network, cost);
        return this;
    }

    /** The forward pass alone of inputs[from] … inputs[to − 1]; then {@link #a} holds every a^l. */
    void forward(Network network, double[][] inputs, int from, int to) {
        int R = start(to - from);
        int width = sizes[0];
        for (int r = 0; r < R; r++) BatchKernels.loadInput(inputs[from + r], 0, r, a[0], width, R, workspace);
        forward(network, false);
    }

    private int start(int examples) {
        if (examples < 1 || examples > capacity) throw new IllegalArgumentException("1 to " + capacity + " examples, not " + examples);
        count = examples;
        return examples;
    }

    /** z^l and a^l of every layer, and σ'(z^l) with them when a backward pass follows. */
    private void forward(Network network, boolean withGains) {
        for (int l = 1; l <= depth; l++) {
            Layer layer = network.layer(l);
            Backprop.weightedInputs(layer, l, a[l - 1], z[l], count, workspace);
            if (withGains) Backprop.activationsAndGains(layer.activation(), z[l], a[l], gains[l], sizes[l], count);
            else Backprop.activations(layer.activation(), z[l], a[l], sizes[l], count);
            if (l < depth) BatchKernels.keepExampleByExample(a[l], l, sizes[l], count, workspace);
        }
    }

    private void costsAndBackward(Network network, Cost cost) {
        int R = count, outputs = sizes[depth];
        double[] output = a[depth];
        cost.values(output, targets, outputs, R, costs);
        cost.gradients(output, targets, costGradient, outputs, R);
        Backprop.outputDelta(network.layer(depth).activation(), gains[depth], output, costGradient, delta[depth], outputs, R);
        for (int l = depth - 1; l >= 1; l--) Backprop.hiddenDelta(gains[l], network.layer(l + 1), delta[l + 1], delta[l], R, workspace);
    }

    /** After {@link #run}: adds this mini-batch's Σ_r ∂C^r/∂w_ij^l and Σ_r ∂C^r/∂b_i^l to the sums (by layer, row-major like Layer), r in order. */
    void addGradients(double[][] weightSums, double[][] biasSums) {
        for (int l = 1; l <= depth; l++) {
            Backprop.accumulateGradients(l, a[l - 1], delta[l], sizes[l - 1], sizes[l], count, weightSums[l], biasSums[l], workspace);
        }
    }

    double z(int r, int l, int i) { return z[l][i * count + r]; }

    double a(int r, int l, int i) { return a[l][i * count + r]; }

    double gain(int r, int l, int i) { return gains[l][i * count + r]; }

    double delta(int r, int l, int i) { return delta[l][i * count + r]; }

    double costGradient(int r, int n) { return costGradient[n * count + r]; }

    double cost(int r) { return costs[r]; }

    /** Copies a_i^l of every example, in order, into {@code into} from {@code offset}. */
    void copyActivations(int l, int i, double[] into, int offset) {
        System.arraycopy(a[l], i * count, into, offset, count);
    }

    /** Copies example r's a^l into {@code into}. */
    void copyActivations(int l, int r, double[] into) {
        for (int i = 0; i < sizes[l]; i++) into[i] = a[l][i * count + r];
    }
}
